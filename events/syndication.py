import zoneinfo
from datetime import timedelta
from operator import itemgetter

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from django.views import View
from icalendar import Calendar, vText
from icalendar import Event as CalendarEvent

from catalog.browse.engine import Query
from catalog.browse.exports import SOURCES, SOURCES_COLUMN, Column, ExportView, Related, iso, label
from catalog.browse.feeds import ListingFeed
from catalog.models import DatePrecision, State
from catalog.text import clean, one_line

from .filters import EventFilterSet
from .models import Event, EventOrganiser, when_text

Role = EventOrganiser.Role
PREFETCH = ("organisers__organisation",)
UID_DOMAIN = "asm-knowledge-portal"


def in_role(role):
    return Related("organisers__organisation__name", {"organisers__role": role}, ("organisers__organisation__name",))


RELATED = {
    "sources": SOURCES,
    "hosts": in_role(Role.HOST),
    "co_organisers": in_role(Role.CO_ORGANISER),
    "partners": in_role(Role.PARTNER),
    "sponsors": in_role(Role.SPONSOR),
    # Only a published intervention is named.
    "intervention": Related("intervention__title", {"intervention__state": State.PUBLISHED}),
    "countries": Related("countries__name", order=("countries__name",)),
    "minerals": Related("minerals__name", order=("minerals__name",)),
    "areas_of_work": Related("areas_of_work__name", order=("areas_of_work__number",)),
    "topics": Related("topics__name", order=("topics__name",)),
}
FIELDS = (
    "title", "kind", "attendance", "start", "end", "all_day", "date_precision", "time_zone", "venue", "city",
    "country__name", "online_url", "hashtag", "participant_count", "country_count", "summary", "published_at",
    "updated",
)  # fmt: skip


def local(row, key):
    return timezone.localtime(row[key], zoneinfo.ZoneInfo(row["time_zone"])) if row[key] else None


def when(row):
    return when_text(local(row, "start"), local(row, "end"), row["all_day"], row["date_precision"], row["time_zone"])


def or_none(key):
    return lambda r: r[key] or None


COLUMNS = [
    Column("title", "Title", itemgetter("title")),
    Column("kind", "Kind", label(Event.Kind, "kind")),
    Column("attendance", "Attendance", label(Event.Attendance, "attendance")),
    Column("dates", "Dates", when),
    Column("start", "Start", lambda r: iso(local(r, "start"))),
    Column("end", "End", lambda r: iso(local(r, "end"))),
    Column("all_day", "All day", itemgetter("all_day")),
    Column("time_zone", "Time zone", itemgetter("time_zone")),
    Column("venue", "Venue", or_none("venue")),
    Column("city", "City", or_none("city")),
    Column("country", "Country", itemgetter("country__name")),
    Column("online_url", "Online at", or_none("online_url")),
    Column("hashtag", "Hashtag", or_none("hashtag")),
    Column("hosts", "Hosts", itemgetter("hosts")),
    Column("co_organisers", "Co-organisers", itemgetter("co_organisers")),
    Column("partners", "Partners", itemgetter("partners")),
    Column("sponsors", "Sponsors", itemgetter("sponsors")),
    Column("intervention", "Part of", lambda r: r["intervention"][0] if r["intervention"] else None),
    Column("countries", "Countries", itemgetter("countries")),
    Column("minerals", "Minerals", itemgetter("minerals")),
    Column("areas_of_work", "Areas of work", itemgetter("areas_of_work")),
    Column("topics", "Topics", itemgetter("topics")),
    Column("participants", "Participants", itemgetter("participant_count")),
    Column("countries_represented", "Countries represented", itemgetter("country_count")),
    Column("summary", "Summary", itemgetter("summary")),
    Column("published", "Published on the portal", lambda r: iso(r["published_at"])),
    SOURCES_COLUMN,
    Column("updated", "Last updated", lambda r: iso(r["updated"])),
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
    fields = FIELDS
    related = RELATED
    column_list = COLUMNS


# --- iCalendar ---------------------------------------------------------------------------------


def calendar_entry(event, request):
    """One VEVENT. All-day events use DATE values with an exclusive end, as RFC 5545 wants.

    RFC 5545 allows no control character but HTAB in a content line: every text is cleaned (TEXT
    values then escape their line breaks as \\n) and a URI is put on one line and percent-encoded."""
    entry = CalendarEvent()
    entry.add("uid", f"event-{event.pk}@{UID_DOMAIN}")  # stable across requests and edits
    entry.add("dtstamp", event.updated)
    entry.add("last-modified", event.updated)
    entry.add("summary", clean(event.title))
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
        entry.add("location", clean(place))
    entry.add("url", iri_to_uri(one_line(event.online_url)) or page)
    entry.add("description", clean(f"{event.summary}\n\n{page}".strip()))
    categories = [
        event.get_kind_display(),
        event.get_attendance_display(),
        *[a.name for a in event.areas_of_work.all()],
    ]
    entry.add("categories", [clean(c) for c in categories])
    entry.add("status", "CONFIRMED")
    return entry


def calendar_for(events, request, name):
    calendar = Calendar()
    calendar.add("prodid", "-//ASM Knowledge Portal//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # An X- property is written as it is given unless it is typed as TEXT: escaped, and on one line.
    calendar.add("x-wr-calname", vText(one_line(name)))
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
        query = Query(EventFilterSet, request.GET, queryset=on_the_calendar(Event.objects.published()), request=request)
        events = query.records(query.queryset.select_related("country").prefetch_related("areas_of_work"))
        name = f"{query.describe('Events')} — ASM Knowledge Portal"
        return query.announce(ics_response(calendar_for(events, request, name), "asm-events.ics"))


class EventCalendarView(View):
    def get(self, request, slug):
        event = get_object_or_404(Event.objects.visible_to(request.user).select_related("country"), slug=slug)
        if event.start is None or event.date_precision != DatePrecision.DAY:
            raise Http404("This event has no exact date to put in a calendar.")
        return ics_response(calendar_for([event], request, event.title), f"{event.slug}.ics")
