"""Every listing is also a feed, a calendar and a spreadsheet, with exactly the records of the listing."""

import csv
import io
import json
from datetime import date

import feedparser
import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.models import Country, Mineral, State
from publications.models import Publication
from tests.factories import EventFactory, OrganisationFactory, PublicationFactory, PublicationOrganisationFactory
from tests.shared import shared_data


def listed(client, path, query=""):
    """Every record of a listing across all its pages (the browse page is the reference)."""
    titles, page = [], 1
    while True:
        response = client.get(f"{path}?{query}&page={page}" if query else f"{path}?page={page}", follow=True)
        page_obj = response.context["page_obj"]
        titles += [r.title for r in page_obj]
        if not page_obj.has_next():
            return titles
        page += 1


def csv_rows(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


@pytest.fixture
def catalogue(db):
    ghana, kenya = Country.objects.get(iso2="GH"), Country.objects.get(iso2="KE")
    gold = Mineral.objects.get(slug="gold")
    for n in range(30):
        publication = PublicationFactory(title=f"Report {n:02d}", publication_date=date(2010 + n % 10, 1, 1))
        publication.countries.set([ghana] if n % 2 else [kenya])
        if n % 3 == 0:
            publication.minerals.set([gold])
        PublicationOrganisationFactory(publication=publication)
    PublicationFactory(title="Draft report", state=State.DRAFT).countries.set([ghana])
    PublicationFactory(title="In review report", state=State.IN_REVIEW).countries.set([kenya])


# --- Atom ---------------------------------------------------------------------------------------


def test_feeds_parse_and_list_the_filtered_records(client, catalogue):
    for query in ["", "country=GH", "country=GH&mineral=gold", "q=report+2&sort=title"]:
        response = client.get(f"/publications/feed/?{query}")
        assert response["Content-Type"].startswith("application/atom+xml")
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.bozo_exception
        assert sorted(e.title for e in feed.entries) == sorted(listed(client, "/publications/", query))
        assert "Draft report" not in {e.title for e in feed.entries}
    feed = feedparser.parse(client.get("/publications/feed/?country=GH").content)
    assert feed.feed.title == "Publications in Ghana — ASM Knowledge Portal"
    entry = feed.entries[0]
    assert entry.link.startswith("http://testserver/publications/")
    assert entry.author and entry.summary and entry.updated and entry.tags


def test_every_page_announces_its_feeds_and_browse_pages_offer_subscriptions(client, catalogue):
    home = client.get("/").content.decode()
    assert 'rel="alternate" type="application/atom+xml"' in home and 'href="/publications/feed/"' in home
    browse = client.get("/publications/?country=GH").content.decode()
    discovery = 'type="application/atom+xml" title="Publications in Ghana" href="/publications/feed/?country=GH"'
    assert f'<link rel="alternate" {discovery}>' in browse
    for link in ['href="/publications/export.csv?country=GH"', 'href="/publications/export.json?country=GH"']:
        assert link in browse


# --- CSV and JSON ------------------------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    country=st.sampled_from(["", "GH", "KE"]),
    mineral=st.sampled_from(["", "gold"]),
    year=st.sampled_from(["", "2012", "2015"]),
    sort=st.sampled_from(["title", "oldest", "newest"]),
)
def test_exports_hold_exactly_the_filtered_listing(client, catalogue, country, mineral, year, sort):
    query = "&".join(
        f"{k}={v}" for k, v in [("country", country), ("mineral", mineral), ("year", year), ("sort", sort)] if v
    )
    expected = listed(client, "/publications/", query)
    rows = csv_rows(client.get(f"/publications/export.csv?{query}"))
    assert [r["Title"] for r in rows] == expected  # same records, same order
    items = json.loads(b"".join(client.get(f"/publications/export.json?{query}").streaming_content))
    assert [i["title"] for i in items] == expected
    assert all(i["url"].startswith("http://testserver/publications/") for i in items)


def test_exports_use_labels_and_neutralise_formulas(client, db):
    publication = PublicationFactory(title='=HYPERLINK("http://evil")', summary="+1 then -2", kind="report")
    publication.countries.set([Country.objects.get(iso2="CD")])
    PublicationOrganisationFactory(
        publication=publication, organisation=OrganisationFactory(name="@Org"), role="publisher"
    )
    response = client.get("/publications/export.csv")
    assert response["Content-Disposition"].startswith('attachment; filename="publications.csv"')
    row = csv_rows(response)[0]
    assert row["Title"] == '\'=HYPERLINK("http://evil")'
    assert row["Summary"] == "'+1 then -2"
    assert row["Publishers"] == "'@Org"
    assert row["Countries"] == "Democratic Republic of the Congo"
    assert row["Kind"] == "Report"
    item = json.loads(b"".join(client.get("/publications/export.json").streaming_content))[0]
    assert item["title"] == '=HYPERLINK("http://evil")'  # JSON carries the data as it is
    assert item["countries"] == ["Democratic Republic of the Congo"]


@pytest.mark.parametrize("path", ["/interventions/", "/publications/", "/events/"])
def test_no_unpublished_record_in_any_feed_calendar_or_export(client, demo, path):
    from events.models import Event as EventModel
    from interventions.models import Intervention

    hidden = {
        m.objects.exclude(state=State.PUBLISHED).values_list("title", flat=True).first()
        for m in (Intervention, Publication, EventModel)
    } - {None}
    outputs = [
        client.get(f"{path}feed/").content,
        b"".join(client.get(f"{path}export.csv").streaming_content),
        b"".join(client.get(f"{path}export.json").streaming_content),
    ]
    if path == "/events/":
        outputs.append(client.get("/events/calendar.ics").content)
    for output in outputs:
        text = output.decode("utf-8")
        for title in hidden:
            assert title not in text


GROWING = [
    "/publications/feed/?country=GH",
    "/publications/export.csv?country=GH",
    "/publications/export.json",
    "/events/calendar.ics",
    "/interventions/feed/",
]


def feed_queries(client, url):
    # The first request after a write builds the facet index (and its orders) every listing shares.
    warm = client.get(url)
    if warm.streaming:
        b"".join(warm.streaming_content)
    cache.clear()  # feeds and the calendar are cached whole: count the rendering
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    return len(captured)


@pytest.fixture(scope="module")
def growing_catalogue(django_db_setup, django_db_blocker):
    """Built once for the module: each address's statements counted over 3 publications and events, then
    40 more of each added for the tests to count again."""
    with shared_data(django_db_blocker), django_db_blocker.unblock():
        ghana = Country.objects.get(iso2="GH")

        def grow(n):
            for _ in range(n):  # the same shape each time, so every prefetch level has rows to fetch
                PublicationOrganisationFactory(publication=PublicationFactory()).publication.countries.add(ghana)
                EventFactory()

        grow(3)
        client = Client()
        small = {url: feed_queries(client, url) for url in GROWING}
        grow(40)
        yield small


@pytest.mark.parametrize("url", GROWING)
def test_feed_and_export_query_counts_do_not_grow_with_the_data(client, growing_catalogue, db, url):
    small = growing_catalogue[url]
    assert feed_queries(client, url) == small
