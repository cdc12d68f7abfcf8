"""Search matches ranked once per query and data version, then shared by the pages and facets.

Ranking a broad query scores every matching record, which is most of the cost of a search page.
Visitors page through results and toggle facets with the same words, so the ranked ids are kept
in process, keyed by the data version and the parsed query (so "Gold  mining" and "gold mining"
share an entry), and reused until the catalogue changes.
"""

import threading
from array import array
from collections import OrderedDict
from dataclasses import dataclass

from pyroaring import BitMap

from .. import search

MAX_ENTRIES = 96  # per process; a query matching 80,000 records holds under 1 MB


@dataclass(frozen=True)
class Ranked:
    order: array  # ids, best first
    ids: BitMap  # the same ids, for set algebra


_lock = threading.Lock()
_ranked = OrderedDict()


def ranked(model, text, version):
    key = (model._meta.label_lower, version, tuple(search.parse(text)))
    with _lock:
        hit = _ranked.get(key)
        if hit is not None:
            _ranked.move_to_end(key)
            return hit
    order = array("I", search.ranked_ids(model, text))  # ids fit 32 bits, as in every bitmap
    result = Ranked(order, BitMap(order))
    with _lock:
        _ranked[key] = result
        while len(_ranked) > MAX_ENTRIES:
            _ranked.popitem(last=False)
    return result
