"""The one FilterSet for figures: the API and the CSV export take the same query string."""

import django_filters
from django.utils.translation import gettext_lazy as _

from .models import Figure, Measure, Scope


class FigureFilterSet(django_filters.FilterSet):
    measure = django_filters.MultipleChoiceFilter(choices=Measure.choices, label=_("What is counted"))
    scope = django_filters.MultipleChoiceFilter(choices=Scope.choices, label=_("Scope"))
    country = django_filters.CharFilter(field_name="country__iso2", lookup_expr="iexact", label=_("Country"))
    mineral = django_filters.CharFilter(field_name="mineral__slug", label=_("Mineral"))
    event = django_filters.CharFilter(field_name="event__slug", label=_("Event"))
    intervention = django_filters.CharFilter(field_name="intervention__slug", label=_("Intervention"))
    publication = django_filters.CharFilter(field_name="source_publication__slug", label=_("Source publication"))
    year_from = django_filters.NumberFilter(field_name="year_to", lookup_expr="gte", label=_("From year"))
    year_to = django_filters.NumberFilter(field_name="year_from", lookup_expr="lte", label=_("To year"))

    class Meta:
        model = Figure
        fields = []


def public_figures(params):
    """The published figures a query string asks for, with whether sources disagree on each; a
    query string that does not validate asks for nothing (never an error)."""
    queryset = Figure.objects.published().with_disagreement().for_display()
    filterset = FigureFilterSet(params, queryset=queryset)
    return filterset.qs if filterset.is_valid() else queryset.none()
