from datetime import timedelta

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.encoding import iri_to_uri
from django.utils.translation import gettext
from django.views import View
from icalendar import Calendar, vText
from icalendar import Event as CalendarEvent

from catalog.browse.feeds import ListingFeed
from catalog.models import DatePrecision
from catalog.text import clean, one_line

from .models import Event
from .record_type import EVENTS

UID_DOMAIN = "asm-knowledge-portal"


class EventFeed(ListingFeed):
    record_type = EVENTS
    prefetch = ("organisers__organisation",)

    def item_organisations(self, item):
        return sorted({r.organisation.name for r in item.organisers.all()})

    def item_description(self, item):
        return f"{item.when}. {item.display_summary}".strip()


# --- iCalendar ---------------------------------------------------------------------------------


def calendar_entry(event, request):
    """One VEVENT. All-day events use DATE values with an exclusive end, as RFC 5545 wants.

    RFC 5545 allows no control character but HTAB in a content line: every text is cleaned (TEXT
    values then escape their line breaks as \\n) and a URI is put on one line and percent-encoded."""
    entry = CalendarEvent()
    entry.add("uid", f"event-{event.pk}@{UID_DOMAIN}")  # stable across requests and edits
    entry.add("dtstamp", event.updated)
    entry.add("last-modified", event.updated)
    entry.add("summary", clean(event.display_title))
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
    entry.add("description", clean(f"{event.display_summary}\n\n{page}".strip()))
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
        query = EVENTS.query(request.GET, queryset=on_the_calendar(Event.objects.published()), request=request)
        events = query.records(query.queryset.select_related("country").prefetch_related("areas_of_work"))
        # Translators: the name a calendar app gives the subscribed calendar; %(listing)s describes the
        # filtered events, e.g. "Upcoming events in Ghana".
        name = gettext("%(listing)s — ASM Knowledge Portal") % {"listing": query.describe(EVENTS.noun)}
        return query.announce(ics_response(calendar_for(events, request, name), "asm-events.ics"))


class EventCalendarView(View):
    def get(self, request, slug):
        event = get_object_or_404(Event.objects.visible_to(request.user).select_related("country"), slug=slug)
        if event.start is None or event.date_precision != DatePrecision.DAY:
            raise Http404("This event has no exact date to put in a calendar.")
        return ics_response(calendar_for([event], request, event.display_title), f"{event.slug}.ics")
