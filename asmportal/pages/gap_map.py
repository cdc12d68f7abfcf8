"""The gap map: the nine areas of work × countries (or minerals), counting published interventions.

It answers "who works on what, where, and where is nobody?". Every cell is counted on the facet
index's bitmaps from the same filters as the interventions browse page, so a cell's number is
exactly what its link to that page lists: the cell's area and country (or mineral) replace any
chosen for those two facets, and every other filter stays.
"""

import csv
from dataclasses import dataclass

from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View

from catalog.browse.exports import csv_cell
from catalog.browse.listing import Listing, query_url
from catalog.models import AreaOfWork, Mineral
from interventions.filters import InterventionFilterSet
from interventions.models import Intervention

COLUMN_KINDS = {"country": _("Countries"), "mineral": _("Minerals")}
# Shade steps by count; the number is always printed too, so colour is never the only signal.
LEVELS = [(1, 1), (2, 2), (4, 3), (8, 4)]


@dataclass
class Cell:
    count: int
    url: str

    @property
    def level(self):
        shade = 0
        for floor, step in LEVELS:
            if self.count >= floor:
                shade = step
        return shade


@dataclass
class Row:
    value: str
    label: str
    number: int
    cells: list
    total: int
    url: str

    @property
    def gaps(self):
        return sum(1 for cell in self.cells if not cell.count)


@dataclass
class Column:
    value: str
    label: str
    total: int
    url: str


class GapMap:
    def __init__(self, request, by="country"):
        self.by = by if by in COLUMN_KINDS else "country"
        browse = reverse("interventions:list")
        # The page as asked (its facet sidebar shows every filter), and the same filters without this
        # map's two axes: the cells are counted in that set, one bitmap intersection each.
        self.listing = Listing(
            request, InterventionFilterSet, Intervention.objects.published(), path=reverse("gap-map"), whole=True
        )
        params = self.listing.params.copy()
        params.pop("by", None)
        chosen_areas = params.getlist("area")
        chosen_columns = params.getlist(self.by)
        for name in ("area", self.by, "page", "sort"):
            params.pop(name, None)
        base = Listing(
            request, InterventionFilterSet, Intervention.objects.published(), path=browse, params=params, whole=True
        )
        index, matching = base.index, base.matching
        areas = index.values["area"].bitmaps()
        columns = index.values[self.by].bitmaps()

        def browse_url(**axes):
            cell = params.copy()
            for name, value in axes.items():
                cell.setlist(name, [value])
            return query_url(browse, cell)

        column_labels = dict(index.values[self.by].labels)
        if self.by == "mineral":  # a mineral nobody works on is a gap too: list them all
            column_labels.update(Mineral.objects.values_list("slug", "name"))
        column_facet = next(f for f in base.filterset.facets if f.name == self.by)
        column_labels = column_facet.localize(column_labels)
        totals = {
            value: matching.intersection_cardinality(columns[value]) if value in columns else 0
            for value in column_labels
        }
        wanted = set(chosen_columns) & set(column_labels)
        shown = [v for v in column_labels if (v in wanted if wanted else (totals[v] or self.by == "mineral"))]
        shown.sort(key=lambda v: (-totals[v], column_labels[v].casefold()))
        self.columns = [Column(v, column_labels[v], totals[v], browse_url(**{self.by: v})) for v in shown]

        self.rows = []
        for area in AreaOfWork.objects.order_by("number"):
            if chosen_areas and area.slug not in chosen_areas:
                continue
            in_area = matching & areas[area.slug] if area.slug in areas else matching & type(matching)()
            cells = [
                Cell(
                    in_area.intersection_cardinality(columns[c.value]) if c.value in columns else 0,
                    browse_url(area=area.slug, **{self.by: c.value}),
                )
                for c in self.columns
            ]
            self.rows.append(
                Row(area.slug, area.localized_name, area.number, cells, len(in_area), browse_url(area=area.slug))
            )
        self.total = len(matching)
        self.browse_url = query_url(browse, params)
        self.gaps = sum(row.gaps for row in self.rows)
        self.cells = len(self.rows) * len(self.columns)

    def switch_url(self, by):
        params = self.listing.requested.copy()
        params["by"] = by
        return query_url(reverse("gap-map"), params)

    def csv_url(self):
        return query_url(reverse("gap-map-csv"), self.listing.requested)


class GapMapView(TemplateView):
    template_name = "gap_map.html"

    def get_context_data(self, **kwargs):
        gap_map = GapMap(self.request, self.request.GET.get("by", "country"))
        return {
            **super().get_context_data(**kwargs),
            "map": gap_map,
            "listing": gap_map.listing,
            "column_kind": COLUMN_KINDS[gap_map.by],
            "by_country_url": gap_map.switch_url("country"),
            "by_mineral_url": gap_map.switch_url("mineral"),
        }


class GapMapCsvView(View):
    def get(self, request):
        gap_map = GapMap(request, request.GET.get("by", "country"))
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="asm-gap-map-by-{gap_map.by}.csv"'
        writer = csv.writer(response)
        writer.writerow(
            [
                gettext("Area of work"),
                *(csv_cell(c.label) for c in gap_map.columns),
                gettext("Interventions in the area"),
            ]
        )
        for row in gap_map.rows:
            writer.writerow([csv_cell(f"{row.number}. {row.label}"), *(c.count for c in row.cells), row.total])
        writer.writerow([gettext("Interventions in the column"), *(c.total for c in gap_map.columns), gap_map.total])
        return response
