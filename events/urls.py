from django.urls import path

from catalog.caching import cached_for_visitors, conditional

from . import syndication, views

app_name = "events"

urlpatterns = [
    path("", conditional(views.EventListView.as_view(), clock=views.clock, passed=views.last_passed), name="list"),
    path(
        "feed/", cached_for_visitors(syndication.EventFeed(), clock=views.clock, passed=views.last_passed), name="feed"
    ),
    path(
        "export.csv",
        conditional(syndication.EventExport.as_view(format="csv"), clock=views.clock, passed=views.last_passed),
        name="export-csv",
    ),
    path(
        "export.json",
        conditional(syndication.EventExport.as_view(format="json"), clock=views.clock, passed=views.last_passed),
        name="export-json",
    ),
    path(
        "calendar.ics",
        cached_for_visitors(syndication.CalendarView.as_view(), clock=views.clock, passed=views.last_passed),
        name="calendar",
    ),
    path("<slug:slug>/event.ics", syndication.EventCalendarView.as_view(), name="event-ics"),
    path(
        "facets.json",
        conditional(views.EventFacetsView.as_view(), clock=views.clock, passed=views.last_passed),
        name="facets",
    ),
    path(
        "<slug:slug>/",
        cached_for_visitors(views.EventDetailView.as_view(), clock=views.clock, passed=views.last_passed),
        name="detail",
    ),
]
