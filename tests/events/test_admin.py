"""The events admin: publishing needs a date, and times are entered in the event's own time zone."""

from catalog.models import State
from tests.admin_kit import admin_url, bulk, form_data
from tests.factories import EventFactory


def test_bulk_publish_refuses_an_event_without_a_date_and_says_why(client, editor, db):
    dated = EventFactory(state=State.IN_REVIEW)
    undated = EventFactory(state=State.IN_REVIEW, start=None)
    client.force_login(editor)
    response = bulk(client, type(dated), "publish", [dated, undated])
    dated.refresh_from_db()
    undated.refresh_from_db()
    assert (dated.state, undated.state) == (State.PUBLISHED, State.IN_REVIEW)
    assert f"Not published: “{undated.title}”" in response.content.decode()


def test_event_times_are_entered_in_the_events_own_time_zone(client, editor, db):
    event = EventFactory(all_day=False, time_zone="UTC", state=State.DRAFT)
    client.force_login(editor)
    url = admin_url(type(event), "change", event.pk)
    data = form_data(client.get(url))
    data.update(
        {
            "time_zone": "Asia/Manila",
            "start_0": "2019-05-28",
            "start_1": "09:00:00",
            "end_0": "2019-05-28",
            "end_1": "17:30:00",
        }
    )
    assert client.post(url, data).status_code == 302
    event.refresh_from_db()
    assert event.start.isoformat() == "2019-05-28T01:00:00+00:00"
    assert event.when == "28 May 2019, 09:00–17:30 (Asia/Manila)"
    # Reopening the form shows the local times again.
    html = client.get(url).content.decode()
    assert 'name="start_1" value="09:00:00"' in html
