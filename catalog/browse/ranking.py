"""Search matches ranked once per query and version, then shared by the pages and facets.

Ranking a broad query scores every matching record, which is most of the cost of a search page.
Visitors page through results and toggle facets with the same words, so the ranked ids are kept
in process, keyed by the type's version and the parsed query (so "Gold  mining" and "gold mining"
share an entry), and reused until that type changes. The memo is bounded by the memory its entries
hold, not by their number: one query matching a million records weighs as much as a thousand
narrow ones.
"""

import threading
from array import array
from collections import OrderedDict

from pyroaring import BitMap

from .. import search
from .ordering import Ordering

MAX_BYTES = 64 * 1024 * 1024  # per process


class Ranked:
    def __init__(self, order):
        self.ordering = Ordering(order)  # ids, best first
        self.ids = BitMap(order)  # the same ids, for set algebra

    @property
    def nbytes(self):
        # A bitmap of n ids takes at most 4n bytes; far less when they are dense.
        return self.ordering.nbytes + 4 * len(self.ordering)


_lock = threading.Lock()
_ranked = OrderedDict()


def ranked(model, text, version):
    key = (model._meta.label_lower, version, tuple(search.parse(text)))
    with _lock:
        hit = _ranked.get(key)
        if hit is not None:
            _ranked.move_to_end(key)
            return hit
    result = Ranked(array("I", search.ranked_ids(model, text)))  # ids fit 32 bits, as in every bitmap
    with _lock:
        _ranked[key] = result
        # Measured when stored and again here: a deep page may since have added an entry's ranks.
        while len(_ranked) > 1 and sum(entry.nbytes for entry in _ranked.values()) > MAX_BYTES:
            _ranked.popitem(last=False)
    return result
