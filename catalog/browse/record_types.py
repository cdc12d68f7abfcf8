"""A content type, declared once: what every surface of it (page, facets.json, feed, calendar,
exports, API list, digest section, profile sections) is built from.

Each app declares one `RecordType` in its `record_type.py`: its model, its FilterSet (the facets,
each declared once), its noun, its URL namespace, its export columns and how a result row looks.
Adding a facet is an edit to the FilterSet; adding a column, an edit to the app's `columns.py`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse

from ..models.versions import current_token
from .engine import Query
from .facet_index import facet_index, index_key


@dataclass(frozen=True)
class Export:
    """The CSV and JSON columns: `fields` read as values, `related` lists per record, and
    `columns(request)` (a request, for absolute links) the labelled columns in order."""

    fields: tuple
    related: dict
    columns: Callable


@dataclass(frozen=True)
class RecordType:
    model: type
    filterset_class: type
    noun: str  # "Publications": headings, feed titles, file names
    namespace: str  # the URL namespace: "publications:list", "publications:feed"...
    export: Export
    rows_template: str  # renders a page of results on the browse page
    listing_prefetch: tuple = ()  # only what a result row shows
    timeline_title: str = ""  # default: "<noun> per year"
    # A count of records in words, e.g. `lambda n: ngettext("%(count)d publication", "%(count)d
    # publications", n) % {"count": n}`: the charts' sentences. Default: the noun, as English.
    counted: Callable | None = None
    # Whether what is listed changes with the clock as well as with the data (upcoming / past).
    changes_with_time: bool = False
    calendar: bool = False  # whether the type has an iCalendar subscription (`<namespace>:calendar`)
    # More formats of the listing than feed, CSV and JSON: (label, URL name in the namespace) each.
    formats: tuple = ()

    def url_name(self, name):
        return f"{self.namespace}:{name}"

    @property
    def browse_url_name(self):
        return self.url_name("list")

    def browse_path(self):
        return reverse(self.browse_url_name)

    def query(self, params, **kwargs):
        """This type's records for a query string, from the one engine."""
        return Query(self.filterset_class, params, **kwargs)

    def index(self):
        return facet_index(self.filterset_class)

    def state(self):
        """What this type's browse region and facets depend on: its version, the vocabularies', the
        year and, for a type that changes with time, how many records have passed their moment.
        Read without the index where it can be: a cached page must not wait for an index build."""
        return self.index().state() if self.changes_with_time else index_key(self.model)

    @property
    def clock(self):
        """What a cached answer (a detail page, a feed, the calendar, the API) depends on for a type
        that changes with time, or None for the default (every scope's version and the year): every
        scope's version, as an event's page names its intervention and publications, and the
        facet index's state, which includes how many records have passed their moment."""
        if not self.changes_with_time:
            return None
        return lambda: (current_token(), *self.index().state())

    @property
    def passed(self):
        """When an answer last changed without a write (an event became past), or None."""
        return (lambda: self.index().last_passed()) if self.changes_with_time else None
