"""An intervention's page as search engines read it: a schema.org Project with its funders and members."""

from tests.page_kit import json_ld


def test_interventions_are_projects_with_funders(client, demo):
    project, _ = json_ld(client, "/interventions/planetgold/")
    assert project["@type"] == "Project"
    assert project["funder"] == [{"@type": "Organization", "name": "Global Environment Facility"}]
    assert {m["name"] for m in project["member"]} >= {"UN Environment Programme", "Conservation International"}
    caring, _ = json_ld(client, "/interventions/caring-gold-mining-project/")
    assert caring["funder"] == [{"@type": "Organization", "name": "United States Department of Labor"}]
    assert (caring["foundingDate"], caring["dissolutionDate"]) == ("2015-12-01", "2020-03-01")
