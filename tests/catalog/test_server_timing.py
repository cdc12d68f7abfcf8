"""The Server-Timing header splits a request's time into database, facet counting and templates."""

import re

import pytest
from django.test import override_settings

from ..factories import PublicationAuthorFactory, PublicationFactory, PublicationOrganisationFactory, country


def timings(response):
    return {
        m["name"]: (float(m["dur"]), m["desc"])
        for m in re.finditer(
            r'(?P<name>\w+);dur=(?P<dur>[\d.]+)(?:;desc="(?P<desc>[^"]*)")?', response["Server-Timing"]
        )
    }


@pytest.fixture
def timed_client(client, settings):
    with override_settings(SERVER_TIMING=True):
        yield client


def test_a_listing_reports_db_facets_template_and_total(timed_client, db, django_assert_num_queries):
    for publication in PublicationFactory.create_batch(3):
        publication.countries.add(country("GH"))
        PublicationAuthorFactory(publication=publication)
        PublicationOrganisationFactory(publication=publication)
    timed_client.get("/publications/")  # builds the facet index
    # The data version, the page's records, their organisations.
    with django_assert_num_queries(3) as captured:
        response = timed_client.get("/publications/?country=GH")
    parts = timings(response)
    assert set(parts) == {"db", "facets", "template", "total"}
    assert parts["db"][1] == f"{len(captured)} SQL"
    assert all(duration >= 0 for duration, _ in parts.values())
    assert parts["total"][0] >= max(parts["facets"][0], parts["template"][0])


def test_pages_without_facets_or_templates_report_what_they_did(timed_client, db):
    PublicationFactory()
    parts = timings(timed_client.get("/publications/export.csv"))
    # The engine matched from the facet index, which this first request built, and says so.
    assert set(parts) == {"db", "facets", "index", "total"}
    assert set(timings(timed_client.get("/publications/export.csv?kind=report"))) == {"db", "facets", "total"}


@override_settings(SERVER_TIMING=False)
def test_it_can_be_switched_off(client, db):
    assert "Server-Timing" not in client.get("/publications/")
