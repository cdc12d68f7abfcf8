"""The events' calendars: the iCalendar feed with stable UIDs, zones and days, its filters, one event's file."""

import zoneinfo
from datetime import date, datetime, time, timedelta

import pytest
from icalendar import Calendar

from catalog.models import State
from events.models import Event
from tests.factories import EventFactory

MANILA = zoneinfo.ZoneInfo("Asia/Manila")
NAIROBI = zoneinfo.ZoneInfo("Africa/Nairobi")
SOON = date.today() + timedelta(days=30)


@pytest.fixture
def agenda(db):
    EventFactory(title="One day", start=datetime.combine(SOON, time.min, zoneinfo.ZoneInfo("UTC")), all_day=True)
    EventFactory(
        title="Three days",
        start=datetime(2019, 5, 28, tzinfo=MANILA),
        end=datetime(2019, 5, 30, tzinfo=MANILA),
        all_day=True,
        time_zone="Asia/Manila",
    )
    EventFactory(
        title="Webinar",
        all_day=False,
        time_zone="Africa/Nairobi",
        start=datetime.combine(SOON, time(14), NAIROBI),
        end=datetime.combine(SOON, time(15, 30), NAIROBI),
        online_url="https://example.org/webinar",
        attendance=Event.Attendance.ONLINE,
    )
    EventFactory(
        title="Month only", start=datetime(2017, 11, 1, tzinfo=zoneinfo.ZoneInfo("UTC")), date_precision="month"
    )
    EventFactory(title="Draft meeting", state=State.DRAFT)


def parse_calendar(response):
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def entries(calendar):
    return {str(c["summary"]): c for c in calendar.walk("VEVENT")}


def test_calendars_parse_with_stable_uids_zones_and_right_days(client, agenda):
    first = entries(parse_calendar(client.get("/events/calendar.ics")))
    again = entries(parse_calendar(client.get("/events/calendar.ics")))
    assert set(first) == {"One day", "Three days", "Webinar"}  # no draft, no month-only date
    assert {k: str(v["uid"]) for k, v in first.items()} == {k: str(v["uid"]) for k, v in again.items()}
    assert all(v.get("dtstamp") for v in first.values())

    one = first["One day"]
    assert (one["dtstart"].dt, one["dtend"].dt) == (SOON, SOON + timedelta(days=1))
    three = first["Three days"]
    assert (three["dtstart"].dt, three["dtend"].dt) == (date(2019, 5, 28), date(2019, 5, 31))
    webinar = first["Webinar"]
    assert webinar["dtstart"].dt == datetime.combine(SOON, time(14), NAIROBI)
    assert webinar["dtstart"].params["TZID"] == "Africa/Nairobi"
    assert str(webinar["url"]) == "https://example.org/webinar"
    timezones = [str(tz["tzid"]) for tz in parse_calendar(client.get("/events/calendar.ics")).walk("VTIMEZONE")]
    assert "Africa/Nairobi" in timezones


def test_calendars_take_the_browse_filters(client, agenda):
    upcoming = entries(parse_calendar(client.get("/events/calendar.ics?when=upcoming")))
    assert set(upcoming) == {"One day", "Webinar"}
    online = entries(parse_calendar(client.get("/events/calendar.ics?attendance=online")))
    assert set(online) == {"Webinar"}


def test_one_event_as_ics_and_add_to_calendar(client, agenda):
    event = Event.objects.get(title="Three days")
    # A past event keeps its calendar file (for the record) but offers no "Add to calendar".
    page = client.get(event.get_absolute_url()).content.decode()
    assert "Add to calendar" not in page
    coming = Event.objects.get(title="One day")
    page = client.get(coming.get_absolute_url()).content.decode()
    assert f'href="/events/{coming.slug}/event.ics">Add to calendar' in page
    single = entries(parse_calendar(client.get(f"/events/{event.slug}/event.ics")))
    assert list(single) == ["Three days"]
    assert client.get(f"/events/{Event.objects.get(title='Draft meeting').slug}/event.ics").status_code == 404
    assert client.get(f"/events/{Event.objects.get(title='Month only').slug}/event.ics").status_code == 404


def test_the_events_page_offers_a_live_subscription(client, agenda):
    html = client.get("/events/?when=upcoming").content.decode()
    assert 'href="webcal://testserver/events/calendar.ics?when=upcoming"' in html
