"""The API's list filtering: the one engine the browse pages use, so `?country=GH` is one answer."""

from django_filters.rest_framework import DjangoFilterBackend

from catalog.browse.engine import Query
from catalog.browse.listing import IndexedResults


class EngineFilterBackend(DjangoFilterBackend):
    """Lists take their records from `catalog.browse.engine.Query`, in the browse page's order.

    What the page would ignore (a value that names nothing, a year that is not one) is ignored here
    too, and said in the response's `warnings`. It is a subclass of django-filter's backend only so
    that the OpenAPI document keeps describing each filter parameter from the FilterSet."""

    def filter_queryset(self, request, queryset, view):
        if getattr(view, "action", None) != "list":
            return queryset  # a record by its slug: the query string does not hide it
        query = Query(view.filterset_class, request.query_params, request=request)
        request.catalog_query = query
        return IndexedResults(query, queryset)
