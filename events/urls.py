from django.urls import path

from . import syndication, views

app_name = "events"

urlpatterns = [
    path("", views.EventListView.as_view(), name="list"),
    path("feed/", syndication.EventFeed(), name="feed"),
    path("export.csv", syndication.EventExport.as_view(format="csv"), name="export-csv"),
    path("export.json", syndication.EventExport.as_view(format="json"), name="export-json"),
    path("calendar.ics", syndication.CalendarView.as_view(), name="calendar"),
    path("<slug:slug>/event.ics", syndication.EventCalendarView.as_view(), name="event-ics"),
    path("facets.json", views.EventFacetsView.as_view(), name="facets"),
    path("<slug:slug>/", views.EventDetailView.as_view(), name="detail"),
]
