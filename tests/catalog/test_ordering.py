"""A page cut from the match set by position is the page walking the order would give."""

import random

import pytest
from pyroaring import BitMap

from catalog.browse.ordering import WALK, Ordering


def walked(order, matching, offset, limit):
    found = [pk for pk in order if pk in matching]
    return found[offset:] if limit is None else found[offset : offset + limit]


@pytest.mark.parametrize("density", [0.001, 0.05, 0.5, 1.0])
def test_every_window_is_the_walked_one(density):
    rng = random.Random(density)
    order = rng.sample(range(1, 30_001), 20_000)  # ids with gaps, in a shuffled order
    ordering = Ordering(order)
    matching = BitMap(pk for pk in order if rng.random() < density)
    matching.update([30_500, 31_000])  # ids the order does not hold (published since) are left out
    for offset, limit in [(0, 20), (20, 20), (WALK - 5, 20), (5_000, 20), (len(matching) - 3, 20), (0, None)]:
        assert ordering.window(matching, offset, limit).tolist() == walked(order, matching, offset, limit)


def test_an_empty_match_or_a_window_past_the_end_is_empty():
    ordering = Ordering([3, 1, 2])
    assert ordering.window(BitMap(), 0, 20).tolist() == []
    assert ordering.window(BitMap([1, 2]), 5, 20).tolist() == []
    assert Ordering([]).window(BitMap([1]), 0, 20).tolist() == []
