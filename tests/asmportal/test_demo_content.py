"""`load_demo`: real records from the seeds, linked as the sources say, safe to run again."""

import io

from django.core.management import call_command

from catalog.models import Organisation, State
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication

MODELS = [Intervention, Event, Publication, Organisation]


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
    report = manila.publications.get()
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
