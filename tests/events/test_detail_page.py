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
    organisers = [o["name"] for o in manila["organizer"]]
    assert organisers[0] == "International Labour Organization"  # the host, then its co-organisers
    assert "International Training Centre of the ILO" in organisers
    assert "UN Environment Programme" not in organisers  # a partner, not an organiser
    online, _ = json_ld(client, "/events/shareasm-digital-day-2018/")
    assert online["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert online["location"]["@type"] == "VirtualLocation"
