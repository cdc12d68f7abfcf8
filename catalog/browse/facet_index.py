"""An in-process index of facet values as compressed bitmaps, rebuilt when the catalogue changes.

For each FilterSet it holds the ids of the published records and, for every facet value, the
bitmap of records carrying it. Counting a facet is then one bitmap intersection per value,
not a database query. The index is tied to the catalogue's data version (one query per request):
any write changes the version, and the next request rebuilds, so a stale count is never served.
"""

import bisect
import threading
from array import array
from collections import defaultdict

from django.utils import timezone
from pyroaring import BitMap

from ..models.versions import VOCABULARIES, current_token
from ..timing import timed
from .ordering import Ordering

# Rows read from the database at a time while building: memory stays flat as the catalogue grows.
CHUNK = 5000


class StaticValues:
    """Values that change only when the data does: {value: BitMap} and {value: label}."""

    def __init__(self, facet, published):
        bitmaps = defaultdict(BitMap)
        self.labels = {}
        for pk, value, label in facet.pairs(published, chunk=CHUNK):
            if value is None or value == "":
                continue
            value = str(value)
            bitmaps[value].add(pk)
            self.labels.setdefault(value, str(label) if label is not None else value)
        self._bitmaps = dict(bitmaps)
        self.totals = {value: len(bitmap) for value, bitmap in self._bitmaps.items()}

    def bitmaps(self):
        return self._bitmaps


class TimedValues:
    """Values that also change with the clock (upcoming / past): records sorted by their moment."""

    def __init__(self, facet, published):
        self.facet = facet
        moments = sorted((moment, pk) for pk, moment in facet.moments(published, chunk=CHUNK))
        self.moments = [moment for moment, _ in moments]
        self.ids = [pk for _, pk in moments]
        self.labels = dict(facet.CHOICES)
        self.totals = None  # depend on the time of the request

    def bitmaps(self):
        split = bisect.bisect_left(self.moments, timezone.now())
        return {"past": BitMap(self.ids[:split]), "upcoming": BitMap(self.ids[split:])}


class FacetIndex:
    def __init__(self, model, facets, key):
        self.key = key
        published = model.objects.published()
        self.published = published
        self.all = BitMap(published.values_list("pk", flat=True).iterator(chunk_size=CHUNK))
        self.values = {
            facet.name: (TimedValues if getattr(facet, "moments", None) else StaticValues)(facet, published)
            for facet in facets
        }
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


_lock = threading.Lock()
_indexes = {}  # FilterSet class -> (key, FacetIndex)


def index_key(model):
    """What an index of `model`'s records is built from: its type's version and the vocabularies'
    (their names are its labels), and the year, as ongoing records count as active up to it."""
    return (current_token((model._meta.label_lower, VOCABULARIES)), timezone.now().year)


def facet_index(filterset):
    """The index for this FilterSet (an instance or its class), current as of this request."""
    cls = filterset if isinstance(filterset, type) else type(filterset)
    key = index_key(cls._meta.model)
    cached = _indexes.get(cls)
    if cached and cached[0] == key:
        return cached[1]
    with _lock:  # one thread rebuilds; the others wait for it rather than all building at once
        cached = _indexes.get(cls)
        if cached and cached[0] == key:
            return cached[1]
        if filterset is cls:  # an instance names its facets; build one only when rebuilding
            filterset = cls(None, queryset=cls._meta.model.objects.none())
        with timed("index"):  # in Server-Timing: the request that pays for a rebuild says so
            index = FacetIndex(filterset._meta.model, filterset.facets, key)
        _indexes[cls] = (key, index)
        return index
