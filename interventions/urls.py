from django.urls import path

from catalog.browse.urls import listing_urls
from catalog.caching import cached_for_visitors

from . import syndication, views
from .record_type import INTERVENTIONS

app_name = "interventions"

urlpatterns = [
    *listing_urls(INTERVENTIONS, syndication.InterventionFeed()),
    path("<slug:slug>/", cached_for_visitors(views.InterventionDetailView.as_view()), name="detail"),
]
