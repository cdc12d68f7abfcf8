"""Charts drawn on the server as SVG: records per year (a timeline, stacked by kind of record) and
counts per value (horizontal bars). No script, no library, nothing the page's policy would refuse.

Each chart carries its own text alternative: a one-sentence summary that names the chart for
screen readers, and the numbers as a table under a disclosure.
"""

from dataclasses import dataclass, field

TIMELINE_WIDTH, TIMELINE_HEIGHT, AXIS = 640, 120, 18
BAR_ROW, BAR_WIDTH = 22, 300


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
class Timeline:
    """Records per year. `series`: [(name, {year: count})], stacked in that order."""

    title: str
    series: list
    selected: set = field(default_factory=set)

    def __post_init__(self):
        counts = {}
        for index, (_, per_year) in enumerate(self.series):
            for year, count in per_year.items():
                if count:
                    counts.setdefault(int(year), {})[index] = count
        self.width, self.height = TIMELINE_WIDTH, TIMELINE_HEIGHT + AXIS
        self.bars = []
        if not counts:
            return
        first, last = min(counts), max(counts)
        years = list(range(first, last + 1))  # a year with nothing is a gap in the chart, not skipped
        self.most = max(sum(c.values()) for c in counts.values())
        step = TIMELINE_WIDTH / len(years)
        every = max(1, round(len(years) / 8))
        for position, year in enumerate(years):
            segments, top = [], TIMELINE_HEIGHT
            for index in range(len(self.series)):
                count = counts.get(year, {}).get(index, 0)
                if count:
                    height = TIMELINE_HEIGHT * count / self.most
                    top -= height
                    segments.append(Segment(index + 1, count, round(top, 1), round(height, 1)))
            self.bars.append(
                YearBar(
                    year,
                    round(position * step + step * 0.1, 1),
                    round(step * 0.8, 1),
                    sum(s.count for s in segments),
                    segments,
                    str(year) in self.selected,
                    position % every == 0 or year == last,
                )
            )
        self.first, self.last = first, last

    @property
    def summary(self):
        if not self.bars:
            return f"{self.title}: none."
        peak = max(self.bars, key=lambda b: b.total)
        return f"{self.title}, {self.first} to {self.last}: most in {peak.year} ({peak.total})."

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
    """Counts per value, largest first: [(label, count, url)]."""

    title: str
    values: list
    limit: int = 12

    def __post_init__(self):
        values = sorted((v for v in self.values if v[1]), key=lambda v: -v[1])[: self.limit]
        most = max((count for _, count, _ in values), default=0)
        self.bars = [
            Bar(label, count, url, index * BAR_ROW, round(BAR_WIDTH * count / most, 1) if most else 0)
            for index, (label, count, url) in enumerate(values)
        ]
        self.width, self.height = BAR_WIDTH + 60, max(BAR_ROW, len(self.bars) * BAR_ROW)

    @property
    def summary(self):
        if not self.bars:
            return f"{self.title}: none."
        top = ", ".join(f"{bar.label} {bar.count}" for bar in self.bars[:3])
        return f"{self.title}: {top}{'…' if len(self.bars) > 3 else ''}."


def timeline_from_group(title, group):
    """A browse page's timeline from its year facet: the counts honour every other filter."""
    if group is None:
        return None
    per_year = {value.value: value.count for value in group.values if value.value.isascii() and value.value.isdigit()}
    return Timeline(title, [(title, per_year)], {value.value for value in group.selected})


def bars_from_group(title, group):
    if group is None:
        return None
    return BarChart(title, [(value.label, value.count, value.toggle_url) for value in group.values])
