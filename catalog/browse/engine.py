"""The one engine behind every surface of a content type: a query string, cleaned once, and the
records it matches.

A `Query` cleans a query string against the type's FilterSet: the values it recognises, the ones
it does not (reported as warnings and dropped, never matched against), and the canonical query
string. Its records come from the facet index's bitmaps (`counting.py`), in the order of the
active sort. The browse page, facets.json, the feed, the calendar, the exports, the citation
lists, the API, the digest builder, the gap map and the profile pages all read them from here,
so one query string means the same records everywhere.
"""

from django.http import QueryDict
from django.utils.functional import cached_property

from . import grammar
from .counting import count
from .filters import MAX_QUERY_LENGTH, MAX_VALUES_PER_FACET, clean_text
from .ranking import ranked

# Checked at every surface: a header whose value is the ignored part of the query string.
IGNORED_HEADER = "X-Ignored-Query"
# What a parameter's value must be, for the note when it is not.
MALFORMED = {"year_from": "a year", "year_to": "a year", "sort": "a sort order"}


def sanitised(params):
    """A copy of the query string without control characters or absurd sizes, used for everything
    a surface echoes back (form values, links, titles), so odd input is never reflected as is."""
    clean = QueryDict(mutable=True)
    for name, values in list(params.lists())[:100]:
        name = clean_text(name, 50)
        if name:
            clean.setlist(name, [clean_text(v, MAX_QUERY_LENGTH) for v in values[:MAX_VALUES_PER_FACET]])
    return clean


def describe(noun, filterset, chosen):
    """Phrase a filter state in the active language (catalog.browse.grammar)."""
    return grammar.describe(noun, filterset, chosen)


class Query:
    """`params` cleaned against `filterset_class`, and the published records they match.

    `queryset` narrows the records to a subset of the published ones (a digest's period, the events
    a calendar can place); by default every published record of the type is a candidate. `counts`:
    also count every facet's values (the browse page, facets.json, the digest builder)."""

    def __init__(self, filterset_class, params, *, queryset=None, request=None, counts=False):
        self.counts = counts
        self.filterset_class = filterset_class
        self.model = filterset_class._meta.model
        self.whole = queryset is None
        self.queryset = self.model.objects.published() if queryset is None else queryset
        self.request = request
        self.requested = sanitised(params)  # as asked: the page keeps this address, with its notes
        self.params = self.requested.copy()  # what is matched: the requested values that mean something
        self.warnings, self.ignored = [], QueryDict(mutable=True)
        self.filterset, self.result = self._count()
        self._drop_what_names_nothing()

    def _count(self):
        filterset = self.filterset_class(self.params, queryset=self.queryset, request=self.request)
        return filterset, count(filterset, whole=self.whole, counts=self.counts)

    def _ignore(self, name, value, message):
        self.warnings.append(message)
        self.ignored.appendlist(name, value)
        self.params.setlist(name, [v for v in self.params.getlist(name) if v != value])

    def _drop_what_names_nothing(self):
        changed = False
        for fc in self.result.facets:
            for value in fc.unknown:
                self._ignore(fc.facet.name, value, f"No {fc.facet.label.lower()} is called “{value}”; it was ignored.")
                changed = True
        form = self.filterset.form
        for name in form.errors:
            for value in self.params.getlist(name):
                what = MALFORMED.get(name, name)
                self._ignore(name, value, f"“{value}” is not {what}; it was ignored.")
                changed = True
        data = self.filterset.cleaned()
        low, high = data.get("year_from"), data.get("year_to")
        if low is not None and high is not None and low > high:
            # "2020 to 2015" is read as the range it must mean, on every surface.
            self.params["year_from"], self.params["year_to"] = str(int(high)), str(int(low))
            self.warnings.append(f"The years were the wrong way round; showing {int(high)}–{int(low)}.")
            changed = True
        if changed:
            self.filterset, self.result = self._count()

    # --- what is matched ---------------------------------------------------------------------

    @property
    def data(self):
        return self.filterset.cleaned()

    @property
    def matching(self):
        return self.result.matching

    @property
    def index(self):
        return self.result.index

    @property
    def total(self):
        return len(self.result.matching)

    def active_sort(self):
        return self.filterset.active_sort()

    def ordering(self, sort=None):
        """The `order_by()` of a sort key (default: the active sort); None for search relevance."""
        sort = sort or self.active_sort()
        if sort == "relevance":
            return None
        orders = self.filterset.sort_orders
        return (*orders.get(sort, orders["newest"]), "pk")

    def ordered(self, ordering=None):
        """The records in the active sort's order, or in `ordering` (an order_by() tuple): an
        `Ordering` to cut pages and chunks of the matches from."""
        ordering = ordering or self.ordering()
        if ordering is None:
            return ranked(self.index, self.data["q"], self.matching)
        return self.index.ordered(tuple(ordering))

    def window(self, offset=0, limit=None, ordering=None):
        """The matching ids at positions offset to offset + limit, in order (a numpy array)."""
        return self.ordered(ordering).window(self.matching, offset, limit)

    def ids(self, ordering=None, limit=None):
        """The matching ids, in order; at most `limit` of them."""
        yield from self.window(0, limit, ordering).tolist()

    def id_chunks(self, size, ordering=None, limit=None):
        ids = self.window(0, limit, ordering)
        for start in range(0, len(ids), size):
            yield ids[start : start + size].tolist()

    def records(self, queryset=None, *, ordering=None, limit=None, chunk=500):
        """The matching records of `queryset` (default: the published ones, so a record unpublished
        since the index was built is never served), in order, read `chunk` at a time."""
        queryset = self.queryset if queryset is None else queryset
        for ids in self.id_chunks(chunk, ordering, limit):
            found = queryset.in_bulk(ids)
            yield from (found[pk] for pk in ids if pk in found)

    # --- how it is described -----------------------------------------------------------------

    @cached_property
    def query_string(self):
        """The canonical query string: what is matched, without empty fields, page or default sort.
        Every link the portal makes to another surface of this listing carries it."""
        params = QueryDict(mutable=True)
        for name, values in self.params.lists():
            values = [v for v in values if v]
            if name == "page" or (name == "sort" and values == [self.filterset.default_sort()]):
                continue
            if values:
                params.setlist(name, values)
        return params.urlencode()

    def describe(self, noun):
        """The heading, with labels read from the vocabularies: "Publications on gold in Ghana"."""
        selections = self.filterset.selections()
        labels = {}
        for fc in self.result.facets:
            chosen = selections.get(fc.facet.name) or []
            labels[fc.facet.name] = [(v, fc.labels[v]) for v in chosen if v in fc.labels]
        return describe(noun, self.filterset, labels)

    def announce(self, response):
        """Say on `response` which part of the query string was ignored (machine-readable)."""
        if self.ignored:
            response[IGNORED_HEADER] = self.ignored.urlencode()
        return response
