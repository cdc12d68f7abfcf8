"""The read-only API: same filters as the site, only published records, a valid OpenAPI document."""

import io
import os

import pytest
import schemathesis
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
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


def test_bad_input_gets_a_clear_400_not_a_500(client, demo):
    response = client.get("/api/publications/?year_from=abc")
    assert response.status_code == 400
    assert response.json() == {"year_from": ["Enter a number."]}


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
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
