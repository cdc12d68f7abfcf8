"""`load_demo`: real records from the seeds, linked as the sources say, safe to run again."""

import io
from datetime import date
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.validators import URLValidator

from asmportal.operations import demo_content
from catalog.models import AreaOfWork, Organisation, State
from events.models import Event, EventSource
from interventions.models import Intervention, InterventionSource
from publications.models import Publication, PublicationSource

MODELS = [Intervention, Event, Publication, Organisation, InterventionSource, EventSource, PublicationSource]
RECORDS = {
    "intervention": demo_content.INTERVENTIONS,
    "event": demo_content.EVENTS,
    "publication": demo_content.PUBLICATIONS,
}
HTTPS = URLValidator(schemes=["https"])


def snapshot():
    counts = {m.__name__: m.objects.count() for m in MODELS}
    counts |= {f"{m.__name__} history": m.history.count() for m in MODELS}
    return counts


def test_running_it_twice_changes_nothing(demo):
    first = snapshot()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert snapshot() == first
    assert "(0 changes)" in out.getvalue()


def test_the_records_are_linked_as_the_sources_say(demo):
    manila = Event.objects.get(slug="manila-2019-knowledge-sharing-meeting-asgm")
    report = manila.publications.get(slug=demo_content.MAPPING)
    assert report.title.startswith("Mapping interventions addressing child labour")
    assert (report.date_display, report.licence) == ("May 2020", "CC BY 4.0")
    assert report.areas_of_work.count() == 9
    assert {(r.organisation.acronym or r.organisation.name, r.role) for r in report.organisation_roles.all()} >= {
        ("ILO", "publisher"),
        ("ITC-ILO", "author"),
        ("Levin Sources", "author"),
    }
    assert manila.local_start.isoformat() == "2019-05-28T00:00:00+08:00"
    assert manila.when == "28–30 May 2019"
    assert "75 representatives" in manila.attendance_notes and "16 countries" in manila.attendance_notes

    programme = Intervention.objects.get(slug="iied-asm-knowledge-programme")
    dialogues = programme.events.filter(kind=Event.Kind.ACTION_DIALOGUE)
    assert set(dialogues.values_list("country__iso2", flat=True)) >= {"GH", "TZ", "MG"}
    digital_days = programme.events.filter(hashtag="#shareASM").order_by("start")
    assert [e.local_start.date().isoformat() for e in digital_days] == ["2015-06-25", "2017-02-01", "2018-03-15"]

    planetgold = Intervention.objects.get(slug="planetgold")
    assert [o.acronym for o in planetgold.organisations.filter(intervention_roles__role="funding")] == ["GEF"]


def test_some_records_wait_in_draft_or_review(demo):
    for model in [Event, Publication]:
        assert model.objects.filter(state=State.DRAFT).exists() or model.objects.filter(state=State.IN_REVIEW).exists()
    madagascar = Event.objects.get(slug="iied-action-dialogue-madagascar")
    assert (madagascar.state, madagascar.start) == (State.IN_REVIEW, None)
    assert Publication.objects.get(slug="tanzania-action-dialogue-photobook").print_only


def about_asm(model):
    return model.objects.published().about_asm()


def test_the_catalogue_is_deep_enough_to_use(demo):
    assert about_asm(Intervention).count() >= 30
    assert about_asm(Publication).count() >= 25
    assert about_asm(Event).count() >= 12
    empty = [area.number for area in AreaOfWork.objects.all() if not about_asm(Intervention).filter(areas_of_work=area)]
    assert empty == [], f"areas of work with no published intervention: {empty}"


@pytest.mark.parametrize("kind", RECORDS)
def test_every_demo_record_cites_well_formed_https_sources(kind):
    for record in RECORDS[kind]:
        assert record.get("sources"), f"{kind} {record['slug']} cites no source"
        for source in record["sources"]:
            url = source["url"]
            try:
                HTTPS(url)
            except ValidationError:
                pytest.fail(f"{kind} {record['slug']}: {url!r} is not a well-formed https address")
            assert urlsplit(url).hostname and " " not in url, url
            assert isinstance(source["checked"], date), f"{kind} {record['slug']}: when was {url} checked?"


def test_every_loaded_record_shows_its_sources(demo):
    for model in (Intervention, Event, Publication):
        assert not model.objects.filter(sources__isnull=True).exists(), model.__name__


def test_manila_belongs_to_an_intervention_and_the_mapping_documents_what_it_reviewed(demo):
    manila = Event.objects.get(slug="manila-2019-knowledge-sharing-meeting-asgm")
    assert manila.intervention.slug == "caring-gold-mining-project" and manila.intervention.is_public
    mapping = Publication.objects.get(slug=demo_content.MAPPING)
    reviewed = set(demo_content.interventions.MAPPING_REVIEWED)
    assert reviewed <= set(mapping.interventions.values_list("slug", flat=True))


def test_outside_asm_records_are_few_marked_and_never_on_the_home_page(client, demo):
    outside = Publication.objects.published().filter(topics__slug="outside-asm")
    assert 0 < outside.count() <= 5
    home = client.get("/").content.decode()
    for publication in outside:
        assert publication.title not in home
        assert "Outside ASM" in client.get(publication.get_absolute_url()).content.decode()
