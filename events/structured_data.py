"""schema.org Event for an event page."""

from .models import Event

MODES = {
    Event.Attendance.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Event.Attendance.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Event.Attendance.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


def structured_data(event, page_url):
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": page_url,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": MODES[event.attendance],
        "organizer": [{"@type": "Organization", "name": r.organisation.name} for r in event.organisers.all()],
    }
    if event.start:
        data["startDate"] = event.local_start.date().isoformat() if event.all_day else event.local_start.isoformat()
        end = event.local_end or event.local_start
        data["endDate"] = end.date().isoformat() if event.all_day else end.isoformat()
    locations = []
    if event.attendance != Event.Attendance.ONLINE and (event.venue or event.city or event.country):
        address = {"@type": "PostalAddress"}
        if event.city:
            address["addressLocality"] = event.city
        if event.country:
            address["addressCountry"] = event.country.iso2
        locations.append(
            {"@type": "Place", "name": event.venue or event.city or event.country.name, "address": address}
        )
    if event.online_url or event.attendance == Event.Attendance.ONLINE:
        locations.append({"@type": "VirtualLocation", "url": event.online_url or page_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    return {k: v for k, v in data.items() if v not in ("", [], None)}
