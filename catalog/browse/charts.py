"""Charts drawn on the server as SVG: records per year (a timeline, stacked by kind of record) and
counts per value (horizontal bars). No script, no library, nothing the page's policy would refuse.

Each chart carries its own text alternative: a one-sentence summary that says what it shows (the
years, the total, the peak with every year or value that shares it), and the numbers as a table
under a disclosure. A chart is drawn only where it says more than its sentence: with a few records
over a few years, and not when every year holds the same count (a flat band); otherwise the page
shows the sentence alone.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext, ngettext

# The timeline's drawing: a plot area with a scale on its left and the years under it.
TIMELINE_WIDTH, TIMELINE_HEIGHT, AXIS = 640, 120, 18
SCALE, TOP = 40, 10  # room for the scale's numbers on the left, and for the top one's upper half
BAR_ROW, BAR_WIDTH = 22, 300
# Below these a chart says nothing its sentence does not: fewer records, or fewer years with any.
MIN_RECORDS, MIN_YEARS, MIN_BARS = 5, 3, 2
MAX_TICKS = 4  # intervals on the scale, at most


def nice_step(most, intervals=MAX_TICKS):
    """The scale's step: the smallest of 1, 2, 5, 10, 20, 50... giving at most `intervals` steps."""
    power = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * power
            if math.ceil(most / step) <= intervals:
                return step
        power *= 10


def join_names(names):
    """'2015', '2015 and 2018', '2015, 2018 and 2020'."""
    names = [str(n) for n in names]
    if len(names) == 1:
        return names[0]
    # Translators: the last of a list of names or years, e.g. "2015, 2018 and 2020".
    return gettext("%(names)s and %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]}


def year_spans(years):
    """Sorted years as runs: [2015, 2016, 2017, 2020] -> '2015–2017 and 2020'. Two years in a row
    are named both ('2015 and 2016'), three or more as a range."""
    runs = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{run[0]}–{run[-1]}")
        else:
            parts.extend(str(year) for year in run)
    return join_names(parts)


def records_counted(count):
    return ngettext("%(count)d record", "%(count)d records", count) % {"count": count}


def counted(count, noun):
    """'1 intervention', '7 interventions'. `noun` is a function giving that phrase for a count (each
    type's, translated by ngettext), or an English plural noun (the portal's nouns are regular)."""
    if callable(noun):
        return noun(count)
    if noun == "records":
        return records_counted(count)
    singular = noun[:-1] if noun.endswith("s") else noun
    return f"{count} {singular if count == 1 else noun}"


@dataclass
class Segment:
    series: int
    count: int
    y: float
    height: float


@dataclass
class YearBar:
    year: int
    x: float
    width: float
    total: int
    segments: list
    selected: bool = False
    label: bool = False  # print the year under this bar

    @property
    def middle(self):
        return round(self.x + self.width / 2, 1)


@dataclass
class Tick:
    """A line of the scale: its value and where it is drawn."""

    value: int
    y: float


@dataclass
class Timeline:
    """Records per year. `series`: [(name, {year: count})], stacked in that order.

    `total`: how many records the chart counts, when known (a record active over several years is
    in several bars, so the bars need not add up to it); `noun` names them: a function giving
    "3 interventions" for 3 (see `counted`), or an English plural ("interventions");
    `spans`: the counts are of records active in each year, not of records dated in it."""

    title: str
    series: list
    selected: set = field(default_factory=set)
    total: int | None = None
    noun: str | Callable = "records"
    spans: bool = False

    def __post_init__(self):
        counts = {}
        for index, (_, per_year) in enumerate(self.series):
            for year, count in per_year.items():
                if count:
                    counts.setdefault(int(year), {})[index] = count
        self.width, self.height = TIMELINE_WIDTH, TOP + TIMELINE_HEIGHT + AXIS
        self.plot_left, self.plot_bottom = SCALE, TOP + TIMELINE_HEIGHT
        self.bars, self.ticks = [], []
        if not counts:
            return
        first, last = min(counts), max(counts)
        years = list(range(first, last + 1))  # a year with nothing is a gap in the chart, not skipped
        self.most = max(sum(c.values()) for c in counts.values())
        step = nice_step(self.most)
        self.top = step * math.ceil(self.most / step)  # the scale's last number: bars are drawn to it
        self.ticks = [
            Tick(value, round(self.plot_bottom - TIMELINE_HEIGHT * value / self.top, 1))
            for value in range(0, self.top + 1, step)
        ]
        plot = TIMELINE_WIDTH - SCALE
        slot = plot / len(years)
        every = max(1, round(len(years) / 8))
        final = len(years) - 1
        for position, year in enumerate(years):
            # Every few years a label, and always the last year's; none crowding it.
            labelled = position == final or (position % every == 0 and final - position >= (every + 1) / 2)
            segments, top = [], self.plot_bottom
            for index in range(len(self.series)):
                count = counts.get(year, {}).get(index, 0)
                if count:
                    height = TIMELINE_HEIGHT * count / self.top
                    top -= height
                    segments.append(Segment(index + 1, count, round(top, 1), round(height, 1)))
            self.bars.append(
                YearBar(
                    year,
                    round(SCALE + position * slot + slot * 0.1, 1),
                    round(slot * 0.8, 1),
                    sum(s.count for s in segments),
                    segments,
                    str(year) in self.selected,
                    labelled,
                )
            )
        self.first, self.last = first, last

    # --- what the chart says -------------------------------------------------------------------

    @property
    def years_with_records(self):
        return [bar.year for bar in self.bars if bar.total]

    @property
    def flat(self):
        """Every year of the range holds the same count: a band that says only that number."""
        return len(self.bars) > 1 and len({bar.total for bar in self.bars}) == 1

    @property
    def records(self):
        """How many records the chart counts: the total given, or (one year per record) the sum."""
        if self.total is not None:
            return self.total
        return None if self.spans else sum(bar.total for bar in self.bars)

    @property
    def drawn(self):
        """Whether the chart says more than its sentence: enough records over enough years, and
        not the same count every year."""
        if not self.bars or self.flat or len(self.years_with_records) < MIN_YEARS:
            return False
        records = self.records if self.records is not None else sum(bar.total for bar in self.bars)
        return records >= MIN_RECORDS

    @property
    def summary(self):
        """One sentence: the years, the records counted (when known), the peak and the empty years.
        Each form is a whole sentence for translators; `title` is the chart's, e.g. "Publications per year"."""
        if not self.bars:
            # Translators: title is a chart's title, e.g. "Publications per year".
            return gettext("%(title)s: none.") % {"title": self.title}
        records = self.records
        values = {
            "title": self.title,
            "records": counted(records, self.noun) if records is not None else "",
            "years": f"{self.first}–{self.last}" if self.last > self.first else str(self.first),
        }
        if self.flat:
            values["count"] = self.bars[0].total
            if records is None:
                # Translators: a chart's summary: "Publications per year: 7 in each of 2015–2017."
                return gettext("%(title)s: %(count)d in each of %(years)s.") % values
            # Translators: a chart's summary: "Publications per year: 7 in each of 2015–2017 (21 publications)."
            return gettext("%(title)s: %(count)d in each of %(years)s (%(records)s).") % values
        with_records = [bar for bar in self.bars if bar.total]
        if len(with_records) < MIN_YEARS:  # few enough to name every one
            # Translators: one year's count in a chart's summary, e.g. "3 in 2017".
            each = [gettext("%(count)d in %(year)d") % {"count": bar.total, "year": bar.year} for bar in with_records]
            values["counts"] = join_names(each)
            if records is None:
                # Translators: a chart's summary: "Publications per year: 2 in 2015 and 3 in 2017."
                return gettext("%(title)s: %(counts)s.") % values
            # Translators: a chart's summary: "Publications per year: 2 in 2015 and 3 in 2017 (5 publications)."
            return gettext("%(title)s: %(counts)s (%(records)s).") % values
        peak = max(bar.total for bar in self.bars)
        peaks = [bar.year for bar in self.bars if bar.total == peak]
        empty = [bar.year for bar in self.bars if not bar.total]
        values |= {
            "count": peak,
            "peaks": year_spans(peaks),
            "empty": year_spans(empty) if empty else "",
            "missing": len(empty),
        }
        values["all"] = len(self.bars)
        if records is None:
            # Translators: a chart's title and the years it covers, e.g. "Publications per year, 2015–2020".
            values["head"] = gettext("%(title)s, %(years)s") % values
        else:
            # Translators: a chart's title, its years and how many records it counts, e.g.
            # "Publications per year, 2015–2020 (12 publications)".
            values["head"] = gettext("%(title)s, %(years)s (%(records)s)") % values
        if not empty:
            text = ngettext(
                # Translators: a chart's summary; head is e.g. "Publications per year, 2015–2018 (17 publications)",
                # peaks the year or years with the most records ("2015 and 2017"), count how many each has.
                "%(head)s: most in %(peaks)s (%(count)d).",
                "%(head)s: most in %(peaks)s (%(count)d each).",
                len(peaks),
            )
        elif len(empty) <= 3:
            text = ngettext(
                # Translators: as "%(head)s: most in %(peaks)s (%(count)d).", then the years with no record at all
                # ("2016, 2018 and 2019").
                "%(head)s: most in %(peaks)s (%(count)d); none in %(empty)s.",
                "%(head)s: most in %(peaks)s (%(count)d each); none in %(empty)s.",
                len(peaks),
            )
        else:
            text = ngettext(
                # Translators: as "%(head)s: most in %(peaks)s (%(count)d).", then how many of the chart's years
                # (always more than 3 of at least 4) have no record at all.
                "%(head)s: most in %(peaks)s (%(count)d); none in %(missing)d of the %(all)d years.",
                "%(head)s: most in %(peaks)s (%(count)d each); none in %(missing)d of the %(all)d years.",
                len(peaks),
            )
        return text % values

    @property
    def names(self):
        return [(index + 1, name) for index, (name, _) in enumerate(self.series)]

    @property
    def rows(self):
        """The table: one row per year that has records, a column per series."""
        return [
            (bar.year, [next((s.count for s in bar.segments if s.series == n), 0) for n, _ in self.names])
            for bar in self.bars
            if bar.total
        ]


@dataclass
class Bar:
    label: str
    count: int
    url: str
    y: float
    length: float


@dataclass
class BarChart:
    """Counts per value: [(label, count, url)], largest first, or as given when `ordered` (areas of
    work keep their numbers' order, as their facet lists them). `records`: how many records are
    counted (a record may carry several values), when known."""

    title: str
    values: list
    limit: int = 12
    ordered: bool = False
    records: int | None = None

    def __post_init__(self):
        values = [v for v in self.values if v[1]]
        if not self.ordered:
            values.sort(key=lambda v: -v[1])
        values = values[: self.limit]
        most = max((count for _, count, _ in values), default=0)
        self.bars = [
            Bar(label, count, url, index * BAR_ROW, round(BAR_WIDTH * count / most, 1) if most else 0)
            for index, (label, count, url) in enumerate(values)
        ]
        self.width, self.height = BAR_WIDTH + 60, max(BAR_ROW, len(self.bars) * BAR_ROW)

    @property
    def drawn(self):
        """Whether the bars say more than the sentence: two values or more, of a few records."""
        if len(self.bars) < MIN_BARS:
            return False
        return self.records is None or self.records >= MIN_RECORDS

    @property
    def summary(self):
        if not self.bars:
            # Translators: title is a chart's title, e.g. "Publications per year".
            return gettext("%(title)s: none.") % {"title": self.title}
        peak = max(bar.count for bar in self.bars)
        peaks = [bar.label for bar in self.bars if bar.count == peak]
        values = {
            "title": self.title,
            "names": join_names([gettext("“%(value)s”") % {"value": label} for label in peaks]),
            "count": peak,
            "shown": len(self.bars),
        }
        if len(self.bars) == 1:
            # Translators: a bar chart's summary with one bar: "By mineral: “Gold” (5)."
            return gettext("%(title)s: %(names)s (%(count)d).") % values
        text = ngettext(
            # Translators: a bar chart's summary: "By mineral: 4 shown, most for “Gold” (5)." names are the
            # quoted values with the most records ("“Gold” and “Tin”"), count how many records each has.
            "%(title)s: %(shown)d shown, most for %(names)s (%(count)d).",
            "%(title)s: %(shown)d shown, most for %(names)s (%(count)d each).",
            len(peaks),
        )
        return text % values


def timeline_from_group(title, group, noun="records"):
    """A browse page's timeline from its year facet: the counts honour every other filter. `noun`: a
    function giving "3 publications" for 3, or an English plural noun."""
    if group is None:
        return None
    per_year = {value.value: value.count for value in group.values if value.value.isascii() and value.value.isdigit()}
    spans = bool(getattr(group.facet, "spans", False))
    return Timeline(
        title,
        [(title, per_year)],
        {value.value for value in group.selected},
        group.covered,
        noun if callable(noun) else noun.lower(),
        spans,
    )


def bars_from_group(title, group):
    """A bar chart of a facet's values in its own order when that order is fixed (areas of work by
    number), else largest first; labelled as the facet labels them ("1. Area-based work")."""
    if group is None:
        return None
    ordered = getattr(group.facet, "order", "count") == "number"
    values = [(value.label, value.count, value.toggle_url) for value in group.values]
    return BarChart(title, values, ordered=ordered, records=group.total_without)
