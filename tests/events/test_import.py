"""Importing events in the admin: the example file, with times in each event's own zone and its organisers."""

from catalog.models import State
from tests.admin_kit import EXAMPLES, confirm, upload


def test_the_example_event_file_imports_with_local_times_and_organisers(client, editor, demo):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from events.models import Event

    client.force_login(editor)
    preview = upload(client, Event, "events.csv", (EXAMPLES / "events.csv").read_bytes())
    assert not preview.context["result"].has_validation_errors(), preview.context["result"].invalid_rows
    assert not preview.context["result"].has_errors()
    confirm(client, Event, preview)
    dialogue = Event.objects.get(slug="example-import-regional-dialogue-on-child-labour-in-gold-mining")
    assert (dialogue.state, dialogue.country.iso2, dialogue.all_day) == (State.DRAFT, "GH", True)
    assert sorted(dialogue.countries.values_list("iso2", flat=True)) == ["BF", "GH"]
    assert {(o.organisation.acronym, o.role) for o in dialogue.organisers.all()} == {
        ("ILO", "host"),
        ("IIED", "co-organiser"),
    }
    webinar = Event.objects.get(slug="example-import-webinar-on-mercury-free-processing")
    assert webinar.state == State.IN_REVIEW
    assert webinar.start == datetime(2025, 6, 5, 14, 0, tzinfo=ZoneInfo("Africa/Nairobi"))
    assert not webinar.all_day
