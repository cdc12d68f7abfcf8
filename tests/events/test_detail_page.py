"""An event's page as search engines read it: dates, attendance mode, place and organisers in schema.org."""

from tests.page_kit import json_ld


def test_events_carry_dates_attendance_mode_and_location(client, demo):
    manila, _ = json_ld(client, "/events/manila-2019-knowledge-sharing-meeting-asgm/")
    assert (manila["@type"], manila["startDate"], manila["endDate"]) == ("Event", "2019-05-28", "2019-05-30")
    assert manila["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert manila["location"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Manila",
        "addressCountry": "PH",
    }
    assert manila["organizer"] == [{"@type": "Organization", "name": "International Labour Organization"}]
    online, _ = json_ld(client, "/events/shareasm-digital-day-2018/")
    assert online["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert online["location"]["@type"] == "VirtualLocation"
