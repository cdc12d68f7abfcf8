from django.urls import path

from catalog.browse.urls import listing_urls
from catalog.caching import cached_for_visitors

from . import syndication, views
from .record_type import EVENTS

app_name = "events"
clock, passed = EVENTS.clock, EVENTS.passed  # which events have passed: what says "upcoming" changes with it

urlpatterns = [
    *listing_urls(EVENTS, syndication.EventFeed()),
    path(
        "calendar.ics",
        cached_for_visitors(syndication.CalendarView.as_view(), clock=clock, passed=passed),
        name="calendar",
    ),
    path("<slug:slug>/event.ics", syndication.EventCalendarView.as_view(), name="event-ics"),
    path(
        "<slug:slug>/", cached_for_visitors(views.EventDetailView.as_view(), clock=clock, passed=passed), name="detail"
    ),
]
