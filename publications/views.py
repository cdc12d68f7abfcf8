from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.views.generic import View
from django.views.generic.detail import SingleObjectMixin

from catalog.browse.views import BrowseView, FacetsJsonView
from catalog.views import PublishableDetailView

from .citations import Citation
from .filters import PublicationFilterSet
from .models import Publication, PublicationOrganisation
from .structured_data import structured_data


class PublicationListing:
    model = Publication
    filterset_class = PublicationFilterSet
    browse_url_name = "publications:list"


class PublicationListView(PublicationListing, BrowseView):
    rows_template = "publications/_rows.html"
    formats = (
        ("Atom feed", "publications:feed"),
        ("CSV", "publications:export-csv"),
        ("JSON", "publications:export-json"),
    )
    noun = "Publications"
    # One query per relation: roles come with their organisations (at most 5 SQL per listing page).
    # Only what a result row shows: its organisations.
    # Ordered by organisation, so one with several roles is named once.
    listing_prefetch = (
        Prefetch(
            "organisation_roles",
            PublicationOrganisation.objects.select_related("organisation").order_by("organisation__name", "role"),
        ),
    )


class PublicationFacetsView(PublicationListing, FacetsJsonView):
    pass


class PublicationDetailView(PublishableDetailView):
    model = Publication

    def get_queryset(self):
        return super().get_queryset().with_detail()

    def get_context_data(self, **kwargs):
        publication = self.object
        citation = Citation(publication, self.request)
        return super().get_context_data(
            interventions=publication.interventions.published(),
            events=publication.events.published(),
            citation=citation,
            structured_data=structured_data(publication, citation),
            **kwargs,
        )


class PublicationDownloadView(SingleObjectMixin, View):
    """Serve an uploaded file only while its record is visible, and never inline as a web page."""

    model = Publication

    def get_queryset(self):
        return Publication.objects.visible_to(self.request.user).exclude(file="")

    def get(self, request, *args, **kwargs):
        publication = self.get_object()
        try:
            handle = publication.file.open("rb")
        except FileNotFoundError:
            raise Http404("The file of this publication is missing.") from None
        response = FileResponse(handle, as_attachment=True, filename=publication.file.name.rsplit("/", 1)[-1])
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        if not publication.is_public:
            response["Cache-Control"] = "private, no-store"
        return response
