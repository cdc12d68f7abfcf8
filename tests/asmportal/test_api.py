"""The read-only API: same filters as the site, only published records, a valid OpenAPI document."""

import io
import os

import pytest
import schemathesis
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from asmportal.wsgi import application
from catalog.models import State
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication


def api(client, url):
    response = client.get(url, headers={"Accept": "application/json"})
    assert response.status_code == 200, (url, response.content[:300])
    return response.json()


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("interventions", "mineral=gold"),
        ("interventions", "country=PE&country=GH&sort=title"),
        ("interventions", "funder=gef"),
        ("publications", "country=TZ"),
        ("publications", "q=shareasm"),
        ("events", "when=past&kind=digital-day"),
        ("events", "year_from=2017&year_to=2018"),
    ],
)
def test_lists_match_the_browse_pages(client, demo, path, query):
    data = api(client, f"/api/{path}/?{query}&page_size=100")
    browse = client.get(f"/{path}/?{query}", follow=True).context["page_obj"]
    assert data["count"] == browse.paginator.count
    assert [r["slug"] for r in data["results"]] == [r.slug for r in browse]


def test_detail_carries_labels_roles_and_links_both_ways(client, demo):
    planetgold = api(client, "/api/interventions/planetgold/")
    assert planetgold["url"] == "http://testserver/interventions/planetgold/"
    assert {(r["organisation"]["acronym"], r["role"]) for r in planetgold["organisations"]} >= {("GEF", "funding")}
    assert "Kenya" in [c["name"] for c in planetgold["countries"]]
    manila = api(client, "/api/events/manila-2019-knowledge-sharing-meeting-asgm/")
    assert manila["when"] == "28–30 May 2019" and manila["country"]["iso2"] == "PH"
    assert [p["slug"] for p in manila["publications"]] == [
        "mapping-interventions-addressing-child-labour-and-working-conditions-in-artisanal-mineral-supply-chains"
    ]


def test_vocabularies(client, demo):
    assert api(client, "/api/countries/GH/")["region"] == "Africa"
    assert [a["number"] for a in api(client, "/api/areas-of-work/")["results"]] == list(range(1, 10))
    assert api(client, "/api/organisations/iied/")["acronym"] == "IIED"
    assert api(client, "/api/minerals/gold/")["name"] == "Gold"


def test_no_unpublished_record_in_any_api_response(client, demo):
    for model, path in [(Intervention, "interventions"), (Publication, "publications"), (Event, "events")]:
        hidden = set(model.objects.exclude(state=State.PUBLISHED).values_list("slug", flat=True))
        listed = {r["slug"] for r in api(client, f"/api/{path}/?page_size=100")["results"]}
        assert not hidden & listed
        for slug in hidden:
            assert client.get(f"/api/{path}/{slug}/").status_code == 404
    programme = api(client, "/api/interventions/iied-asm-knowledge-programme/")
    assert "iied-action-dialogue-madagascar" not in {e["slug"] for e in programme["events"]}


def test_a_value_the_page_ignores_is_ignored_here_too_and_said(client, demo):
    """One rule for bad values: the browse page's records, with the page's note in `warnings`."""
    everything = api(client, "/api/publications/")
    for query, warning in [
        ("year_from=abc", "“abc” is not a year; it was ignored."),
        ("country=ZZ", "No country is called “ZZ”; it was ignored."),
        ("sort=sideways", "“sideways” is not a sort order; it was ignored."),
    ]:
        data = api(client, f"/api/publications/?{query}")
        assert data["count"] == everything["count"] and data["warnings"] == [warning]
        assert warning in client.get(f"/publications/?{query}").content.decode()
    assert everything["warnings"] == []
    assert client.get("/api/publications/?page=999").status_code == 404  # past the end: no such page


def test_related_records_are_prefetched_published_only(client, demo):
    """Visibility stays in the QuerySet: the prefetch itself reads only published related records."""
    with CaptureQueriesContext(connection) as queries:
        api(client, "/api/interventions/iied-asm-knowledge-programme/")
    related = [q["sql"] for q in queries.captured_queries if 'FROM "events_event"' in q["sql"]]
    assert related and all('"events_event"."state" = ' in sql for sql in related), related


def test_the_openapi_document_validates(db):
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=io.StringIO())


def test_docs_are_served_locally(client, db):
    html = client.get("/api/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()


schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


@pytest.fixture
def wsgi_keeps_the_test_connection():
    """Schemathesis calls the WSGI app directly; like Django's test client, stop the end of each request
    from closing the database connection that holds the test's transaction."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
# `make fuzz` raises the examples per operation for its long run.
@hypothesis_settings(
    max_examples=int(os.environ.get("FUZZ_API_EXAMPLES", "15")), deadline=None, suppress_health_check=list(HealthCheck)
)
def test_schemathesis_finds_no_server_error_and_no_schema_violation(case, demo, wsgi_keeps_the_test_connection):
    # Schemathesis asks for gzip, which the portal sends; its WSGI transport, unlike an HTTP client,
    # does not decode it. The API's compressed answers are checked in tests/asmportal/test_page_design.py.
    case.call_and_validate(
        headers={"Accept-Encoding": "identity"}, checks=[not_a_server_error, response_schema_conformance]
    )


def strict_validator(document, name):
    """A strict OpenAPI 3.0 validator for one component schema of the API's own document."""
    from openapi_schema_validator import OAS30Validator, oas30_format_checker

    schema = {"components": document["components"], "$ref": f"#/components/schemas/{name}"}
    return OAS30Validator(schema, format_checker=oas30_format_checker)


def test_every_response_keeps_the_openapi_document_it_publishes(client, demo):
    """Under a strict OpenAPI 3.0 validator (`nullable` needs a `type` beside it; formats checked),
    every list and detail answer of the demo catalogue is what the document says."""
    document = client.get("/api/schema/?format=json").json()
    for path, name in [("interventions", "Intervention"), ("publications", "Publication"), ("events", "Event")]:
        listing = api(client, f"/api/{path}/?page_size=100")
        strict_validator(document, f"Paginated{name}List").validate(listing)
        detail = strict_validator(document, name)
        for record in listing["results"]:
            detail.validate(api(client, f"/api/{path}/{record['slug']}/"))
    online = api(client, "/api/events/?attendance=online")["results"]
    assert online and any(event["country"] is None for event in online)  # the case 3.0 got wrong
