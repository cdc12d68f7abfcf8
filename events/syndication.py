from datetime import timedelta

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views import View
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from catalog.browse.exports import Column, ExportView, names
from catalog.browse.feeds import ListingFeed
from catalog.browse.listing import describe_without_counts, sanitised
from catalog.models import DatePrecision

from .filters import EventFilterSet
from .models import Event, EventOrganiser

Role = EventOrganiser.Role
PREFETCH = ("organisers__organisation",)
UID_DOMAIN = "asm-knowledge-portal"


def in_role(role):
    return lambda e: [r.organisation.name for r in e.organisers.all() if r.role == role]


COLUMNS = [
    Column("title", "Title", lambda e: e.title),
    Column("kind", "Kind", lambda e: e.get_kind_display()),
    Column("attendance", "Attendance", lambda e: e.get_attendance_display()),
    Column("dates", "Dates", lambda e: e.when),
    Column("start", "Start", lambda e: e.local_start.isoformat() if e.start else None),
    Column("end", "End", lambda e: e.local_end.isoformat() if e.end else None),
    Column("all_day", "All day", lambda e: e.all_day),
    Column("time_zone", "Time zone", lambda e: e.time_zone),
    Column("venue", "Venue", lambda e: e.venue or None),
    Column("city", "City", lambda e: e.city or None),
    Column("country", "Country", lambda e: e.country.name if e.country else None),
    Column("online_url", "Online at", lambda e: e.online_url or None),
    Column("hashtag", "Hashtag", lambda e: e.hashtag or None),
    Column("hosts", "Hosts", in_role(Role.HOST)),
    Column("co_organisers", "Co-organisers", in_role(Role.CO_ORGANISER)),
    Column("partners", "Partners", in_role(Role.PARTNER)),
    Column("sponsors", "Sponsors", in_role(Role.SPONSOR)),
    Column(
        "intervention",
        "Part of",
        lambda e: e.intervention.title if e.intervention and e.intervention.is_public else None,
    ),
    Column("countries", "Countries", lambda e: names(e.countries.all())),
    Column("minerals", "Minerals", lambda e: names(e.minerals.all())),
    Column("areas_of_work", "Areas of work", lambda e: names(e.areas_of_work.all())),
    Column("topics", "Topics", lambda e: names(e.topics.all())),
    Column("participants", "Participants", lambda e: e.participant_count),
    Column("countries_represented", "Countries represented", lambda e: e.country_count),
    Column("summary", "Summary", lambda e: e.summary),
    Column("published", "Published on the portal", lambda e: e.published_at.isoformat() if e.published_at else None),
    Column("updated", "Last updated", lambda e: e.updated.isoformat()),
]


class EventFeed(ListingFeed):
    model = Event
    filterset_class = EventFilterSet
    noun = "Events"
    browse_url_name = "events:list"
    prefetch = PREFETCH

    def item_organisations(self, item):
        return sorted({r.organisation.name for r in item.organisers.all()})

    def item_description(self, item):
        return f"{item.when}. {item.summary}".strip()


class EventExport(ExportView):
    model = Event
    filterset_class = EventFilterSet
    noun = "Events"
    columns = COLUMNS
    prefetch = ("countries", "minerals", "areas_of_work", "topics", "country", "intervention", *PREFETCH)


# --- iCalendar ---------------------------------------------------------------------------------


def calendar_entry(event, request):
    """One VEVENT. All-day events use DATE values with an exclusive end, as RFC 5545 wants."""
    entry = CalendarEvent()
    entry.add("uid", f"event-{event.pk}@{UID_DOMAIN}")  # stable across requests and edits
    entry.add("dtstamp", event.updated)
    entry.add("last-modified", event.updated)
    entry.add("summary", event.title)
    page = request.build_absolute_uri(event.get_absolute_url())
    if event.all_day:
        entry.add("dtstart", event.local_start.date())
        last = (event.local_end or event.local_start).date()
        entry.add("dtend", last + timedelta(days=1))
    else:
        entry.add("dtstart", event.local_start)
        entry.add("dtend", event.local_end or event.local_start + timedelta(hours=1))
    place = ", ".join(p for p in [event.venue, event.city, event.country.name if event.country else ""] if p)
    if event.online_url:
        place = f"{place} · {event.online_url}" if place else event.online_url
    if place:
        entry.add("location", place)
    entry.add("url", event.online_url or page)
    entry.add("description", f"{event.summary}\n\n{page}".strip())
    entry.add(
        "categories",
        [event.get_kind_display(), event.get_attendance_display(), *[a.name for a in event.areas_of_work.all()]],
    )
    entry.add("status", "CONFIRMED")
    return entry


def calendar_for(events, request, name):
    calendar = Calendar()
    calendar.add("prodid", "-//ASM Knowledge Portal//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    for event in events:
        calendar.add_component(calendar_entry(event, request))
    calendar.add_missing_timezones()
    return calendar


def ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def on_the_calendar(queryset):
    """Events a calendar can place: published, dated to the day (a month-only date would mislead)."""
    return queryset.filter(start__isnull=False, date_precision=DatePrecision.DAY)


class CalendarView(View):
    """A live subscription: the filtered events, every time the calendar refreshes."""

    def get(self, request):
        params = sanitised(request.GET)
        filterset = EventFilterSet(params, queryset=on_the_calendar(Event.objects.published()), request=request)
        events = filterset.qs.select_related("country").prefetch_related("areas_of_work")
        name = f"{describe_without_counts('Events', filterset)} — ASM Knowledge Portal"
        return ics_response(calendar_for(events, request, name), "asm-events.ics")


class EventCalendarView(View):
    def get(self, request, slug):
        event = get_object_or_404(Event.objects.visible_to(request.user).select_related("country"), slug=slug)
        if event.start is None or event.date_precision != DatePrecision.DAY:
            raise Http404("This event has no exact date to put in a calendar.")
        return ics_response(calendar_for([event], request, event.title), f"{event.slug}.ics")
