"""The addresses every content type has, built from its declaration: the same five for each."""

from django.urls import path

from ..caching import cached_for_visitors, conditional
from .exports import ExportView
from .views import BrowseView, FacetsJsonView


def listing_urls(record_type, feed):
    """The browse page, its Atom feed (`feed`, the type's ListingFeed), CSV and JSON exports and
    facets.json: every one answers conditional GETs, under the type's clock when it has one."""
    clock, passed = record_type.clock, record_type.passed

    def polled(view):
        return conditional(view, clock=clock, passed=passed)

    return [
        path("", polled(BrowseView.as_view(record_type=record_type)), name="list"),
        path("feed/", cached_for_visitors(feed, clock=clock, passed=passed), name="feed"),
        path("export.csv", polled(ExportView.as_view(record_type=record_type, format="csv")), name="export-csv"),
        path("export.json", polled(ExportView.as_view(record_type=record_type, format="json")), name="export-json"),
        path("facets.json", polled(FacetsJsonView.as_view(record_type=record_type)), name="facets"),
    ]
