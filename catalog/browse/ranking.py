"""Search matches ranked once per query and version, then shared by the pages and facets.

The database scores every match (bm25 or ts_rank) without sorting or joining them; the order is
made here: best score first, ties by title (the position in the index's title order, which is the
database's own ORDER BY title) and id, exactly as `order_by_relevance()`. Visitors page through
results and toggle facets with the same words, so the ranking is kept in process, keyed by the
type's index state and the parsed query (so "Gold  mining" and "gold mining" share an entry), and
reused until the type changes. The memo is bounded by the memory its entries hold, not by their
number: one query matching a million records weighs as much as a thousand narrow ones.
"""

import threading
from collections import OrderedDict

import numpy as np
from pyroaring import BitMap

from .. import search
from .ordering import MISSING, Ordering

MAX_BYTES = 64 * 1024 * 1024  # per process
TITLE_ORDER = ("title", "pk")


class Ranked:
    def __init__(self, ids):
        self.ordering = Ordering(ids)  # the published matches, best first
        self.ids = BitMap(ids)  # the same ids, for set algebra

    @classmethod
    def scored(cls, rows, title_rank):
        """From (id, score) rows: only the published ids (those the title order holds), ordered."""
        if not rows:
            return cls(np.zeros(0, dtype=np.uint32))
        table = np.array(rows, dtype=np.float64)
        ids, scores = table[:, 0].astype(np.int64), table[:, 1]
        inside = ids < len(title_rank)
        ids, scores = ids[inside], scores[inside]
        titles = title_rank[ids]
        published = titles != MISSING
        ids, scores, titles = ids[published], scores[published], titles[published]
        order = np.lexsort((titles, -scores))  # the last key sorts first: score, then title and id
        return cls(ids[order].astype(np.uint32))

    @property
    def nbytes(self):
        # A bitmap of n ids takes at most 4n bytes; far less when they are dense.
        return self.ordering.nbytes + 4 * len(self.ordering)


_lock = threading.Lock()
_ranked = OrderedDict()


def ranked(index, text):
    """The published records of `index`'s type matching `text`, best first."""
    key = (index.scope, index.key, tuple(search.parse(text)))
    with _lock:
        hit = _ranked.get(key)
        if hit is not None:
            _ranked.move_to_end(key)
            return hit
    title_rank = index.ordered(TITLE_ORDER).rank
    result = Ranked.scored(search.scored_ids(index.model, text), title_rank)
    with _lock:
        _ranked[key] = result
        # Measured when stored and again here: a deep page may since have added an entry's ranks.
        while len(_ranked) > 1 and sum(entry.nbytes for entry in _ranked.values()) > MAX_BYTES:
            _ranked.popitem(last=False)
    return result
