"""The FilterSet base: how a content type's query string is read (page, facets, feeds, exports, API).

Query-string contract: `q`, one repeatable parameter per facet (OR within, AND across), `year_from`,
`year_to`, `sort`, `page`. Odd input never raises: values are cleaned, unknown ones reported.

A FilterSet here parses and declares; it does not match. The records of a query come from the one
engine (`engine.Query`, on the facet index), so no surface can narrow by a second rule of its own.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
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


@extend_schema_field({"type": "string", "maxLength": MAX_QUERY_LENGTH})
class SearchFilter(django_filters.CharFilter):
    field_class = SearchTextField


class FacetedFilterSet(django_filters.FilterSet):
    """Subclasses declare FacetFilters, `sort_orders` and how a year range applies."""

    q = SearchFilter(label=pgettext_lazy("search box", "Search"))
    year_from = django_filters.NumberFilter(label=_("From year"), min_value=1000, max_value=9999)
    year_to = django_filters.NumberFilter(label=_("To year"), min_value=1000, max_value=9999)
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        empty_label=None,
        choices=[
            ("relevance", _("Relevance")),
            ("newest", _("Newest first")),
            ("oldest", _("Oldest first")),
            ("title", _("Title A–Z")),
        ],
    )

    # sort key -> order_by() arguments; "relevance" is the search rank when there is a query.
    sort_orders = {"title": ["title"]}
    # The order selections are phrased in the heading: what, then where, then who ("on gold in Ghana").
    heading_order = None
    # The facet a year range is read through: `year_from=2015&year_to=2017` is 2015, 2016 and 2017
    # ticked in it (active in, for interventions), so the range and the facet give one answer.
    year_facet = "year"

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

    def default_sort(self):
        return "relevance" if self.cleaned().get("q") else "newest"

    def active_sort(self):
        sort = self.cleaned().get("sort")
        if sort == "relevance" and not self.cleaned().get("q"):
            sort = None
        return sort or self.default_sort()

    @property
    def qs(self):
        raise TypeError(
            "A FilterSet here only reads a query string: take its records from catalog.browse.engine.Query, "
            "the one engine every surface shares."
        )
