"""People: names split as citations need them, ORCID iDs checked, profiles only for the published,
imports and exports in "Family, Given", and curators' checks and merges."""

import csv
import io
import json

import bibtexparser
import pytest
import rispy
from django.core.exceptions import ValidationError
from django.core.management import call_command

from catalog.models import Person, State
from catalog.people import normalise_orcid, parse_people, split_name, validate_orcid
from publications.models import Publication
from tests.factories import (
    EventFactory,
    EventSpeakerFactory,
    PersonFactory,
    PublicationAuthorFactory,
    PublicationFactory,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lisa Rende Taylor", ("Taylor", "Lisa Rende", True)),
        ("Taylor, Lisa Rende", ("Taylor", "Lisa Rende", True)),
        ("A. ten Kate", ("ten Kate", "A.", True)),
        ("Ana Maria dos Santos", ("dos Santos", "Ana Maria", True)),
        ("Abdul bin Rahman", ("bin Rahman", "Abdul", True)),
        ("Jennings", ("Jennings", "", False)),
        ("ILO", ("ILO", "", False)),
        ("World Bank Group", ("World Bank Group", "", False)),
        ("Rende Taylor,", ("Rende Taylor", "", False)),
    ],
)
def test_names_split_into_family_and_given_or_are_flagged(name, expected):
    assert tuple(split_name(name)) == expected


def test_orcid_check_digits_are_checked(db):
    assert normalise_orcid("0000-0002-1825-0097") == "0000-0002-1825-0097"
    assert normalise_orcid("https://orcid.org/0000000218250097") == "0000-0002-1825-0097"
    assert normalise_orcid("0000-0002-1694-233x") == "0000-0002-1694-233X"  # X is a check digit of 10
    assert normalise_orcid("0000-0002-1825-0098") == ""
    validate_orcid("0000-0002-1825-0097")
    with pytest.raises(ValidationError):
        validate_orcid("0000-0002-1825-0098")
    with pytest.raises(ValidationError):
        PersonFactory.build(orcid="0000-0002-1825-0098", slug="x").full_clean()


def test_a_spreadsheet_cell_reads_family_given_pairs_or_says_what_it_cannot_read():
    assert [(p.family, p.given) for p in parse_people("Taylor, Lisa Rende; Shih, Elena")] == [
        ("Taylor", "Lisa Rende"),
        ("Shih", "Elena"),
    ]
    with pytest.raises(ValidationError, match="Taylor, Lisa, Rende"):
        parse_people("Taylor, Lisa, Rende; Shih, Elena")


def test_demo_authors_cite_in_apa(client, demo):
    """The demo's undivided names come out as people, and citeproc renders them in APA."""
    slug = "worker-feedback-technologies-and-combatting-modern-slavery"
    html = client.get(f"/publications/{slug}/").content.decode()
    assert "Taylor, L. R., &amp; Shih, E. (2019). <i>Worker feedback technologies" in html
    taylor = Person.objects.get(family_name="Taylor", given_names="Lisa Rende")
    assert not taylor.needs_checking
    [entry] = rispy.loads(client.get(f"/publications/{slug}/cite.ris").content.decode())
    assert entry["authors"] == ["Taylor, Lisa Rende", "Shih, Elena"]
    library = bibtexparser.parse_string(
        client.get(f"/publications/{slug}/cite.bib").content.decode(),
        append_middleware=[bibtexparser.middlewares.SeparateCoAuthors(), bibtexparser.middlewares.SplitNameParts()],
    )
    assert [(n.last, n.first) for n in library.entries[0].fields_dict["author"].value] == [
        (["Taylor"], ["Lisa", "Rende"]),
        (["Shih"], ["Elena"]),
    ]
    assert Person.objects.get(family_name="ten Kate").given_names == "A."


def test_a_person_has_a_profile_only_while_credited_on_a_published_record(client, db):
    person = PersonFactory(family_name="Shih", given_names="Elena", orcid="0000-0002-1825-0097")
    publication = PublicationFactory(title="Worker voice", state=State.PUBLISHED)
    draft = PublicationFactory(title="Unfinished draft", state=State.DRAFT)
    PublicationAuthorFactory(publication=publication, person=person)
    PublicationAuthorFactory(publication=draft, person=person)
    talk = EventSpeakerFactory(person=person, event=EventFactory(title="Manila dialogue", state=State.PUBLISHED))
    html = client.get(person.get_absolute_url()).content.decode()
    assert "Elena Shih" in html and "Worker voice" in html and "Manila dialogue" in html
    assert "Unfinished draft" not in html
    assert "https://orcid.org/0000-0002-1825-0097" in html
    assert person.get_absolute_url() in client.get("/sitemap.xml").content.decode()
    assert "Elena Shih" in client.get(talk.event.get_absolute_url()).content.decode()

    Publication.objects.filter(pk=publication.pk).update(state=State.DRAFT)
    talk.event.state = State.DRAFT
    talk.event.save()
    assert client.get(person.get_absolute_url()).status_code == 404
    assert person.get_absolute_url() not in client.get("/sitemap.xml").content.decode()


def test_people_to_check_lists_the_names_split_without_confidence(db):
    PersonFactory(family_name="ILO", given_names="", needs_checking=True, slug="ilo")
    PersonFactory(family_name="Shih", given_names="Elena", slug="elena-shih")
    out, err = io.StringIO(), io.StringIO()
    call_command("people_to_check", stdout=out, stderr=err)
    assert out.getvalue() == "ilo\tILO\t\n"
    assert "1 to check" in err.getvalue()


def test_merging_people_moves_their_credits_to_one(admin_client, db):
    kept = PersonFactory(family_name="Taylor", given_names="Lisa Rende", orcid="0000-0002-1825-0097")
    duplicate = PersonFactory(family_name="Taylor", given_names="L. R.", needs_checking=True)
    publication = PublicationFactory()
    PublicationAuthorFactory(publication=publication, person=duplicate)
    event = EventFactory()
    EventSpeakerFactory(event=event, person=duplicate)
    EventSpeakerFactory(event=event, person=kept)
    response = admin_client.post(
        "/admin/catalog/person/",
        {"action": "merge_people", "_selected_action": [kept.pk, duplicate.pk]},
    )
    assert response.status_code == 302
    assert not Person.objects.filter(pk=duplicate.pk).exists()
    assert [a.person for a in publication.authors.all()] == [kept]
    assert [s.person for s in event.speakers.all()] == [kept]


def test_export_writes_family_given_that_imports_read_back(client, db):
    publication = PublicationFactory(title="Worker voice", state=State.PUBLISHED)
    PublicationAuthorFactory(publication=publication, name="Lisa Rende Taylor", position=1)
    PublicationAuthorFactory(publication=publication, name="Jennings", position=2)
    rows = list(
        csv.DictReader(io.StringIO(b"".join(client.get("/publications/export.csv").streaming_content).decode()))
    )
    authors_cell = next(iter(rows[0][k] for k in rows[0] if k.lower() == "authors"))
    assert authors_cell == "Taylor, Lisa Rende; Jennings"
    assert [(p.family, p.given) for p in parse_people(authors_cell)] == [("Taylor", "Lisa Rende"), ("Jennings", "")]
    exported = json.loads(b"".join(client.get("/publications/export.json").streaming_content))
    records = exported if isinstance(exported, list) else exported["records"]
    assert records[0]["authors"][0] == {"family": "Taylor", "given": "Lisa Rende", "orcid": None}
    api = client.get(f"/api/publications/{publication.slug}/").json()
    assert api["authors"][0]["family"] == "Taylor" and api["authors"][0]["given"] == "Lisa Rende"
