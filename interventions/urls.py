from django.urls import path

from catalog.browse.urls import listing_urls
from catalog.caching import cached_for_visitors, conditional

from . import iati, syndication, views
from .record_type import INTERVENTIONS

app_name = "interventions"

urlpatterns = [
    *listing_urls(INTERVENTIONS, syndication.InterventionFeed()),
    path("export.iati.xml", conditional(iati.IATIExportView.as_view()), name="export-iati"),
    path("<slug:slug>/", cached_for_visitors(views.InterventionDetailView.as_view()), name="detail"),
]
