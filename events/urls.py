from django.urls import path

from catalog.caching import cached_for_visitors

from . import syndication, views

app_name = "events"

urlpatterns = [
    path("", views.EventListView.as_view(), name="list"),
    path("feed/", cached_for_visitors(syndication.EventFeed(), clock=views.clock), name="feed"),
    path("export.csv", syndication.EventExport.as_view(format="csv"), name="export-csv"),
    path("export.json", syndication.EventExport.as_view(format="json"), name="export-json"),
    path("calendar.ics", cached_for_visitors(syndication.CalendarView.as_view(), clock=views.clock), name="calendar"),
    path("<slug:slug>/event.ics", syndication.EventCalendarView.as_view(), name="event-ics"),
    path("facets.json", views.EventFacetsView.as_view(), name="facets"),
    path("<slug:slug>/", cached_for_visitors(views.EventDetailView.as_view(), clock=views.clock), name="detail"),
]
