from catalog.browse.facet_index import facet_index
from catalog.browse.views import BrowseView, FacetsJsonView
from catalog.views import PublishableDetailView

from .filters import EventFilterSet
from .models import Event
from .structured_data import structured_data


class EventListing:
    model = Event
    filterset_class = EventFilterSet
    browse_url_name = "events:list"


class EventListView(EventListing, BrowseView):
    rows_template = "events/_rows.html"
    formats = (("Atom feed", "events:feed"), ("CSV", "events:export-csv"), ("JSON", "events:export-json"))
    calendar_url_name = "events:calendar"
    noun = "Events"
    listing_prefetch = ("countries",)  # only what a result row shows


class EventFacetsView(EventListing, FacetsJsonView):
    pass


class EventDetailView(PublishableDetailView):
    model = Event

    def get_queryset(self):
        return super().get_queryset().with_detail()

    def get_context_data(self, **kwargs):
        event = self.object
        intervention = event.intervention
        return super().get_context_data(
            intervention=intervention if intervention and intervention.is_public else None,
            outputs=event.publications.published().order_by("-publication_date"),
            structured_data=structured_data(event, self.request.build_absolute_uri(event.get_absolute_url())),
            **kwargs,
        )


def clock():
    """Which events have passed: pages that say "upcoming" are cached under it."""
    return facet_index(EventFilterSet).state()


def last_passed():
    """When an event last became past: pages that say "upcoming" changed then."""
    return facet_index(EventFilterSet).last_passed()
