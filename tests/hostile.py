"""Hostile text and the strict parsers that judge every public surface showing it (issue 16).

Shared by tests/catalog/test_hostile_text.py (one record holding every character) and the fuzzer
(tests/test_fuzz.py: generated text, in query strings and in stored records).
"""

import csv
import io
import json
import re
from xml.dom import minidom

import bibtexparser
import rispy
from icalendar import Calendar

from catalog.models import AreaOfWork, Country, Person
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication
from tests.factories import (
    EventFactory,
    EventOrganiserFactory,
    InterventionFactory,
    InterventionRoleFactory,
    PublicationAuthorFactory,
    PublicationFactory,
    PublicationOrganisationFactory,
)

# Line breaks of every kind, C0 and C1 controls, non-characters and lone surrogates.
HOSTILE_CHARACTERS = [
    "\r", "\n", "\r\n", "\n\r", "\t", "\x00", "\x02", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f",
    "\ufffe", "\uffff", "\ufdd0", "\U0001fffe", "\U0010ffff", "\ud800", "\udfff", "\u2028",
]  # fmt: skip
# What each format gives a meaning to: BibTeX's braces and specials, a RIS tag, an iCalendar separator.
FORMAT_SPECIALS = ["{", "}", "\\", "%", "_", "&", "#", "$", "~", "^", "@misc{x,", "TY  - JOUR", ";", ",", ":", '"']

RECORDS = ("hostile-intervention", "hostile-publication", "hostile-event")
FEEDS = ["/interventions/feed/", "/publications/feed/", "/events/feed/"]
EXPORTS = [f"/{kind}/export.{fmt}" for kind in ("interventions", "publications", "events") for fmt in ("csv", "json")]


def storable(text):
    """What a database holds at all: PostgreSQL refuses NUL, and neither backend takes a lone surrogate."""
    return re.sub("[\x00\ud800-\udfff]", "", text)


def hostile_records():
    """One published intervention, publication and event, with an organisation each, in Ghana and area 1."""
    ghana, area = Country.objects.get(iso2="GH"), AreaOfWork.objects.get(number=1)
    intervention = InterventionFactory(slug=RECORDS[0])
    InterventionRoleFactory(intervention=intervention)
    publication = PublicationFactory(slug=RECORDS[1], doi="10.1234/x", isbn="978-0", licence="CC BY")
    PublicationAuthorFactory(publication=publication)
    PublicationOrganisationFactory(publication=publication)
    event = EventFactory(slug=RECORDS[2], country=ghana, venue="Hall", online_url="https://example.org/e")
    EventOrganiserFactory(event=event)
    for record in (intervention, publication, event):
        record.countries.set([ghana])
        record.areas_of_work.set([area])
    return intervention, publication, event


def write_raw(text):
    """The text in every shown field of the three records and their area, past the save-time cleaning."""
    shown = {"title": text, "summary": text}
    Intervention.objects.filter(slug=RECORDS[0]).update(description=text, **shown)
    publication = Publication.objects.filter(slug=RECORDS[1])
    publication.update(body=text, doi=text, isbn=text[:20], licence=text[:100], **shown)
    Person.objects.filter(publication_credits__publication__slug=RECORDS[1]).update(family_name=text)
    Event.objects.filter(slug=RECORDS[2]).update(venue=text, city=text[:100], description=text, **shown)
    AreaOfWork.objects.filter(number=1).update(name=text)


def write_saved(text):
    """The same, through each model's save(): what forms, imports and the demo loader do."""
    for model, slug in zip((Intervention, Publication, Event), RECORDS, strict=True):
        record = model.objects.get(slug=slug)
        record.title, record.summary = text, text
        record.save()
    author = Person.objects.get(publication_credits__publication__slug=RECORDS[1])
    author.family_name = text
    author.save()


def body(response):
    assert response.status_code == 200, (response.status_code, response.get("Content-Type"))
    return b"".join(response.streaming_content) if response.streaming else response.content


def parse_xml(content):
    # expat, a strict XML 1.0 parser: control characters and U+FFFE/U+FFFF are fatal to it.
    return minidom.parseString(content)


def parse_ics(content):
    """RFC 5545: content lines end in CRLF and hold no control character but HTAB."""
    assert content.endswith(b"\r\n")
    for line in content.split(b"\r\n"):
        assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", line), line
    assert not re.search("[\ufffe\uffff]", content.decode())
    return Calendar.from_ical(content)


def parse_csv(content):
    text = content.decode("utf-8").lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    assert rows and all(len(row) == len(rows[0]) for row in rows)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]", text)
    return rows


def parse_json(content):
    return json.loads(content.decode("utf-8"))  # a lone surrogate would already have failed to encode


def parse_ris(content):
    text = content.decode("utf-8")
    for line in text.splitlines():
        assert not line or re.fullmatch(r"[A-Z][A-Z0-9]  - [^\x00-\x1f\x7f\ufffe\uffff]*", line), repr(line)
    return rispy.loads(text)


def parse_bibtex(content):
    # BibTeX counts every brace, escaped or not: a field's braces must balance.
    text, depth = content.decode("utf-8"), 0
    for character in text:
        depth += {"{": 1, "}": -1}.get(character, 0)
        assert depth >= 0, text
    assert depth == 0, text
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    return library


def surfaces():
    """Every public address that shows the hostile records, with the parser of its format."""
    _, publication, event = RECORDS
    kinds = list(zip(("interventions", "publications", "events"), RECORDS, strict=True))
    urls = [(f"/{kind}/{slug}/", None) for kind, slug in kinds]
    urls += [(url, parse_xml) for url in [*FEEDS, "/sitemap.xml"]]
    urls += [("/events/calendar.ics", parse_ics), (f"/events/{event}/event.ics", parse_ics)]
    urls += [(url, parse_csv if url.endswith(".csv") else parse_json) for url in EXPORTS]
    for prefix in (f"/publications/{publication}/", "/publications/"):
        urls += [
            (f"{prefix}cite.ris", parse_ris),
            (f"{prefix}cite.bib", parse_bibtex),
            (f"{prefix}cite.json", parse_json),
        ]
    for kind, slug in kinds:
        urls += [(f"/api/{kind}/", parse_json), (f"/api/{kind}/{slug}/", parse_json)]
    return urls


def every_surface(client):
    """{url: what its parser read, or the page's bytes}; fails on any status but 200 and on any parse error."""
    read = {}
    for url, parse in surfaces():
        content = body(client.get(url))
        read[url] = parse(content) if parse else content
    return read
