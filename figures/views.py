"""/figures/export.csv: every published figure (filtered by the query string), with its source."""

import csv
import io

from django.http import StreamingHttpResponse
from django.utils.translation import gettext_lazy as _
from django.views import View

from catalog.browse.exports import csv_cell

from .display import plain
from .filters import public_figures

COLUMNS = [
    (_("What is counted"), lambda f: f.get_measure_display()),
    (_("Measure code"), lambda f: f.measure),
    (_("Value (or lowest)"), lambda f: plain(f.value_low)),
    (_("Highest value"), lambda f: plain(f.value_high)),
    (_("Unit"), lambda f: f.unit),
    (_("Year"), lambda f: f.year_from),
    (_("Until year"), lambda f: f.year_to),
    (_("Scope"), lambda f: f.scope),
    (_("Describes"), lambda f: f.target_label),
    (_("Code"), lambda f: f.region or getattr(f.country, "iso2", "") or getattr(f.target, "slug", "")),
    (_("Source publication"), lambda f: f.source_publication.title if f.source_publication_id else ""),
    (_("Source publication's address"), lambda f: f.source_url),
    (_("Page"), lambda f: f.source_page),
    (_("External source"), lambda f: f.citation),
    (_("External source's address"), lambda f: f.citation_url),
    (_("Curator's note"), lambda f: f.note),
    (_("Sources disagree"), lambda f: f.disagrees),
]


class FigureCsvView(View):
    def get(self, request):
        figures = public_figures(request.GET)
        response = StreamingHttpResponse(self.lines(request, figures), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="asm-figures.csv"'
        response["X-Content-Type-Options"] = "nosniff"
        return response

    @staticmethod
    def lines(request, figures):
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        buffer.write("\ufeff")  # the byte-order mark makes Excel read UTF-8
        writer.writerow([str(label) for label, _ in COLUMNS])
        for figure in figures:
            figure.source_url = (
                request.build_absolute_uri(figure.source_publication.get_absolute_url())
                if figure.source_publication_id
                else ""
            )
            writer.writerow([csv_cell(value(figure)) for _, value in COLUMNS])
        yield buffer.getvalue()
