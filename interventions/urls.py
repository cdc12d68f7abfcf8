from django.urls import path

from catalog.caching import cached_for_visitors, conditional

from . import syndication, views

app_name = "interventions"

urlpatterns = [
    path("", conditional(views.InterventionListView.as_view()), name="list"),
    path("feed/", cached_for_visitors(syndication.InterventionFeed()), name="feed"),
    path("export.csv", conditional(syndication.InterventionExport.as_view(format="csv")), name="export-csv"),
    path("export.json", conditional(syndication.InterventionExport.as_view(format="json")), name="export-json"),
    path("facets.json", conditional(views.InterventionFacetsView.as_view()), name="facets"),
    path("<slug:slug>/", cached_for_visitors(views.InterventionDetailView.as_view()), name="detail"),
]
