from django.http import FileResponse, Http404
from django.views.generic import View
from django.views.generic.detail import SingleObjectMixin

from catalog.views import PublishableDetailView

from .citations import Citation
from .models import Publication
from .structured_data import structured_data


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
    """Serve an uploaded file only while its record is visible, and never inline as a web page.

    A PDF opens in the browser's own viewer, so a search passage's link (`#page=3`) opens at its
    page; the sandbox policy still applies, and the viewer honours it. Anything else is downloaded.
    """

    model = Publication

    def get_queryset(self):
        return Publication.objects.visible_to(self.request.user).exclude(file="")

    def get(self, request, *args, **kwargs):
        publication = self.get_object()
        try:
            handle = publication.file.open("rb")
        except FileNotFoundError:
            raise Http404("The file of this publication is missing.") from None
        # The upload check already read the first bytes; reading them again costs nothing and
        # keeps a file stored by any other path from being opened inline by its name alone.
        is_pdf = publication.file.name.lower().endswith(".pdf") and handle.read(5) == b"%PDF-"
        handle.seek(0)
        response = FileResponse(
            handle,
            as_attachment=not is_pdf,
            filename=publication.file.name.rsplit("/", 1)[-1],
            content_type="application/pdf" if is_pdf else None,
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        if not publication.is_public:
            response["Cache-Control"] = "private, no-store"
        return response
