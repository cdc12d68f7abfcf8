"""Disjunctive facet counting from one match set.

For a facet f, its counts are taken over the records that satisfy every *other* facet's selection
(OR within f, AND across facets), so a visitor sees what widening f would add. The base set (search
text, year range) is read once per facet as (record, value) pairs; everything else is set algebra.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field


@dataclass
class FacetCounts:
    facet: object
    selected: list
    counts: Counter = field(default_factory=Counter)
    labels: dict = field(default_factory=dict)
    unknown: list = field(default_factory=list)
    # How many records the listing would have without this facet's selection.
    total_without: int = 0


@dataclass
class CountResult:
    matching: set
    facets: list


def count(base, facets, selections):
    """`base`: the queryset every facet counts within; `selections`: facet name -> selected values."""
    all_ids = set(base.values_list("pk", flat=True))
    per_facet = []
    for facet in facets:
        values_of = defaultdict(set)
        labels = {}
        for pk, value, label in facet.pairs(base):
            if value is None or value == "":
                continue
            value = str(value)
            values_of[pk].add(value)
            labels.setdefault(value, str(label) if label is not None else value)
        selected = selections.get(facet.name) or []
        if selected:
            wanted = set(selected)
            matching = {pk for pk, values in values_of.items() if values & wanted}
        else:
            matching = all_ids
        per_facet.append((facet, selected, values_of, labels, matching))

    matching_all = set(all_ids)
    for *_, matching in per_facet:
        matching_all &= matching

    results = []
    for index, (facet, selected, values_of, labels, _) in enumerate(per_facet):
        others = set(all_ids)
        for other_index, (*_, matching) in enumerate(per_facet):
            if other_index != index:
                others &= matching
        counts = Counter()
        for pk in others:
            counts.update(values_of.get(pk, ()))
        unknown = []
        missing = [v for v in selected if v not in labels]
        if missing:  # selected, but no record here carries it: does it exist at all?
            described = facet.describe(missing)
            labels.update(described)
            unknown = sorted(set(missing) - set(described))
        results.append(FacetCounts(facet, selected, counts, labels, unknown, len(others)))
    return CountResult(matching_all, results)
