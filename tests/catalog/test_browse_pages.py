"""The browse pages as a visitor uses them: chips, pagination, sort, headings, empty states."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from catalog.models import Country, Mineral, State
from publications.models import Publication
from tests.factories import EventFactory, InterventionFactory, PublicationFactory, PublicationOrganisationFactory
from tests.page_kit import titles
from tests.shared import shared_data

BROWSE = ["/interventions/", "/publications/", "/events/"]


@pytest.fixture
def ghana_gold(db):
    ghana, kenya = Country.objects.get(iso2="GH"), Country.objects.get(iso2="KE")
    gold, cobalt = Mineral.objects.get(slug="gold"), Mineral.objects.get(slug="cobalt")
    made = {}
    for title, countries, minerals, year in [
        ("Gold in Ghana", [ghana], [gold], 2019),
        ("Cobalt in Ghana", [ghana], [cobalt], 2018),
        ("Gold in Kenya", [kenya], [gold], 2020),
        ("Nothing in particular", [], [], 2010),
    ]:
        made[title] = PublicationFactory(title=title, publication_date=date(year, 1, 1))
        made[title].countries.set(countries)
        made[title].minerals.set(minerals)
    draft = PublicationFactory(title="Draft gold in Ghana", state=State.DRAFT)
    draft.countries.set([ghana])
    draft.minerals.set([gold])
    return made


def test_heading_chips_and_clear_all_describe_the_filter_state(client, ghana_gold):
    response = client.get("/publications/?mineral=gold&country=GH&year_from=2018&year_to=2020")
    html = response.content.decode()
    assert "<h1" in html and "Publications on gold in Ghana, 2018–2020" in html
    assert "<title>Publications on gold in Ghana, 2018–2020 — ASM Knowledge Portal</title>" in html
    assert titles(response) == ["Gold in Ghana"]
    chips = response.context["listing"].chips
    assert [c.label for c in chips] == ["Country: Ghana", "Mineral: Gold", "From 2018", "To 2020"]
    # Each chip removes exactly its own filter.
    removed = client.get(chips[0].remove_url)
    assert sorted(titles(removed)) == ["Gold in Ghana", "Gold in Kenya"]
    assert [c.label for c in removed.context["listing"].chips] == ["Mineral: Gold", "From 2018", "To 2020"]
    assert response.context["listing"].clear_url == "/publications/"
    assert len(titles(client.get(response.context["listing"].clear_url))) == 4


def test_drafts_are_never_listed_or_counted(client, ghana_gold):
    response = client.get("/publications/?country=GH")
    assert "Draft gold in Ghana" not in response.content.decode()
    facets = client.get("/publications/facets.json").json()
    assert facets["total"] == 4
    country = next(f for f in facets["facets"] if f["name"] == "country")
    assert {v["value"]: v["count"] for v in country["values"]} == {"GH": 2, "KE": 1}


def test_facets_json_follows_the_contract(client, ghana_gold):
    data = client.get("/publications/facets.json?country=GH").json()
    assert data["total"] == 2
    names = [f["name"] for f in data["facets"]]
    assert names == ["kind", "area", "country", "mineral", "topic", "organisation", "language", "year"]
    country = next(f for f in data["facets"] if f["name"] == "country")
    assert country["label"] == "Country"
    ghana = next(v for v in country["values"] if v["value"] == "GH")
    assert ghana == {
        "value": "GH",
        "label": "Ghana",
        "count": 2,
        "selected": True,
        "toggle_url": "http://testserver/publications/",
    }
    kenya = next(v for v in country["values"] if v["value"] == "KE")
    assert kenya["count"] == 1 and kenya["toggle_url"].endswith("/publications/?country=GH&country=KE")


def test_filters_survive_pagination_and_sorting(client, db):
    for n in range(45):
        PublicationFactory(title=f"Report {n:02d}", kind="report", publication_date=date(2000 + n % 20, 1, 1))
    PublicationFactory(title="A guide", kind="guidance")
    response = client.get("/publications/?kind=report&sort=title")
    assert response.context["page_obj"].paginator.count == 45
    html = response.content.decode()
    next_link = re.search(r'href="(\?[^"]*page=2[^"]*)"', html).group(1).replace("&amp;", "&")
    assert "kind=report" in next_link and "sort=title" in next_link
    page2 = client.get("/publications/" + next_link)
    assert titles(page2)[0] == "Report 20"
    assert "A guide" not in titles(page2)
    # Changing a filter drops the page number.
    for value in page2.context["listing"].facets[0].values:
        assert "page=" not in value.toggle_url
    newest = client.get("/publications/?kind=report&sort=newest", follow=True)
    years = [p.publication_date.year for p in newest.context["page_obj"]]
    assert years == sorted(years, reverse=True)


@pytest.mark.parametrize("page", ["999", "0", "-1", "abc", "1.5", ""])
def test_odd_page_numbers_give_a_page_not_an_error(client, ghana_gold, page):
    response = client.get(f"/publications/?page={page}", follow=True)
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1


def test_an_empty_result_suggests_what_to_remove(client, ghana_gold):
    response = client.get("/publications/?country=KE&mineral=cobalt")
    html = response.content.decode()
    assert response.context["page_obj"].paginator.count == 0
    assert "No publications match these filters." in html
    options = response.context["listing"].widening()
    # Without the country: "Cobalt in Ghana"; without the mineral: "Gold in Kenya".
    assert sorted((label, total) for label, total, _ in options) == [("Country", 1), ("Mineral", 1)]
    assert "Remove mineral</a> (1 result)" in html


def test_unknown_values_are_reported_not_silently_empty(client, ghana_gold):
    response = client.get("/publications/?country=ZZ&country=GH&mineral=unobtainium")
    html = response.content.decode()
    assert "No country is called “ZZ”; it was ignored." in html
    assert "No mineral is called “unobtainium”" in html
    assert set(titles(response)) == {"Gold in Ghana", "Cobalt in Ghana"}
    assert [c.label for c in response.context["listing"].chips] == ["Country: Ghana"]


def listing_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url + "?country=GH&mineral=gold&page=2&sort=title").status_code == 200
    return len(captured)


@pytest.fixture(scope="module")
def growing_catalogue(django_db_setup, django_db_blocker):
    """Built once for the module: each listing's statements counted over 3 records of each type in Ghana
    and gold, then 40 more of each added for the tests to count again."""
    with shared_data(django_db_blocker), django_db_blocker.unblock():
        ghana, gold = Country.objects.get(iso2="GH"), Mineral.objects.get(slug="gold")

        def grow(n):
            for _ in range(n):
                for record in [InterventionFactory(), PublicationFactory(), EventFactory()]:
                    record.countries.add(ghana)
                    record.minerals.add(gold)
                    if isinstance(record, Publication):
                        PublicationOrganisationFactory(publication=record)

        grow(3)
        client = Client()
        small = {url: listing_queries(client, url) for url in BROWSE}
        grow(40)
        yield small


@pytest.mark.parametrize("url", BROWSE)
def test_listing_query_count_does_not_grow_with_the_data(client, growing_catalogue, db, url):
    small = growing_catalogue[url]
    large = listing_queries(client, url)
    assert small == large
    assert large <= 20


def test_plain_form_submissions_redirect_to_the_clean_address(client, ghana_gold):
    response = client.get("/publications/?q=&sort=newest&country=GH&year_from=&year_to=&page=1")
    assert (response.status_code, response["Location"]) == (302, "/publications/?country=GH")
    assert client.get("/publications/?country=GH").status_code == 200
    htmx = client.get("/publications/?q=&sort=newest&country=GH", headers={"HX-Request": "true"})
    assert htmx.status_code == 200
    assert htmx["HX-Push-Url"] == "/publications/?country=GH"
    assert "<html" not in htmx.content.decode()  # only the browse region
    assert 'id="live-status" hx-swap-oob="true"' in htmx.content.decode()
    restore = client.get(
        "/publications/?country=GH", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}
    )
    assert "<html" in restore.content.decode()
    assert "HX-Request" in htmx["Vary"]
