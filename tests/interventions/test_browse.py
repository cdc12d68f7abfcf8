"""Browsing interventions: by funder and by the years they were active."""

from datetime import date

from tests.factories import InterventionFactory
from tests.page_kit import titles


def test_interventions_filter_by_funder_and_years_active(client, db):
    from tests.factories import InterventionRoleFactory

    old = InterventionFactory(title="Old", start_date=date(2010, 1, 1), end_date=date(2012, 12, 31))
    ongoing = InterventionFactory(title="Ongoing", start_date=date(2018, 1, 1), end_date=None)
    role = InterventionRoleFactory(intervention=ongoing, role="funding")
    InterventionRoleFactory(intervention=old, organisation=role.organisation, role="implementing")
    funded = client.get(f"/interventions/?funder={role.organisation.slug}")
    assert titles(funded) == ["Ongoing"]
    assert f"funded by {role.organisation.name}" in funded.content.decode()
    assert titles(client.get("/interventions/?year=2011")) == ["Old"]
    assert titles(client.get(f"/interventions/?year={date.today().year}")) == ["Ongoing"]
    assert titles(client.get("/interventions/?year_from=2013&year_to=2017")) == []
    assert titles(client.get("/interventions/?year_from=2012")) == ["Ongoing", "Old"]
