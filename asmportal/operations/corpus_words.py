"""The words of the synthetic corpus, drawn as real text draws them.

The portal's own subject comes first (mining, mercury, gold...), then tens of thousands of made-up
words, and text draws from them with Zipf frequencies: a few words are in most records, most words
in very few. Searches then behave as on a real catalogue: a common word matches a large share of
records, a rare one a handful, and the benchmark measures both kinds apart.

No Django here: `scripts/bench.py` reads the same words to choose its searches.
"""

import itertools
import random

SUBJECT_TEXT = (
    "artisanal small-scale mining miners child labour working conditions safety health mercury "
    "gold cooperative formalisation traceability due diligence supply chain community women youth "
    "school education livelihoods income savings credit training extension service government "
    "licence policy dialogue monitoring remediation grievance buyer refinery export market price "
    "cobalt tin tantalum tungsten mica gemstones diamonds jade lithium copper water land rights "
    "dust injury protective equipment ventilation shaft pit processing amalgamation retort ore "
    "district province village association union inspector survey baseline evaluation lessons "
    "gaps donor partnership platform capacity awareness campaign radio toolkit guidance report "
    "research"
)
SUBJECT = SUBJECT_TEXT.split()
TAIL = 30_000
EXPONENT = 1.0
# Which ranks a benchmark's broad and narrow searches draw their words from: a word of rank 10 to
# 150 is in roughly 10-90 % of records; one of rank 1,000 to 5,000 in roughly 0.3-1.5 %.
BROAD = (10, 150)
NARROW = (1_000, 5_000)


def vocabulary(seed=1):
    """Every word, most frequent first: the same list for the same seed."""
    rng = random.Random(f"corpus-words-{seed}")
    words, seen = list(SUBJECT), set(SUBJECT)
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    while len(words) < len(SUBJECT) + TAIL:
        word = "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def cumulative_weights(count, exponent=EXPONENT):
    """Zipf weights of ranks 1 to `count`, summed up, for `random.choices(cum_weights=...)`."""
    return list(itertools.accumulate(1 / (rank + 1) ** exponent for rank in range(count)))


def searches(kind, seed=1, count=2000):
    """`count` new two-word searches: "broad" (two common words) or "narrow" (a common and a rare
    one), in a fixed order."""
    words = vocabulary(seed)
    rng = random.Random(f"searches-{kind}-{seed}")
    low, high = BROAD
    found, seen = [], set()
    while len(found) < count:
        first = words[rng.randrange(low, high)]
        second = words[rng.randrange(*(BROAD if kind == "broad" else NARROW))]
        pair = tuple(sorted((first, second)))
        if first != second and pair not in seen:
            seen.add(pair)
            found.append(pair)
    return found
