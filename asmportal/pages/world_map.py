"""The world map on the home page: published records per country, drawn as inline SVG.

The outlines are Natural Earth's 1:110m countries (public domain), projected once into SVG path data
by scripts/world_map.mjs from the world-atlas package (ISC licence: data/world-atlas-LICENSE). The
counts are the facet index's own totals, so the map costs no counting query and never counts an
unpublished record. Colour is never the only signal: every country names its count, and the same
numbers are given as a table.
"""

import bisect
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.urls import reverse
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from catalog import names as vocabulary_names
from catalog.browse.facet_index import facet_index
from catalog.models import Country
from events.filters import EventFilterSet
from interventions.filters import InterventionFilterSet
from publications.filters import PublicationFilterSet

OUTLINES = Path(__file__).resolve().parent / "data" / "world_110m.json"
KINDS = {
    "interventions": (
        pgettext_lazy("world map", "interventions"),
        _("Interventions"),
        InterventionFilterSet,
        "interventions:list",
    ),
    "publications": (
        pgettext_lazy("world map", "publications"),
        _("Publications"),
        PublicationFilterSet,
        "publications:list",
    ),
    "events": (pgettext_lazy("world map", "events"), _("Events"), EventFilterSet, "events:list"),
}


def shape_label(kind, name, count):
    """What a country says on hover and to a screen reader: "Ghana: 3 interventions", "Chad: no events"."""
    if kind == "publications":
        if not count:
            return gettext("%(country)s: no publications") % {"country": name}
        return ngettext("%(country)s: %(count)d publication", "%(country)s: %(count)d publications", count) % {
            "country": name,
            "count": count,
        }
    if kind == "events":
        if not count:
            return gettext("%(country)s: no events") % {"country": name}
        return ngettext("%(country)s: %(count)d event", "%(country)s: %(count)d events", count) % {
            "country": name,
            "count": count,
        }
    if not count:
        return gettext("%(country)s: no interventions") % {"country": name}
    return ngettext("%(country)s: %(count)d intervention", "%(country)s: %(count)d interventions", count) % {
        "country": name,
        "count": count,
    }


LEVELS = 4


@cache
def outlines():
    return json.loads(OUTLINES.read_text())


@dataclass
class Shape:
    d: str
    name: str
    count: int
    level: int
    url: str | None
    label: str


@dataclass
class Legend:
    level: int
    low: int
    high: int


def level_of(count, most):
    """0 for none, then 1–4 on a logarithmic scale up to the busiest country (a few countries hold
    most records: a linear scale would leave every other country in the palest shade)."""
    if not count:
        return 0
    if most <= 1:
        return LEVELS
    return min(LEVELS, 1 + int(LEVELS * math.log(count) / math.log(most + 1)))


class WorldMap:
    def __init__(self, kind="interventions"):
        self.kind = kind if kind in KINDS else "interventions"
        plural, label, filterset_class, browse = KINDS[self.kind]
        self.plural, self.label = plural, label
        totals = facet_index(filterset_class).values["country"].totals
        countries = {
            m49: (iso2, vocabulary_names.country(iso2, default=name))
            for m49, iso2, name in Country.objects.values_list("m49", "iso2", "name")
        }
        data = outlines()
        self.width, self.height = data["width"], data["height"]
        self.most = max(totals.values(), default=0)
        self.shapes = []
        for outline in data["countries"]:
            iso2, name = countries.get(outline["m49"], (None, outline["name"]))
            count = totals.get(iso2, 0) if iso2 else 0
            self.shapes.append(
                Shape(
                    outline["d"],
                    name,
                    count,
                    level_of(count, self.most),
                    reverse("country-profile", args=[iso2]) if iso2 and count else None,
                    shape_label(self.kind, name, count),
                )
            )
        names = dict(countries.values())
        self.table = sorted(
            ((names.get(iso2, iso2), count, reverse("country-profile", args=[iso2])) for iso2, count in totals.items()),
            key=lambda row: (-row[1], row[0]),
        )
        self.browse_url = reverse(browse)

    @property
    def legend(self):
        """The count range each shade stands for (level_of only grows with the count: bisect it)."""
        lows = [
            bisect.bisect_left(range(1, self.most + 1), level, key=lambda c: level_of(c, self.most)) + 1
            for level in range(1, LEVELS + 1)
        ]
        legend = []
        for level, low in enumerate(lows, start=1):
            high = (lows[level] - 1) if level < LEVELS else self.most
            if low <= high:
                legend.append(Legend(level, low, high))
        return legend

    @property
    def switch_links(self):
        """(label, address, current) for each kind of record the map can show."""
        home = reverse("home")
        return [(KINDS[kind][1], f"{home}?map={kind}", kind == self.kind) for kind in KINDS]
