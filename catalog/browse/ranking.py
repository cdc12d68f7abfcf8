"""Search matches found once per query and version, ranked only where a page needs an order.

Two steps, each kept in process. `matches()`: the ids the full-text index gives for the words,
unscored (the cheap part), which the facets are counted within. `ranked()`: the order of the
records a listing actually shows (the matches its facets leave), scored by the database (bm25 or
ts_rank) without sorting or joining them, then ordered here: best score first, ties by title (the
position in the index's title order, which is the database's own ORDER BY title) and id, exactly
as `order_by_relevance()`. A score does not depend on which other records are scored, so ranking
a subset gives the subset's order within the whole ranking: every surface agrees.

Both are keyed by the type's index state and the parsed words (so "Gold  mining" and "gold mining"
share an entry), and bounded by the memory they hold, not by their number: one query matching a
million records weighs as much as a thousand narrow ones.
"""

import hashlib
import threading
from collections import OrderedDict

import numpy as np
from pyroaring import BitMap

from .. import search
from .ordering import MISSING, Ordering

MAX_BYTES = 64 * 1024 * 1024  # per process, for both memos
TITLE_ORDER = ("title", "pk")


class Ranked:
    def __init__(self, ids):
        self.ordering = Ordering(ids)  # the published matches, best first

    @classmethod
    def scored(cls, rows, title_rank, among):
        """From (id, score) rows: only the ids of `among` that are published (those the title order
        holds), ordered."""
        if len(rows) == 0:
            return cls(np.zeros(0, dtype=np.uint32))
        table = np.asarray(rows, dtype=np.float64)
        ids, scores = table[:, 0].astype(np.int64), table[:, 1]
        wanted = np.isin(ids, np.frombuffer(among.to_array(), dtype=np.uint32))
        ids, scores = ids[wanted], scores[wanted]
        inside = ids < len(title_rank)
        ids, scores = ids[inside], scores[inside]
        titles = title_rank[ids]
        published = titles != MISSING
        ids, scores, titles = ids[published], scores[published], titles[published]
        order = np.lexsort((titles, -scores))  # the last key sorts first: score, then title and id
        return cls(ids[order].astype(np.uint32))

    @property
    def nbytes(self):
        return self.ordering.nbytes


class Matches:
    """The matching ids; on SQLite also their scores, which FTS5 gives in the same pass for about
    the cost of a second pass (so ranking needs no further query)."""

    def __init__(self, ids, rows=None):
        self.ids = BitMap(ids)
        self.rows = rows

    @classmethod
    def found(cls, model, text):
        if search.vendor() == "postgresql":
            return cls(search.matching_ids(model, text))
        rows = np.array(search.scored_ids(model, text), dtype=np.float64).reshape(-1, 2)  # (id, score)
        return cls(rows[:, 0].astype(np.uint32), rows)

    @property
    def nbytes(self):
        # A bitmap takes at most 4 bytes an id (far less when dense).
        return 4 * len(self.ids) + (self.rows.nbytes if self.rows is not None else 0)


class Memo:
    """An LRU of entries with an `nbytes`, bounded by their sum."""

    def __init__(self, max_bytes):
        self.max_bytes, self.lock, self.entries = max_bytes, threading.Lock(), OrderedDict()

    def get(self, key, make):
        with self.lock:
            hit = self.entries.get(key)
            if hit is not None:
                self.entries.move_to_end(key)
                return hit
        value = make()
        with self.lock:
            self.entries[key] = value
            # Measured again here: a deep page may since have added an entry's ranks.
            while len(self.entries) > 1 and sum(entry.nbytes for entry in self.entries.values()) > self.max_bytes:
                self.entries.popitem(last=False)
        return value


_matches = Memo(MAX_BYTES // 2)
_ranked = Memo(MAX_BYTES // 2)


def _found(index, text):
    key = (index.scope, index.key, tuple(search.parse(text)))
    return _matches.get(key, lambda: Matches.found(index.model, text))


def matches(index, text):
    """The ids of the records of `index`'s type matching `text` (in any state)."""
    return _found(index, text).ids


def ranked(index, text, among):
    """The records of `among` (a BitMap of published matches of `text`), best first."""
    fingerprint = hashlib.blake2b(among.serialize(), digest_size=16).digest()
    key = (index.scope, index.key, tuple(search.parse(text)), fingerprint)

    def make():
        if not among:
            return Ranked(np.zeros(0, dtype=np.uint32))
        found = _found(index, text)
        if found.rows is not None:
            rows = found.rows
        else:
            everything = len(among) == len(found.ids & index.all)
            rows = search.scored_ids(index.model, text, None if everything else among)
        return Ranked.scored(rows, index.ordered(TITLE_ORDER).rank, among)

    return _ranked.get(key, make).ordering
