from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.views import View

from .citations import Citation, bibtex_file, csl_file, ris_file
from .models import Publication
from .record_type import PUBLICATIONS

FORMATS = {
    "ris": (ris_file, "application/x-research-info-systems; charset=utf-8", "ris"),
    "bib": (bibtex_file, "application/x-bibtex; charset=utf-8", "bib"),
    "json": (csl_file, "application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
}
PREFETCH = ("authors__person", "organisation_roles__organisation", "languages")


def citation_response(citations, fmt, filename):
    render, content_type, extension = FORMATS[fmt]
    response = HttpResponse(render(citations), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    return response


class PublicationCitationView(View):
    """One publication's citation file (staff may cite drafts they preview)."""

    format = "ris"

    def get(self, request, slug):
        queryset = Publication.objects.visible_to(request.user).prefetch_related(*PREFETCH)
        publication = get_object_or_404(queryset, slug=slug)
        return citation_response([Citation(publication, request)], self.format, publication.slug)


class ListCitationView(View):
    """The citations of a whole filtered publication listing (same query string as the browse page)."""

    format = "ris"

    def get(self, request):
        query = PUBLICATIONS.query(request.GET, request=request)
        publications = query.records(Publication.objects.published().prefetch_related(*PREFETCH))
        response = citation_response([Citation(p, request) for p in publications], self.format, "publications")
        return query.announce(response)
