"""Every listing, detail, feed and export view runs a fixed number of SQL statements, whatever the data.

The number is measured with a little data and with more; it must not grow. Listing pages stay within
five statements (the data version, the page, and one per related list shown in the rows), with or
without search text. The cache of rendered pages is emptied first: what is counted is the work of
rendering, with the facet index and the search ranking already built (the first request after a
write, or with new search words, builds them).
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ..factories import (
    EventFactory,
    EventOrganiserFactory,
    FigureFactory,
    InterventionFactory,
    InterventionRoleFactory,
    PublicationAuthorFactory,
    PublicationFactory,
    PublicationOrganisationFactory,
    country,
)
from ..shared import shared_data

LISTINGS = [
    "/interventions/",
    "/interventions/?country=GH&mineral=gold",
    "/interventions/?q=mining",
    "/publications/",
    "/publications/?country=GH&kind=report",
    "/publications/?q=mining&country=GH",
    "/events/",
    "/events/?when=past&country=GH",
    "/events/?q=dialogue",
]
OTHERS = [
    "/interventions/facets.json?country=GH",
    "/publications/facets.json",
    "/events/facets.json?when=upcoming",
    "/interventions/feed/?country=GH",
    "/publications/feed/",
    "/events/feed/",
    "/interventions/export.csv",
    "/publications/export.csv?country=GH",
    "/events/export.json",
    "/events/calendar.ics",
    "/publications/cite.ris",
    "/publications/cite.bib",
    "/publications/cite.json",
    "/api/publications/?country=GH",
    "/api/interventions/",
    "/api/events/",
    "/api/figures/",
    "/figures/export.csv",
    "/countries/GH/",
]
DETAILS = ["intervention", "publication", "event"]


def add_records(n):
    ghana = country("GH")
    for i in range(n):
        intervention = InterventionFactory(summary="Mining work.")
        intervention.countries.add(ghana)
        InterventionRoleFactory(intervention=intervention)
        event = EventFactory(title=f"Mining dialogue {i}", intervention=intervention)
        event.countries.add(ghana)
        EventOrganiserFactory(event=event)
        publication = PublicationFactory(interventions=[intervention], events=[event])
        publication.countries.add(ghana)
        PublicationAuthorFactory(publication=publication)
        PublicationOrganisationFactory(publication=publication)
        # Figures on every detail page: two sources that disagree about the event, one from the publication.
        FigureFactory(event=event, source_publication=publication, citation="", citation_url="", value_low=50)
        FigureFactory(event=event, value_low=75)
        FigureFactory(scope="intervention", event=None, intervention=intervention, value_low=i)
        FigureFactory(scope="country", event=None, country=ghana, value_low=i)
    return intervention, publication, event


def statements(client, url):
    warm = client.get(url)  # the first request after a write rebuilds the facet index and its orders
    if warm.streaming:
        b"".join(warm.streaming_content)
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(captured)


@pytest.fixture(scope="module")
def counted_catalogue(django_db_setup, django_db_blocker):
    """Built once for the module: every address's statements counted over two records of each type,
    then twelve more of each added for the tests to count again."""
    with shared_data(django_db_blocker), django_db_blocker.unblock():
        client = Client()
        small = dict(zip(DETAILS, add_records(2), strict=True))
        few = {url: statements(client, url) for url in LISTINGS + OTHERS}
        few |= {kind: statements(client, record.get_absolute_url()) for kind, record in small.items()}
        yield few, dict(zip(DETAILS, add_records(12), strict=True))


@pytest.fixture
def counted(counted_catalogue, db):
    return counted_catalogue


@pytest.mark.parametrize("url", LISTINGS + OTHERS)
def test_query_counts_do_not_grow_with_the_data(client, counted, url):
    few, _ = counted
    assert statements(client, url) == few[url]
    if url in LISTINGS:
        assert few[url] <= 5, url


@pytest.mark.parametrize("kind", DETAILS)
def test_detail_query_counts_do_not_grow_with_the_data(client, counted, kind):
    few, more = counted
    assert statements(client, more[kind].get_absolute_url()) == few[kind]
