"""Conditional GET: feed readers, calendar clients and API clients that poll get a 304 until the
data changes, from an ETag and a Last-Modified derived from the data version."""

import pytest

from tests.factories import EventFactory, PublicationFactory

SURFACES = [
    "/publications/?country=GH",
    "/publications/feed/?country=GH",
    "/publications/export.csv",
    "/publications/export.json?kind=report",
    "/publications/cite.ris",
    "/publications/facets.json",
    "/events/calendar.ics",
    "/events/",
    "/interventions/feed/",
    "/api/publications/?country=GH",
    "/api/events/",
    "/api/countries/",
]


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("url", SURFACES)
def test_a_poll_with_what_it_has_gets_304_until_the_data_changes(client, db, url):
    PublicationFactory(), EventFactory()
    first = client.get(url)
    body(first)
    assert first.status_code == 200
    etag, modified = first["ETag"], first["Last-Modified"]
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304

    PublicationFactory(), EventFactory()  # any write changes the data version
    changed = client.get(url, headers={"If-None-Match": etag})
    body(changed)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_a_detail_page_is_conditional_too(client, db):
    publication = PublicationFactory()
    first = client.get(publication.get_absolute_url())
    assert client.get(publication.get_absolute_url(), headers={"If-None-Match": first["ETag"]}).status_code == 304


def test_the_etag_differs_by_address_and_by_htmx_region(client, db):
    PublicationFactory()
    tags = {
        client.get("/publications/facets.json")["ETag"],
        client.get("/publications/facets.json?kind=report")["ETag"],
        client.get("/publications/", headers={"HX-Request": "true"})["ETag"],
        client.get("/publications/")["ETag"],
    }
    assert len(tags) == 4


def test_signed_in_users_always_get_a_fresh_answer(client, curator):
    PublicationFactory()
    client.force_login(curator)
    response = client.get("/publications/feed/")
    assert response.status_code == 200 and not response.has_header("ETag")
