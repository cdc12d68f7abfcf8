"""schema.org Event for an event page."""

from .models import Event, EventOrganiser

Role = EventOrganiser.Role

MODES = {
    Event.Attendance.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Event.Attendance.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Event.Attendance.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


def organisations(event, *roles):
    # Hosts first: the organiser a search engine shows is the first one listed.
    rows = sorted((r for r in event.organisers.all() if r.role in roles), key=lambda r: roles.index(r.role))
    return [{"@type": "Organization", "name": r.organisation.name} for r in rows]


def structured_data(event, page_url):
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        # What the page shows: the version in its language where there is one, and which language that is.
        "name": event.display_title,
        "description": event.display_summary,
        "inLanguage": event.display_title.lang,
        "url": page_url,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": MODES[event.attendance],
        # Partners are named on the page but did not organise the event: schema.org has no role for them.
        "organizer": organisations(event, Role.HOST, Role.CO_ORGANISER),
        "sponsor": organisations(event, Role.SPONSOR),
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
