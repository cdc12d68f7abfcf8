"""One browse page (or facets.json, or a digest section): the engine's query, with facet counts,
chips, a heading and a page of results."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.translation import gettext

from .. import search
from .engine import Query, describe

PER_PAGE = 20
MAX_FACET_VALUES = 60


class KnownCountPaginator(Paginator):
    """The facet engine already knows how many records match: don't ask the database again."""

    def __init__(self, object_list, per_page, *, count, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


class IndexedResults:
    """A query's matching records in its order; slicing fetches only that slice, by primary key."""

    def __init__(self, query, queryset):
        self.query, self.queryset = query, queryset

    def __len__(self):
        return self.query.total

    def __getitem__(self, window):
        start = window.start or 0
        ids = self.query.window(start, window.stop - start).tolist()
        records = {record.pk: record for record in self.queryset.filter(pk__in=ids)}
        return [records[pk] for pk in ids if pk in records]


def query_url(path, params, *, add=None, remove=None, drop=()):
    """`path` with `params` (a QueryDict) changed: add/remove one (name, value); drop whole names.

    Changing a filter always drops `page`: the old page number means nothing in the new list.
    """
    params = params.copy()
    for name in (*drop, "page"):
        params.pop(name, None)
    if add:
        name, value = add
        if value not in params.getlist(name):
            params.appendlist(name, value)
    if remove:
        name, value = remove
        params.setlist(name, [v for v in params.getlist(name) if v != value])
    encoded = params.urlencode()
    return f"{path}?{encoded}" if encoded else path


class AddingUrls:
    """`query_url(path, params, add=(name, value))` for every value of one facet, without
    re-encoding the whole query string for each (a facet may list dozens of values)."""

    def __init__(self, path, params, name):
        self.path, self.name = path, name
        params = params.copy()
        params.pop("page", None)
        self.present = set(params.getlist(name))
        head, tail, seen = [], [], False
        for key, values in params.lists():
            encoded = [urlencode({key: value}) for value in values]
            if key == name:
                seen = True
                head.extend(encoded)  # a new value joins the ones already chosen for this name
            else:
                (tail if seen else head).extend(encoded)
        self.head, self.tail = "&".join(head), "&".join(tail)
        self.unchanged = query_url(path, params)

    def __call__(self, value):
        if value in self.present:
            return self.unchanged
        parts = [part for part in (self.head, urlencode({self.name: value}), self.tail) if part]
        return f"{self.path}?{'&'.join(parts)}"


def in_order(fc, candidates):
    """A facet's values, [(value, label, count, selected)], in the order every surface lists them
    (the page's checkboxes, its chips and heading, facets.json, the digest builder, the charts).

    The order is stable: a numbered vocabulary (areas of work) goes by its numbers, 1 to 9, wherever
    its counts stand; years go newest first; any other facet puts its selected values first, then
    the most records first, equal counts in the catalogue's own order (the unfiltered page's counts)
    and then by name, so ticking a value elsewhere never swaps two values it left equal."""
    order = fc.facet.order
    if order == "value-desc":
        return sorted(candidates, key=lambda c: c[0], reverse=True)
    if order == "number":
        numbers = fc.numbers
        return sorted(candidates, key=lambda c: (numbers.get(c[0], 1_000_000), c[1].casefold(), c[0]))
    return sorted(candidates, key=_by_count(fc))


def _by_count(fc):
    totals = fc.totals
    return lambda c: (not c[3], -c[2], -totals.get(c[0], 0), c[1].casefold(), c[0])


class FacetValue:
    """One value of a facet. Its toggle URL is built on demand: the page's checkboxes are a form
    and need none; only chips and the JSON do."""

    __slots__ = ("_toggle", "count", "label", "selected", "value")

    def __init__(self, value, label, count, selected, toggle):
        self.value, self.label, self.count, self.selected, self._toggle = value, label, count, selected, toggle

    @property
    def toggle_url(self):
        return self._toggle(self.value)


@dataclass
class FacetGroup:
    name: str
    label: str
    values: list
    show: int
    total_without: int
    hidden: int = 0  # values with records that are not listed (beyond MAX_FACET_VALUES)
    facet: object = None
    # The year facet: how many of the records counted carry a year (what a timeline draws).
    covered: int | None = None

    @property
    def top(self):
        return self.values[: self.show]

    @property
    def more(self):
        return self.values[self.show :]

    @property
    def selected(self):
        return [v for v in self.values if v.selected]

    @property
    def more_selected(self):
        return any(v.selected for v in self.more)


@dataclass
class Chip:
    label: str
    remove_url: str


class Listing:
    def __init__(self, request, filterset_class, queryset, *, path=None, per_page=PER_PAGE, params=None, whole=False):
        """`params` stands in for the request's query string when one page holds several listings;
        `whole` says `queryset` is every published record of the type (the browse pages)."""
        self.request = request
        self.path = path or request.path
        self.query = Query(
            filterset_class,
            request.GET if params is None else params,
            queryset=None if whole else queryset,
            request=request,
            counts=True,
        )
        self.filterset, self.params, self.requested = self.query.filterset, self.query.params, self.query.requested
        self.warnings = self.query.warnings
        self.data = self.filterset.cleaned()
        if self.params.get("sort") != self.filterset.active_sort():
            # Show the order actually applied (newest without a query, relevance with one).
            self.filterset.form.data = self.filterset.form.data.copy()
            self.filterset.form.data["sort"] = self.filterset.active_sort()
        result = self.query.result
        self.total = self.query.total
        self.matching, self.index = result.matching, result.index
        self._counted = {fc.facet.name: fc for fc in result.facets}
        self.per_page = per_page

    @cached_property
    def facets(self):
        """Every facet's values with counts, in display order. Built only when shown: a new page of
        a listing whose facets are already cached renders none of them."""
        return [self.group(name) for name in self._counted]

    def group(self, name):
        """One facet's values with counts (None if the type has no such facet)."""
        groups = self.__dict__.setdefault("_groups", {})
        if name not in groups:
            groups[name] = self._group(self._counted[name]) if name in self._counted else None
        return groups[name]

    def _selected(self, fc):
        """(value, label) of a facet's selected values, in the order its group lists them: the
        plain label (headings phrase it), and the label shown (chips): "1. Area-based work"."""
        chosen = [
            (value, fc.labels[value], fc.counts.get(value, 0), True) for value in fc.selected if value in fc.labels
        ]
        return [(value, label) for value, label, _, _ in in_order(fc, chosen)]

    def _group(self, fc):
        selected = set(fc.selected)
        candidates = [
            (value, label, fc.counts.get(value, 0), value in selected)
            for value, label in fc.labels.items()
            if value in selected or fc.counts.get(value)
        ]
        found = len(candidates)
        if found > MAX_FACET_VALUES and fc.facet.order != "value-desc":
            # A facet with thousands of values (organisations) lists those with most records; the
            # rest are reached by searching. Selected values always stay listed.
            kept = {c[0] for c in sorted(candidates, key=_by_count(fc))[:MAX_FACET_VALUES]} | selected
            candidates = [c for c in candidates if c[0] in kept]
        shown = in_order(fc, candidates)
        if fc.facet.order == "value-desc":
            shown = shown[:MAX_FACET_VALUES]  # the newest years
        hidden = found - len(shown)  # values with records that are not listed
        adding = AddingUrls(self.path, self.params, fc.facet.name)
        name, path, params = fc.facet.name, self.path, self.params

        def removing(value):
            return query_url(path, params, remove=(name, value))

        display, numbers = fc.facet.display, fc.numbers
        values = [
            FacetValue(
                value, display(label, numbers.get(value)), hits, is_selected, removing if is_selected else adding
            )
            for value, label, hits, is_selected in shown
        ]
        return FacetGroup(
            fc.facet.name, fc.facet.label, values, fc.facet.show, fc.total_without, hidden, fc.facet, fc.covered
        )

    def page(self, prefetch=()):
        """This page of results, with `prefetch`ed relations and, for a text query, snippets."""
        # The index already knows which records match and in what order (the search ranking, or a
        # sort order): cut this page from that order, then fetch just its records by primary key.
        fetch = self.query.queryset
        if self.data.get("q"):
            fetch = fetch.highlighting(self.data["q"])
        records = IndexedResults(self.query, fetch.prefetch_related(*prefetch))
        paginator = KnownCountPaginator(records, self.per_page, count=self.total)
        return paginator.get_page(self.params.get("page"))

    @cached_property
    def canonical_url(self):
        """This listing's address without empty fields or the default sort (what a plain form sends)."""
        params = QueryDict(mutable=True)
        for name, values in self.requested.lists():
            values = [v for v in values if v]
            if name == "sort" and values == [self.filterset.default_sort()]:
                continue
            if name == "page" and values == ["1"]:
                continue
            if values:
                params.setlist(name, values)
        encoded = params.urlencode()
        return f"{self.path}?{encoded}" if encoded else self.path

    @property
    def matched_url(self):
        """This listing's address with the query as matched: what links to it from elsewhere carry."""
        query = self.query.query_string
        return f"{self.path}?{query}" if query else self.path

    @cached_property
    def chips(self):
        chips = []
        if self.data.get("q"):
            # Translators: a chip showing the search text; removing it drops the search.
            text = gettext("“%(text)s”") % {"text": self.data["q"]}
            chips.append(Chip(text, query_url(self.path, self.params, drop=["q"])))
        for name, fc in self._counted.items():
            for value, label in self._selected(fc):
                label = fc.facet.display(label, fc.numbers.get(value))
                # Translators: a chip showing a chosen filter: the facet's name and the value, e.g. "Country: Ghana".
                text = gettext("%(facet)s: %(value)s") % {"facet": fc.facet.label, "value": label}
                chips.append(Chip(text, query_url(self.path, self.params, remove=(name, value))))
        years = [
            # Translators: a chip for the first year of a chosen range, e.g. "From 2015".
            ("year_from", gettext("From %(year)d")),
            # Translators: a chip for the last year of a chosen range, e.g. "To 2020".
            ("year_to", gettext("To %(year)d")),
        ]
        for name, label in years:
            if self.data.get(name) is not None:
                text = label % {"year": int(self.data[name])}
                chips.append(Chip(text, query_url(self.path, self.params, drop=[name])))
        return chips

    @cached_property
    def clear_url(self):
        sort = self.params.get("sort")
        return (
            f"{self.path}?sort={sort}" if sort in dict(self.filterset.filters["sort"].extra["choices"]) else self.path
        )

    def widening(self):
        """For an empty result: each selection, what removing it would give, most first."""
        options = []
        for group in self.facets:
            if group.selected and group.total_without:
                url = query_url(self.path, self.params, drop=[group.name])
                options.append((group.label, group.total_without, url))
        if self.data.get("q"):
            # Translators: what a visitor may remove to find more records, beside the names of facets.
            options.append((gettext("the search text"), None, query_url(self.path, self.params, drop=["q"])))
        return sorted(options, key=lambda o: -(o[1] or 0))

    @cached_property
    def did_you_mean(self):
        """(suggested text, its URL) when a search found nothing but a near-miss spelling would."""
        text = self.data.get("q")
        if not text or self.total:
            return None
        model = self.filterset._meta.model
        suggestion = search.suggest(model, text)
        if suggestion and model.objects.published().search(suggestion).exists():
            params = self.params.copy()
            params["q"] = suggestion
            return suggestion, query_url(self.path, params)
        return None

    def describe(self, noun):
        """The heading: "Publications on gold in Ghana, 2018–2020"."""
        labels = {name: self._selected(fc) for name, fc in self._counted.items()}
        return describe(noun, self.filterset, labels)

    def as_json(self):
        absolute = self.request.build_absolute_uri
        return {
            "total": self.total,
            # The query as matched (values that name nothing dropped), and what was ignored.
            "query": self.query.query_string,
            "warnings": self.warnings,
            "facets": [
                {
                    "name": group.name,
                    "label": group.label,
                    "values": [
                        {
                            "value": v.value,
                            "label": v.label,
                            "count": v.count,
                            "selected": v.selected,
                            "toggle_url": absolute(v.toggle_url),
                        }
                        for v in group.values
                    ],
                }
                for group in self.facets
            ],
        }
