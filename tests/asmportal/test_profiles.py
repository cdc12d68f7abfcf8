"""Profile pages list everything related, with counts that match the pre-filtered browse pages."""

import pytest

from catalog.models import AreaOfWork, Country, Mineral, Organisation, State
from events.models import Event
from interventions.models import Intervention


def counts(response):
    return {s.heading: s.total for s in response.context["sections"]}


@pytest.mark.parametrize(
    "url",
    [
        "/countries/GH/",
        "/countries/TZ/",
        "/minerals/gold/",
        "/organisations/iied/",
        "/organisations/ilo/",
        "/areas/social-dialogue-and-information-sharing/",
    ],
)
def test_each_section_count_equals_its_browse_link(client, demo, url):
    response = client.get(url)
    assert response.status_code == 200
    for s in response.context["sections"]:
        facets_url = s.browse_url.replace("/?", "/facets.json?")
        assert client.get(facets_url).json()["total"] == s.total, (url, s.heading)
        assert len(s.records) == min(s.total, 10)


def test_organisation_profile_groups_by_role(client, demo):
    response = client.get("/organisations/gef/")
    funded = Intervention.objects.published().filter(roles__organisation__slug="gef", roles__role="funding")
    assert counts(response)["Interventions it funds"] == funded.count() >= 1
    assert counts(response)["Interventions it implements"] == 0
    html = response.content.decode()
    assert "Global Environment Facility" in html and 'href="/interventions/planetgold/"' in html
    assert 'href="/interventions/?funder=gef"' in html


def test_unpublished_records_never_count_on_profiles(client, demo):
    iied = client.get("/organisations/iied/")
    events = [e.slug for s in iied.context["sections"] for e in s.records if isinstance(e, Event)]
    assert "iied-action-dialogue-madagascar" not in events and "iied-action-dialogue-amazon" not in events
    assert (
        counts(iied)["Events it hosted, co-organised or supported"]
        == Event.objects.published().filter(organisers__organisation__slug="iied").count()
    )
    madagascar = client.get("/countries/MG/")
    assert "IIED action dialogue on ASM in Madagascar" not in madagascar.content.decode()
    assert Event.objects.filter(countries__iso2="MG", state=State.IN_REVIEW).exists()


def test_profiles_answer_404_for_unknown_values_and_redirect_lowercase_codes(client, db):
    assert client.get("/countries/ZZ/").status_code == 404
    assert client.get("/organisations/nobody/").status_code == 404
    assert client.get("/minerals/kryptonite/").status_code == 404
    response = client.get("/countries/gh/")
    assert (response.status_code, response["Location"]) == (301, "/countries/GH/")


def test_every_vocabulary_value_links_to_its_profile(client, demo):
    html = client.get("/interventions/planetgold/").content.decode()
    for obj in [
        Country.objects.get(iso2="KE"),
        Mineral.objects.get(slug="gold"),
        AreaOfWork.objects.get(number=7),
        Organisation.objects.get(slug="unep"),
    ]:
        assert f'href="{obj.get_absolute_url()}"' in html


def test_home_offers_search_and_the_nine_areas(client, demo):
    response = client.get("/")
    html = response.content.decode()
    assert 'action="/search/"' in html
    areas = list(response.context["areas"])
    assert [a.number for a in areas] == list(range(1, 10))
    legislation = next(a for a in areas if a.number == 4)
    assert (
        legislation.published_interventions
        == client.get("/interventions/facets.json?area=legislation-standards-and-best-practice").json()["total"]
    )
