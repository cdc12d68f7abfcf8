"""One query, one answer: every surface of a content type gives the records the browse page gives.

For random query strings (known and unknown values, several per facet, year ranges the right and
the wrong way round, malformed years, search text, sort, page), the totals of the browse page,
facets.json, the CSV and JSON exports, the API, the feed, the calendar, the citation list and the
digest builder all agree, and the first page lists the same records in the same order.
"""

import csv
import io
import json
import re
from datetime import UTC, datetime
from urllib.parse import urlencode

import pytest
from django.http import QueryDict
from django.test import RequestFactory
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.browse.engine import IGNORED_HEADER
from catalog.browse.facet_index import facet_index
from catalog.models import DatePrecision
from events.filters import EventFilterSet
from events.models import Event
from interventions.filters import InterventionFilterSet
from newsletter.selection import MAX_ITEMS_PER_SECTION, Selection
from publications.filters import PublicationFilterSet

HYPOTHESIS = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
TYPES = {
    "interventions": InterventionFilterSet,
    "publications": PublicationFilterSet,
    "events": EventFilterSet,
}
UNKNOWN = ["ZZ", "nope"]
WORDS = ["gold", "mercury", "child labour", "cobalt", "zzqx", "mining -gold", '"artisanal"']
FEED_LIMIT = 500


def values_of(filterset_class):
    """{facet name: the values its published records carry}, read from the facet index."""
    index = facet_index(filterset_class)
    return {name: sorted(values.labels) for name, values in index.values.items()}


@st.composite
def query_strings(draw, values):
    pairs = []
    for name in draw(st.lists(st.sampled_from(sorted(values)), max_size=3, unique=True)):
        pool = values[name] + UNKNOWN
        for value in draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3, unique=True)):
            pairs.append((name, value))
    if draw(st.booleans()):
        pairs.append(("q", draw(st.sampled_from(WORDS))))
    years = st.one_of(st.integers(2005, 2030).map(str), st.sampled_from(["abc", "", "20x9"]))
    for bound in ("year_from", "year_to"):
        if draw(st.integers(0, 3)) == 0:
            pairs.append((bound, draw(years)))
    if draw(st.booleans()):
        pairs.append(("sort", draw(st.sampled_from(["newest", "oldest", "title", "relevance", "bogus"]))))
    if draw(st.booleans()):
        pairs.append(("page", draw(st.sampled_from(["1", "2", "x"]))))
    return urlencode(pairs)


def page_total(html):
    match = re.search(r'id="result-count"><strong>([\d,]+)</strong>', html)
    return int(match.group(1).replace(",", ""))


def page_slugs(html, kind):
    region = html.split('id="result-count"', 1)[1]
    return re.findall(rf'<h2 class="result-title"><a href="/{kind}/([\w-]+)/"', region)


def first_page(query):
    """The query string asked for its first page (the API, unlike the page, answers 404 past the end)."""
    params = QueryDict(query, mutable=True)
    params.pop("page", None)
    return params.urlencode()


def surfaces(client, kind, query):
    """What each surface of `kind` gives for `query`: {surface: (total, first slugs or None)}."""
    found = {}
    page = client.get(f"/{kind}/?{query}", follow=True)
    assert page.status_code == 200 and page["Content-Type"] == "text/html; charset=utf-8"
    found["page"] = page_total(page.content.decode())
    first = client.get(f"/{kind}/?{first_page(query)}", follow=True).content.decode()
    found["page order"] = page_slugs(first, kind)

    facets = client.get(f"/{kind}/facets.json?{query}").json()
    found["facets.json"] = facets["total"]

    rows = list(csv.reader(io.StringIO(b"".join(client.get(f"/{kind}/export.csv?{query}").streaming_content).decode())))
    found["export.csv"] = len(rows) - 1
    items = json.loads(b"".join(client.get(f"/{kind}/export.json?{query}").streaming_content))
    found["export.json"] = len(items)
    slugs = [item["url"].rstrip("/").rsplit("/", 1)[1] for item in items]
    found["export order"] = slugs[:20]

    api = client.get(f"/api/{kind}/?{first_page(query)}").json()
    found["api"] = api["count"]
    found["api order"] = [record["slug"] for record in api["results"]]
    found["api warnings"] = api["warnings"]
    found["facets warnings"] = facets["warnings"]

    feed = client.get(f"/{kind}/feed/?{query}").content.decode()
    found["feed"] = feed.count("<entry>")
    if kind == "publications":
        ris = client.get(f"/publications/cite.ris?{query}").content.decode()
        found["cite.ris"] = len(re.findall(r"^TY  - ", ris, flags=re.M))
    if kind == "events":
        ics = client.get(f"/events/calendar.ics?{query}").content.decode()
        found["calendar"] = ics.count("BEGIN:VEVENT")
    return found, slugs


def digest_total(kind, query):
    """The digest builder's selection of `kind` for all time, narrowed by the same query."""
    data = QueryDict(mutable=True)
    data["since"], data["until"], data["type"] = "2000-01-01T00:00:00", "2100-01-01T00:00:00", kind
    for name, values in QueryDict(query).lists():
        data.setlist(f"{kind}-{name}", values)
    request = RequestFactory().get("/newsletter/digest/")
    selection = Selection(request, data)
    (part,) = selection.parts
    return part.listing.total, len(part.rows), selection.until


@pytest.mark.parametrize("kind", sorted(TYPES))
@HYPOTHESIS
@given(data=st.data())
def test_every_surface_gives_the_records_the_browse_page_gives(client, demo, kind, data):
    query = data.draw(query_strings(values_of(TYPES[kind])), label="query")
    found, slugs = surfaces(client, kind, query)
    total = found["page"]
    assert found["facets.json"] == found["export.csv"] == found["export.json"] == found["api"] == total, found
    assert found["feed"] == min(total, FEED_LIMIT), found
    assert found["page order"] == found["api order"] == found["export order"], found
    assert found["api warnings"] == found["facets warnings"], found
    if kind == "publications":
        assert found["cite.ris"] == total, found
    if kind == "events":
        dated = Event.objects.filter(slug__in=slugs, start__isnull=False, date_precision=DatePrecision.DAY)
        assert found["calendar"] == dated.count(), found
    model = TYPES[kind]._meta.model
    selected, rows, until = digest_total(kind, query)
    in_period = model.objects.filter(slug__in=slugs, published_at__gte=datetime(2000, 1, 1, tzinfo=UTC))
    expected = in_period.filter(published_at__lt=until).count()
    assert selected == expected and rows == min(expected, MAX_ITEMS_PER_SECTION), (selected, rows, expected)


def test_a_value_that_names_nothing_is_ignored_and_said_on_every_surface(client, demo):
    """The issue's example: ?country=ZZ lists every publication on every surface, with a note."""
    everything = client.get("/publications/facets.json").json()["total"]
    assert everything > 0
    for url in [
        "/publications/?country=ZZ",
        "/publications/facets.json?country=ZZ",
        "/publications/feed/?country=ZZ",
        "/publications/export.csv?country=ZZ",
        "/publications/export.json?country=ZZ",
        "/publications/cite.ris?country=ZZ",
        "/api/publications/?country=ZZ",
        "/events/calendar.ics?country=ZZ",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response[IGNORED_HEADER] == "country=ZZ", url
    assert client.get("/api/publications/?country=ZZ").json()["count"] == everything
    assert client.get("/api/publications/?country=ZZ").json()["warnings"] == [
        "No country is called “ZZ”; it was ignored."
    ]
    page = client.get("/publications/?country=ZZ").content.decode()
    assert "No country is called “ZZ”; it was ignored." in page
    # The page's links to its other surfaces carry the query as matched, without the value.
    assert 'href="/publications/export.csv"' in page and "export.csv?country=ZZ" not in page


def test_ongoing_interventions_are_active_up_to_this_year_on_every_surface(client, demo):
    """`year=2040` (and `year_from=2040`) lists nothing anywhere: an ongoing intervention counts as
    active up to this year, on the page, in the API and in the exports alike."""
    later = timezone.now().year + 14
    for query in [f"year={later}", f"year_from={later}"]:
        assert client.get(f"/interventions/facets.json?{query}").json()["total"] == 0
        assert client.get(f"/api/interventions/?{query}").json()["count"] == 0
        assert b"".join(client.get(f"/interventions/export.json?{query}").streaming_content).strip() == b"[\n]"


@pytest.mark.parametrize("kind", sorted(TYPES))
def test_a_year_range_the_wrong_way_round_is_read_the_right_way_round(client, demo, kind):
    right = client.get(f"/api/{kind}/?year_from=2015&year_to=2020").json()
    wrong = client.get(f"/api/{kind}/?year_from=2020&year_to=2015").json()
    assert right["count"] > 0 and wrong["count"] == right["count"]
    assert wrong["warnings"] == ["The years were the wrong way round; showing 2015–2020."]
