"""Stored text and search text holding characters a format forbids are still served, in a form
each format's strict parser reads (issue 16)."""

import csv
import io
import json
import re
from xml.dom import minidom

import bibtexparser
import pytest
import rispy
from icalendar import Calendar

from catalog.models import AreaOfWork, Country
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication, PublicationAuthor
from tests.factories import (
    EventFactory,
    EventOrganiserFactory,
    InterventionFactory,
    InterventionRoleFactory,
    PublicationAuthorFactory,
    PublicationFactory,
    PublicationOrganisationFactory,
)

# Every character issue 16 names: CR, LF, CRLF, lone CR, C0 and C1 controls, non-characters, and the
# characters BibTeX and RIS give a meaning to. Written raw with update(), past the save-time cleaning.
# (NUL and lone surrogates cannot be stored at all: the database refuses them; see test_stored_text.)
HOSTILE = (
    "Gold\r\nmines\rof Ghana\nand\x02 Peru\x0c\x1b\x7f\x85 \ufffe\uffff\ufdd0\U0001fffe"
    "\tin {brace \\ back} } 50% _&#$~^ @misc{x, TY  - JOUR"
)
FEEDS = ["/interventions/feed/", "/publications/feed/", "/events/feed/"]
EXPORTS = [f"/{kind}/export.{fmt}" for kind in ("interventions", "publications", "events") for fmt in ("csv", "json")]
API = ["/api/interventions/", "/api/publications/", "/api/events/"]


@pytest.fixture
def hostile(db):
    """One published intervention, publication and event whose text holds every hostile character."""
    ghana = Country.objects.get(iso2="GH")
    area = AreaOfWork.objects.get(number=1)
    intervention = InterventionFactory(slug="hostile-intervention")
    InterventionRoleFactory(intervention=intervention, organisation__name="Org")
    publication = PublicationFactory(slug="hostile-publication", doi="10.1234/x", isbn="978-0", licence="CC")
    PublicationAuthorFactory(publication=publication)
    PublicationOrganisationFactory(publication=publication)
    event = EventFactory(
        slug="hostile-event", country=ghana, venue="Hall", city="Accra", online_url="https://example.org/e"
    )
    EventOrganiserFactory(event=event)
    for record in (intervention, publication, event):
        record.countries.set([ghana])
        record.areas_of_work.set([area])
    text = {"title": HOSTILE, "summary": HOSTILE}
    Intervention.objects.filter(pk=intervention.pk).update(description=HOSTILE, **text)
    Publication.objects.filter(pk=publication.pk).update(body=HOSTILE, doi=HOSTILE, licence=HOSTILE, **text)
    PublicationAuthor.objects.filter(publication=publication).update(name=HOSTILE)
    Event.objects.filter(pk=event.pk).update(venue=HOSTILE, city=HOSTILE, description=HOSTILE, **text)
    AreaOfWork.objects.filter(pk=area.pk).update(name=HOSTILE)
    return intervention, publication, event


def body(response):
    assert response.status_code == 200, response
    return b"".join(response.streaming_content) if response.streaming else response.content


def parse_xml(content):
    # expat, a strict XML 1.0 parser: control characters and U+FFFE/U+FFFF are fatal to it.
    return minidom.parseString(content)


def parse_ics(content):
    """RFC 5545: content lines end in CRLF and hold no control character but HTAB."""
    assert content.endswith(b"\r\n")
    for line in content.split(b"\r\n"):
        assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", line), line
    assert "\ufffe" not in content.decode() and "\uffff" not in content.decode()
    return Calendar.from_ical(content)


def parse_csv(content):
    text = content.decode("utf-8").lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    assert rows and all(len(row) == len(rows[0]) for row in rows)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]", text)
    return rows


def parse_ris(text):
    for line in text.splitlines():
        assert not line or re.fullmatch(r"[A-Z][A-Z0-9]  - [^\x00-\x1f\x7f]*", line), repr(line)
    return rispy.loads(text)


def parse_bibtex(text):
    # BibTeX counts every brace, escaped or not: a field's braces must balance.
    depth = 0
    for character in text:
        depth += {"{": 1, "}": -1}.get(character, 0)
        assert depth >= 0, text
    assert depth == 0, text
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    return library


def test_a_control_character_in_a_title_leaves_the_feed_serving(client, hostile):
    # Was: UnserializableContentError, 500 for every visitor of the feed.
    for url in FEEDS:
        feed = parse_xml(body(client.get(url)))
        titles = [e.firstChild.data for e in feed.getElementsByTagName("title")]
        assert any(t.startswith("Gold\nmines\nof Ghana\nand Peru") for t in titles), titles


# Percent-encoded as sent: U+FFFF, U+FFFE, LF, lone CR, ESC, and a lone surrogate's UTF-8 bytes.
ODD_QUERIES = ["x%EF%BF%BF", "x%EF%BF%BE", "a%0Ab", "a%0DX", "%1B%5B31m", "%ED%A0%80", "a%0D%0Ab%02"]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_search_text_in_a_feed_title_is_well_formed(client, db, query):
    # Was: ?q=x%EF%BF%BF gave a feed no XML parser reads.
    for url in FEEDS:
        feed = parse_xml(body(client.get(f"{url}?q={query}")))
        title = feed.getElementsByTagName("title")[0].firstChild.data
        assert "\n" not in title and "\r" not in title


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_search_text_in_the_calendar_name_stays_one_content_line(client, db, query):
    # Was: ?q=a%0ab answered 500; ?q=a%0dX wrote a raw CR into the calendar.
    calendar = parse_ics(body(client.get(f"/events/calendar.ics?q={query}")))
    assert "Events matching" in str(calendar["X-WR-CALNAME"])


def test_an_event_whose_title_holds_a_line_break_has_its_calendar_file(client, hostile):
    # Was: the title went unescaped into X-WR-CALNAME and event.ics answered 500 for everyone.
    _, _, event = hostile
    calendar = parse_ics(body(client.get(f"/events/{event.slug}/event.ics")))
    [entry] = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]).startswith("Gold\nmines\nof Ghana\nand Peru")
    assert str(calendar["X-WR-CALNAME"]).startswith("Gold mines of Ghana and Peru")
    assert parse_ics(body(client.get("/events/calendar.ics"))).walk("VEVENT")


def test_the_hostile_record_is_served_by_its_pages_and_the_sitemap(client, hostile):
    for record in hostile:
        assert b"Gold" in body(client.get(record.get_absolute_url()))
    area = hostile[0].areas_of_work.get()
    pages = ["/", "/interventions/", "/publications/", "/events/", "/search/?q=intervention", f"/areas/{area.slug}/"]
    for url in pages:
        assert b"Gold" in body(client.get(url)), url
    urls = [loc.firstChild.data for loc in parse_xml(body(client.get("/sitemap.xml"))).getElementsByTagName("loc")]
    assert "http://testserver/publications/hostile-publication/" in urls


def test_the_hostile_record_is_served_by_every_export_and_the_api(client, hostile):
    for url in EXPORTS:
        content = body(client.get(url))
        if url.endswith(".csv"):
            [header, row] = parse_csv(content)
            assert row[header.index("Title")].startswith("Gold\nmines\nof Ghana\nand Peru")
        else:
            [item] = json.loads(content)
            assert item["title"].startswith("Gold")
    for url in API:
        listing = json.loads(body(client.get(url)))
        [item] = listing["results"] if isinstance(listing, dict) else listing
        assert json.loads(body(client.get(f"{url}{item['slug']}/")))["title"].startswith("Gold")


@pytest.mark.parametrize("prefix", ["/publications/hostile-publication/", "/publications/"])
def test_the_hostile_record_is_cited_in_every_format(client, hostile, prefix):
    [entry] = parse_ris(body(client.get(f"{prefix}cite.ris")).decode())
    assert entry["title"].startswith("Gold mines of Ghana and Peru")
    assert entry["authors"] == [entry["title"]]
    [entry] = parse_bibtex(body(client.get(f"{prefix}cite.bib")).decode()).entries
    assert "Gold mines of Ghana and Peru" in entry.fields_dict["title"].value
    [item] = json.loads(body(client.get(f"{prefix}cite.json")))
    assert item["title"].startswith("Gold\nmines")


def test_an_event_with_hostile_place_and_areas_is_one_calendar_line_each(client, hostile):
    _, _, event = hostile
    [entry] = parse_ics(body(client.get(f"/events/{event.slug}/event.ics"))).walk("VEVENT")
    assert str(entry["LOCATION"]).startswith("Gold\nmines")
    assert any(str(c).startswith("Gold") for c in entry["CATEGORIES"].cats)


def test_a_filtered_calendar_feed_and_export_take_the_cleaned_search_text(client, hostile):
    # The query string is cleaned once: its control characters become spaces everywhere it lands.
    for url in ["/events/calendar.ics", "/events/feed/", "/events/export.csv"]:
        assert client.get(url, {"q": "gold\x02\nmines"}).status_code == 200
