"""Disjunctive facet counting from one match set, on the bitmaps of the facet index.

For a facet f, its counts are taken over the records that satisfy every *other* facet's selection
(OR within f, AND across facets), so a visitor sees what widening f would add. The universe is the
published records, narrowed by the base filters (search text, year range) when there are any:
that takes one query; everything else is bitmap algebra in memory.
"""

from collections import Counter
from dataclasses import dataclass, field

from pyroaring import BitMap

from ..timing import timed
from .facet_index import facet_index
from .ranking import matches


@dataclass
class FacetCounts:
    facet: object
    selected: list
    counts: Counter = field(default_factory=Counter)
    labels: dict = field(default_factory=dict)
    unknown: list = field(default_factory=list)
    # How many records the listing would have without this facet's selection.
    total_without: int = 0
    # A numbered vocabulary's numbers ({value: number}): areas of work are listed by them.
    numbers: dict = field(default_factory=dict)
    # Each value's count among all published records of the type (the unfiltered page's counts):
    # equal counts keep this order, so a tick elsewhere does not reshuffle them.
    totals: dict = field(default_factory=dict)
    # The year facet only: how many of the records counted carry a year at all (a timeline's total).
    covered: int | None = None


@dataclass
class CountResult:
    matching: BitMap
    facets: list
    index: object = None


def count(filterset, *, whole=True, counts=True):
    """Match and count `filterset`'s facets. `whole`: its queryset is all published records of the
    type; otherwise (a digest's period, say) the records of the queryset are read first. Without
    `counts` only the matching records are found (a feed or an export shows no facets)."""
    with timed("facets"):
        return _count(filterset, whole, counts)


def _count(filterset, whole, with_counts):
    index = facet_index(filterset)
    universe, narrowed = _universe(filterset, index, whole)
    selections = filterset.selections()

    per_facet = []
    for facet in filterset.facets:
        values = index.values[facet.name]
        bitmaps = values.bitmaps()
        selected = selections.get(facet.name) or []
        matching = None  # None: every record of the universe
        if selected:
            matching = BitMap.union(BitMap(), *(bitmaps[v] for v in selected if v in bitmaps)) & universe
        per_facet.append((facet, selected, values, bitmaps, matching))

    matching_all = universe
    for *_, matching in per_facet:
        if matching is not None:
            matching_all = matching_all & matching

    results = []
    for position, (facet, selected, values, bitmaps, _) in enumerate(per_facet):
        others = universe
        constrained = narrowed
        for other_position, (*_, matching) in enumerate(per_facet):
            if other_position != position and matching is not None:
                others = others & matching
                constrained = True
        if not with_counts:
            counts = Counter()
        elif not constrained and values.totals is not None:
            counts = Counter(values.totals)  # the unfiltered page: counted when the index was built
        else:
            counts = Counter()
            for value, bitmap in bitmaps.items():
                hits = others.intersection_cardinality(bitmap)
                if hits:
                    counts[value] = hits
        # Without counts only the chosen values are named (in headings); naming every value of every
        # facet in the language would cost a feed, an export or an alert more than matching does.
        named = values.labels if with_counts else {v: values.labels[v] for v in selected if v in values.labels}
        labels, numbers = facet.localize(dict(named)), values.numbers
        unknown = []
        missing = [v for v in selected if v not in labels]
        if missing:  # selected, but no published record carries it: does it exist at all?
            described, described_numbers = facet.describe_numbered(missing)
            described = facet.localize(described)
            labels.update(described)
            numbers = {**numbers, **described_numbers}
            unknown = sorted(set(missing) - set(described))
        covered = None
        if with_counts and facet.name == filterset.year_facet and hasattr(values, "any"):
            covered = others.intersection_cardinality(values.any())
        totals = values.totals if values.totals is not None else {}
        results.append(FacetCounts(facet, selected, counts, labels, unknown, len(others), numbers, totals, covered))
    return CountResult(matching_all, results, index)


def _universe(filterset, index, whole):
    """The published records the facets are counted in, and whether that is fewer than all of them:
    the search text's matches come ranked from memory; other base filters take one query."""
    data = filterset.cleaned()
    universe, narrowed = index.all, False
    if data.get("q"):
        universe = universe & matches(index, data["q"])
        narrowed = True
    years = _year_range(filterset, index, data.get("year_from"), data.get("year_to"))
    if years is not None:
        universe = universe & years
        narrowed = True
    if not whole:
        universe = universe & BitMap(filterset.queryset.values_list("pk", flat=True))
        narrowed = True
    return universe, narrowed


def _year_range(filterset, index, low, high):
    """The records of the year facet's years from `low` to `high` (either may be open): a year range
    means exactly the years one would tick in that facet, so the two can never disagree."""
    if low is None and high is None:
        return None
    low, high = int(low) if low is not None else 0, int(high) if high is not None else 10_000
    bitmaps = index.values[filterset.year_facet].bitmaps()
    within = [ids for year, ids in bitmaps.items() if low <= int(year) <= high]
    return BitMap.union(BitMap(), *within)
