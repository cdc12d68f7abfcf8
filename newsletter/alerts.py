"""What an alert finds: the records its search matches, through the same engine as the page it was
made on, that were published since the alert last looked.

An alert names a scope and a query string: a browse page (`publications`, `events`,
`interventions`, with that page's query string) or the site search (`search`, `q=...`, which looks
in every type, as the search page does). Matching many alerts at once shares what can be shared:
each distinct search is matched once, however many people follow it, and each type's newly
published records are read once, as (id, published_at) sorted by time, so "published since t" is
a binary search and a bitmap, not a query per alert.
"""

import heapq
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

import numpy as np
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext
from pyroaring import BitMap

from catalog.browse.filters import MAX_QUERY_LENGTH, clean_text

from .sections import BY_KEY, SECTIONS

SEARCH = "search"
SCOPES = (*BY_KEY, SEARCH)
# An alert email lists at most this many records of a type, then links to the page for the rest.
MAX_LISTED = 25


@dataclass(frozen=True)
class Search:
    """A cleaned scope and query string: what an alert follows."""

    scope: str
    query: str  # canonical: the engine's query string for a type; "q=..." for the site search

    def parts(self):
        """(section, query string) for each type this search looks in."""
        if self.scope == SEARCH:
            return [(section, self.query) for section in SECTIONS]
        return [(BY_KEY[self.scope], self.query)]

    def page_path(self):
        path = reverse("search") if self.scope == SEARCH else BY_KEY[self.scope].browse_path()
        return f"{path}?{self.query}" if self.query else path

    def heading(self):
        """What the page this search is on is called, in the active language."""
        if self.scope == SEARCH:
            text = QueryDict(self.query).get("q", "")
            # Translators: the title of an alert that follows a site search; %(text)s is what was searched for.
            return gettext("Search for “%(text)s”") % {"text": text}
        section = BY_KEY[self.scope]
        return section.record_type.query(QueryDict(self.query), counts=True).describe(section.noun)


def cleaned(scope, params):
    """The Search a page's address means, or None if it names no page an alert can follow.

    Values the engine does not recognise are dropped, as the page drops them, so an alert never
    follows a filter the page ignored. The site search needs words to search for."""
    if scope == SEARCH:
        text = clean_text(params.get("q", ""), MAX_QUERY_LENGTH)
        return Search(SEARCH, urlencode({"q": text})) if text else None
    section = BY_KEY.get(scope)
    if section is None:
        return None
    query = section.record_type.query(params)
    return Search(scope, query.query_string)


class Published:
    """One type's records published in a period, in time order: which came after a given moment."""

    def __init__(self, section, since, until):
        rows = (
            section.model.objects.published()
            .filter(published_at__gte=since, published_at__lt=until)
            .order_by("published_at", "pk")
            .values_list("published_at", "pk")
        )
        times, ids = [], []
        for published_at, pk in rows.iterator(chunk_size=5000):
            times.append(published_at)
            ids.append(pk)
        self.times, self.ids = times, np.array(ids, dtype=np.uint32)
        self.all = BitMap(self.ids)
        self._after = {}
        self._position = None

    def newest_first(self, ids, limit=None):
        """`ids` (a BitMap of records of this window), the newest first; only the first `limit`."""
        if self._position is None:
            self._position = {pk: n for n, pk in enumerate(self.ids.tolist())}
        return heapq.nlargest(limit or len(ids), ids, key=self._position.__getitem__)

    def after(self, moment):
        """The records published at or after `moment` (a BitMap; kept, since alerts share moments)."""
        if moment not in self._after:
            self._after[moment] = BitMap(self.ids[bisect_left(self.times, moment) :])
        return self._after[moment]


@dataclass
class Found:
    """What one alert found: per type, the new records' ids (newest first) and how many there are."""

    subscription: object
    # [(section, [ids, newest first, at most MAX_LISTED], how many in all)], only types with something new
    parts: list = field(default_factory=list)

    @property
    def total(self):
        return sum(count for *_, count in self.parts)


def match(subscriptions, until):
    """For each alert, the records its search matches that were published from its `matched_until`
    up to `until`. Returns [Found], one per alert with anything new."""
    subscriptions = [s for s in subscriptions if s.matched_until is not None and s.matched_until < until]
    if not subscriptions:
        return []
    earliest = min(s.matched_until for s in subscriptions)
    published = {section.key: Published(section, earliest, until) for section in SECTIONS}
    by_search = defaultdict(list)
    for subscription in subscriptions:
        if subscription.scope in SCOPES:
            by_search[Search(subscription.scope, subscription.query)].append(subscription)

    found = []
    for search, followers in by_search.items():
        matched = []
        for section, query in search.parts():
            window = published[section.key]
            if not len(window.ids):
                continue
            matching = section.record_type.query(QueryDict(query)).matching & window.all
            if matching:
                matched.append((section, matching, window))
        if not matched:
            continue
        for subscription in followers:
            result = Found(subscription)
            for section, matching, window in matched:
                new = matching & window.after(subscription.matched_until)
                if new:
                    result.parts.append((section, window.newest_first(new, MAX_LISTED), len(new)))
            if result.parts:
                found.append(result)
    return found
