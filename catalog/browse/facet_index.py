"""An in-process index of facet values as compressed bitmaps, kept current as records change.

For each FilterSet it holds the ids of the published records and, for every facet value, the
bitmap of records carrying it. Counting a facet is then one bitmap intersection per value,
not a database query. The index is tied to its type's version and the vocabularies' (read once per
request): when the type's version moves, the index re-reads only the records the change log names
(`catalog.models.versions.RecordChange`) and places them in each sort order it holds, so a publish
costs a few small queries, not a rebuild. A vocabulary change, a new year or a change too large to
patch rebuilds it, streaming its rows. A stale count is never served either way.
"""

import bisect
import threading
from array import array
from collections import defaultdict

import numpy as np
from django.utils import timezone
from pyroaring import BitMap

from ..models.versions import VOCABULARIES, changes_since, current_token, last_change
from ..timing import timed
from .ordering import Ordering

# Rows read from the database at a time while building: memory stays flat as the catalogue grows.
CHUNK = 5000
# A change to more records than this is applied by rebuilding.
MAX_PATCHED = 200


class StaleComparison(Exception):
    """Records read while patching changed since the change log was read."""


class StaticValues:
    """Values that change only when the data does: {value: BitMap} and {value: label}."""

    def __init__(self, facet, pairs):
        bitmaps = defaultdict(BitMap)
        self.labels = {}
        # A numbered vocabulary's numbers, {value: number} (areas of work): what it is listed by.
        self.numbers = {}
        if facet.numbered:
            pairs = _numbering(pairs, self.numbers)
        self._any = None
        for pk, value, label in pairs:
            if value is None or value == "":
                continue
            value = str(value)
            bitmaps[value].add(pk)
            self.labels.setdefault(value, str(label) if label is not None else value)
        self._bitmaps = dict(bitmaps)
        self.totals = {value: len(bitmap) for value, bitmap in self._bitmaps.items()}

    def bitmaps(self):
        return self._bitmaps

    def any(self):
        """The records carrying at least one value (made once per index)."""
        if self._any is None:
            self._any = BitMap.union(BitMap(), *self._bitmaps.values())
        return self._any

    def patched(self, facet, changed, pairs):
        """A copy with the `changed` records' values replaced by `pairs` (theirs, read afresh); the
        bitmaps of values none of them carried are shared, not copied."""
        copy = StaticValues(facet, ())
        bitmaps = {}
        for value, bitmap in self._bitmaps.items():
            bitmaps[value] = bitmap - changed if bitmap.intersect(changed) else bitmap
        copy.labels, copy.numbers = dict(self.labels), dict(self.numbers)
        if facet.numbered:
            pairs = _numbering(pairs, copy.numbers)
        for pk, value, label in pairs:
            if value is None or value == "":
                continue
            value = str(value)
            bitmap = bitmaps.get(value)
            bitmaps[value] = BitMap([pk]) if bitmap is None else bitmap | BitMap([pk])
            copy.labels.setdefault(value, str(label) if label is not None else value)
        copy._bitmaps = {value: bitmap for value, bitmap in bitmaps.items() if bitmap}
        # A value no record carries any more names nothing, as in a fresh build.
        copy.labels = {value: label for value, label in copy.labels.items() if value in copy._bitmaps}
        copy.numbers = {value: number for value, number in copy.numbers.items() if value in copy._bitmaps}
        copy.totals = {value: len(bitmap) for value, bitmap in copy._bitmaps.items()}
        return copy


def _numbering(rows, numbers):
    """(record id, value, label) of `rows` that also carry the value's number, noted in `numbers`."""
    for pk, value, label, number in rows:
        if number is not None and value is not None and value != "":
            numbers.setdefault(str(value), number)
        yield pk, value, label


class TimedValues:
    """Values that also change with the clock (upcoming / past): records sorted by their moment."""

    def __init__(self, facet, moments):
        self.facet = facet
        moments = sorted((moment, pk) for pk, moment in moments)
        self.moments = [moment for moment, _ in moments]
        self.ids = [pk for _, pk in moments]
        self.labels = dict(facet.CHOICES)
        self.numbers = {}
        self.totals = None  # depend on the time of the request

    def bitmaps(self):
        split = bisect.bisect_left(self.moments, timezone.now())
        return {"past": BitMap(self.ids[:split]), "upcoming": BitMap(self.ids[split:])}

    def patched(self, facet, changed, moments):
        kept = [(moment, pk) for moment, pk in zip(self.moments, self.ids, strict=True) if pk not in changed]
        return TimedValues(facet, [(pk, moment) for moment, pk in kept] + list(moments))


class FacetIndex:
    def __init__(self, model, facets, key):
        self.model, self.facets, self.key = model, facets, key
        self.scope = model._meta.label_lower
        # Read before the records: a change committed while they are read is in the log after it.
        self.last_change = last_change(self.scope)
        published = model.objects.published()
        self.published = published
        self.all = BitMap(published.values_list("pk", flat=True).iterator(chunk_size=CHUNK))
        self.values = {}
        for facet in facets:
            if getattr(facet, "moments", None):
                self.values[facet.name] = TimedValues(facet, facet.moments(published, chunk=CHUNK))
            else:
                self.values[facet.name] = StaticValues(facet, facet.pairs(published, chunk=CHUNK))
        self._orders = {}

    def state(self):
        """Everything counts depend on: the data version, the year and, for values that change with
        the clock, how many records have passed their moment. What is cached under this state is
        exactly what would be computed afresh."""
        now = timezone.now()
        passed = tuple(
            bisect.bisect_left(values.moments, now)
            for values in self.values.values()
            if isinstance(values, TimedValues)
        )
        return (*self.key, *passed)

    def last_passed(self):
        """The latest moment, up to now, at which a record's time-dependent value changed (an event
        became past): what was built before it may say something else now. None without one."""
        now = timezone.now()
        latest = None
        for values in self.values.values():
            if isinstance(values, TimedValues):
                split = bisect.bisect_left(values.moments, now)
                if split and (latest is None or values.moments[split - 1] > latest):
                    latest = values.moments[split - 1]
        return latest

    def ordered(self, ordering):
        """Every published id in this order (an `order_by()` tuple), read once per index."""
        if ordering not in self._orders:
            with timed("index"):
                ids = self.published.order_by(*ordering).values_list("pk", flat=True).iterator(chunk_size=CHUNK)
                self._orders[ordering] = Ordering(array("I", ids))
        return self._orders[ordering]

    # --- keeping current -------------------------------------------------------------------------

    def patched(self, key):
        """This index moved to `key` by re-reading only the records changed since it was built, or
        None when it must be rebuilt (the vocabularies or the year changed, the log does not reach
        back far enough, or the change is too large to patch)."""
        (tokens, year), (old_tokens, old_year) = key, self.key
        if year != old_year or tokens[1:] != old_tokens[1:]:
            return None  # the vocabularies' version is the key's second token
        records, last = changes_since(self.scope, self.last_change, old_tokens[0], tokens[0])
        if records is None or len(records) > MAX_PATCHED:
            return None
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy.key, copy.last_change = key, last
        changed = BitMap(records)
        now = self.published.filter(pk__in=records)
        published = BitMap(now.values_list("pk", flat=True))
        copy.all = (self.all - changed) | published
        copy.values = {}
        for facet in self.facets:
            values = self.values[facet.name]
            read = facet.moments(now) if isinstance(values, TimedValues) else facet.pairs(now)
            copy.values[facet.name] = values.patched(facet, changed, read)
        try:
            # A snapshot: other threads still reading this index may add an order meanwhile.
            copy._orders = {
                ordering: self._placed(ordering, order, changed, published)
                for ordering, order in list(self._orders.items())
            }
        except StaleComparison:
            return None  # the records changed again while being placed: rebuild
        return copy

    def _placed(self, ordering, order, changed, published):
        """`order` without the changed records, then with those still published placed where the
        database's own ORDER BY puts them (a binary search asking it to compare two records)."""
        ids = order.ids[~np.isin(order.ids, np.fromiter(changed, dtype=np.uint32))]
        for pk in published:
            low, high = 0, len(ids)
            while low < high:
                middle = (low + high) // 2
                if self._in_order(ordering, int(ids[middle]), pk):
                    low = middle + 1
                else:
                    high = middle
            # Its neighbours must still agree: a record changed but not yet logged would mislead
            # the search, and what is placed wrongly would stay so.
            neighbours = [int(ids[low - 1])] if low else []
            neighbours += [pk] + ([int(ids[low])] if low < len(ids) else [])
            if len(neighbours) > 1 and self._order_of(ordering, neighbours) != neighbours:
                raise StaleComparison
            ids = np.insert(ids, low, pk)
        return Ordering(ids)

    def _order_of(self, ordering, pks):
        return list(self.published.filter(pk__in=pks).order_by(*ordering).values_list("pk", flat=True))

    def _in_order(self, ordering, first, second):
        """Whether the database puts `first` before `second`, both published."""
        found = self._order_of(ordering, [first, second])
        if len(found) != 2:
            raise StaleComparison  # one of them is no longer published
        return found[0] == first


_lock = threading.Lock()
_indexes = {}  # FilterSet class -> FacetIndex


def index_key(model):
    """What an index of `model`'s records is built from: its type's version and the vocabularies'
    (their names are its labels), and the year, as ongoing records count as active up to it."""
    return (current_token((model._meta.label_lower, VOCABULARIES)), timezone.now().year)


def facet_index(filterset):
    """The index for this FilterSet (an instance or its class), current as of this request."""
    cls = filterset if isinstance(filterset, type) else type(filterset)
    key = index_key(cls._meta.model)
    cached = _indexes.get(cls)
    if cached and cached.key == key:
        return cached
    with _lock:  # one thread updates; the others wait for it rather than all doing it at once
        cached = _indexes.get(cls)
        if cached and cached.key == key:
            return cached
        with timed("index"):  # in Server-Timing: the request that pays for an update says so
            index = cached.patched(key) if cached else None
            if index is None:
                if filterset is cls:  # an instance names its facets; build one only when rebuilding
                    filterset = cls(None, queryset=cls._meta.model.objects.none())
                index = FacetIndex(filterset._meta.model, filterset.facets, key)
        _indexes[cls] = index
        return index
