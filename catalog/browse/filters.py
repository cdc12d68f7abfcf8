"""The FilterSet base every listing of a content type is driven by (page, facets, feeds, exports, API).

Query-string contract: `q`, one repeatable parameter per facet (OR within, AND across), `year_from`,
`year_to`, `sort`, `page`. Odd input never raises: values are cleaned, unknown ones reported.
"""

import django_filters
from django import forms
from drf_spectacular.utils import extend_schema_field

from ..text import one_line
from .facets import Facet

MAX_VALUES_PER_FACET = 50
MAX_VALUE_LENGTH = 100
MAX_QUERY_LENGTH = 300


def clean_text(value, limit):
    # The stored-text rule, on one line: NUL cannot reach the database (PostgreSQL refuses it), and a
    # line break or non-character cannot reach a heading, a feed title or a calendar name.
    return one_line(str(value))[:limit]


class FacetValuesField(forms.Field):
    """Any number of identifiers; cleaned, de-duplicated and bounded, never invalid."""

    widget = forms.SelectMultiple

    def to_python(self, value):
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        cleaned = []
        for item in value:
            item = clean_text(item, MAX_VALUE_LENGTH)
            if item and item not in cleaned:
                cleaned.append(item)
        return cleaned[:MAX_VALUES_PER_FACET]

    def validate(self, value):
        pass


class SearchTextField(forms.CharField):
    def to_python(self, value):
        return clean_text(value or "", MAX_QUERY_LENGTH)


@extend_schema_field({"type": "array", "items": {"type": "string"}})  # repeatable: ?country=GH&country=KE
class FacetFilter(django_filters.Filter):
    field_class = FacetValuesField

    def __init__(self, facet: Facet, **kwargs):
        self.facet = facet
        super().__init__(label=facet.label, **kwargs)

    def filter(self, qs, value):
        return self.facet.narrow(qs, value) if value else qs


@extend_schema_field({"type": "string", "maxLength": MAX_QUERY_LENGTH})
class SearchFilter(django_filters.CharFilter):
    field_class = SearchTextField

    def filter(self, qs, value):
        return qs.search(value) if value else qs


class FacetedFilterSet(django_filters.FilterSet):
    """Subclasses declare FacetFilters, `sort_orders` and how a year range applies."""

    q = SearchFilter(label="Search")
    year_from = django_filters.NumberFilter(label="From year", method="filter_years", min_value=1000, max_value=9999)
    year_to = django_filters.NumberFilter(label="To year", method="filter_years", min_value=1000, max_value=9999)
    sort = django_filters.ChoiceFilter(
        label="Sort by",
        method="filter_sort",
        empty_label=None,
        choices=[
            ("relevance", "Relevance"),
            ("newest", "Newest first"),
            ("oldest", "Oldest first"),
            ("title", "Title A–Z"),
        ],
    )

    # sort key -> order_by() arguments; "relevance" is the search rank when there is a query.
    sort_orders = {"title": ["title"]}
    # The order selections are phrased in the heading: what, then where, then who ("on gold in Ghana").
    heading_order = None
    # Filters that narrow the base set within which facets are counted.
    base_filters_names = ("q", "year_from", "year_to")

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        for name, filter_ in self.filters.items():
            if isinstance(filter_, FacetFilter):
                filter_.facet.name = name
                filter_.facet.model = self._meta.model

    @property
    def facets(self):
        return [f.facet for f in self.filters.values() if isinstance(f, FacetFilter)]

    def cleaned(self):
        self.is_valid()  # runs validation; invalid fields are simply absent from cleaned_data
        return self.form.cleaned_data

    def selections(self):
        data = self.cleaned()
        return {facet.name: data.get(facet.name) or [] for facet in self.facets}

    def base_queryset(self):
        """The queryset narrowed by everything except the facets: the set facets are counted in."""
        qs = self.queryset
        data = self.cleaned()
        for name in self.base_filters_names:
            if data.get(name) not in (None, "", []):
                qs = self.filters[name].filter(qs, data[name])
        return qs

    def default_sort(self):
        return "relevance" if self.cleaned().get("q") else "newest"

    def active_sort(self):
        sort = self.cleaned().get("sort")
        if sort == "relevance" and not self.cleaned().get("q"):
            sort = None
        return sort or self.default_sort()

    def filter_sort(self, qs, name, value):
        return qs  # ordering is applied once, after every filter, in `qs`

    @property
    def qs(self):
        if not hasattr(self, "_sorted_qs"):
            qs = super().qs
            sort = self.active_sort()
            if sort == "relevance":
                qs = qs.order_by_relevance()
            else:
                qs = qs.order_by(*self.sort_orders.get(sort, self.sort_orders["newest"]), "pk")
            self._sorted_qs = qs
        return self._sorted_qs

    # The date field a year range applies to; subclasses with other semantics override narrow_years.
    year_field = None

    def filter_years(self, qs, name, value):
        year = int(value)
        return self.narrow_years(qs, year, None) if name == "year_from" else self.narrow_years(qs, None, year)

    def narrow_years(self, qs, year_from, year_to):
        """Each bound narrows on its own, so the two compose with AND."""
        if year_from is not None:
            qs = qs.filter(**{f"{self.year_field}__year__gte": year_from})
        if year_to is not None:
            qs = qs.filter(**{f"{self.year_field}__year__lte": year_to})
        return qs
