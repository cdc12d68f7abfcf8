"""Records in one order (a sort, or a search's ranking), and a page of a match set cut from it.

A page of matches is found by each match's position in the order, not by walking the order in
Python: the positions of all matches are gathered at once (numpy), and the page's positions picked
by partial selection, so page 2,000 of a listing costs what page 2 does, and an export gets every
match in order in one pass. A shallow page of a broad match is still found by a short walk, which
for it is cheaper than touching every match.
"""

import numpy as np

# How many ids a shallow page may walk before the gathered positions take over.
WALK = 2048
MISSING = np.iinfo(np.uint32).max  # the position of an id the order does not hold


class Ordering:
    def __init__(self, ids):
        self.ids = np.asarray(ids, dtype=np.uint32)
        self._head = self.ids[:WALK].tolist()
        self._rank = None

    @property
    def rank(self):
        """Each id's position (MISSING for ids it does not hold): built on the first deep page."""
        if self._rank is None:
            size = int(self.ids.max()) + 1 if len(self.ids) else 0
            rank = np.full(size, MISSING, dtype=np.uint32)
            rank[self.ids] = np.arange(len(self.ids), dtype=np.uint32)
            self._rank = rank
        return self._rank

    @property
    def nbytes(self):
        return self.ids.nbytes + (self._rank.nbytes if self._rank is not None else 0)

    def __len__(self):
        return len(self.ids)

    def window(self, matching, offset=0, limit=None):
        """The ids of `matching` (a BitMap) at positions offset to offset + limit (default: to the
        end) of this order, as a numpy array."""
        end = len(matching) if limit is None else min(len(matching), offset + limit)
        if offset >= end:
            return self.ids[:0]
        if end <= WALK:
            found = self._walk(matching, offset, end)
            if found is not None:
                return np.asarray(found, dtype=np.uint32)
        matches = np.frombuffer(matching.to_array(), dtype=np.uint32)
        rank = self.rank
        positions = rank[matches[matches < len(rank)]]
        positions = positions[positions != MISSING]
        end = min(end, len(positions))
        if offset >= end:
            return self.ids[:0]
        if end < len(positions):
            positions = np.partition(positions, end - 1)[:end]  # the `end` first, unordered
        if offset:
            positions = np.partition(positions, offset)[offset:]
        positions.sort()
        return self.ids[positions]

    def _walk(self, matching, offset, end):
        """The window by walking the head of the order, or None when the head holds too few."""
        found, wanted = [], end - offset
        for pk in self._head:
            if pk in matching:
                if offset:
                    offset -= 1
                    continue
                found.append(pk)
                if len(found) == wanted:
                    return found
        return found if len(self._head) == len(self.ids) else None
