from django.urls import path

from . import syndication, views

app_name = "publications"

urlpatterns = [
    path("", views.PublicationListView.as_view(), name="list"),
    path("feed/", syndication.PublicationFeed(), name="feed"),
    path("export.csv", syndication.PublicationExport.as_view(format="csv"), name="export-csv"),
    path("export.json", syndication.PublicationExport.as_view(format="json"), name="export-json"),
    path("facets.json", views.PublicationFacetsView.as_view(), name="facets"),
    path("<slug:slug>/", views.PublicationDetailView.as_view(), name="detail"),
    path("<slug:slug>/download/", views.PublicationDownloadView.as_view(), name="download"),
]
