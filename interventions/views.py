from catalog.browse.views import BrowseView, FacetsJsonView
from catalog.views import PublishableDetailView

from .filters import InterventionFilterSet
from .models import Intervention
from .structured_data import structured_data


class InterventionListing:
    model = Intervention
    filterset_class = InterventionFilterSet
    browse_url_name = "interventions:list"


class InterventionListView(InterventionListing, BrowseView):
    rows_template = "interventions/_rows.html"
    formats = (
        ("Atom feed", "interventions:feed"),
        ("CSV", "interventions:export-csv"),
        ("JSON", "interventions:export-json"),
    )
    noun = "Interventions"
    timeline_title = "Interventions active per year"
    listing_prefetch = ("countries",)  # only what a result row shows


class InterventionFacetsView(InterventionListing, FacetsJsonView):
    pass


class InterventionDetailView(PublishableDetailView):
    model = Intervention

    def get_queryset(self):
        return super().get_queryset().with_detail()

    def get_context_data(self, **kwargs):
        intervention = self.object
        return super().get_context_data(
            events=intervention.events.published().order_by("-start"),
            publications=intervention.publications.published().order_by("-publication_date"),
            structured_data=structured_data(
                intervention, self.request.build_absolute_uri(intervention.get_absolute_url())
            ),
            **kwargs,
        )
