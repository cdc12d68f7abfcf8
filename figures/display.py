"""Figures as a page shows them: values in the page's language, and grouped by "the same thing"
(the same measure and scope, for overlapping periods) so disagreeing sources stand side by side."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import ngettext, pgettext

from .models import Measure, Unit

MILLION = Decimal(1_000_000)
MEASURE_ORDER = {value: position for position, value in enumerate(Measure.values)}


def plain(value):
    """A Decimal as written in data (CSV, JSON): 20000000, 44.75."""
    if value is None:
        return None
    value = value.normalize()
    return int(value) if value == value.to_integral_value() else value


def number(value):
    """A Decimal in the active language's format, without trailing zeros: 44.75, 44,75, 1,000."""
    value = value.normalize()
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return number_format(value, use_l10n=True, force_grouping=True)


def _in_words(unit, value, n, millions):
    """The value with its unit, as the language writes it ("20–30 million people", "USD 1,200")."""
    if millions:
        texts = {
            Unit.PEOPLE: ngettext("%(value)s million people", "%(value)s million people", n),
            Unit.USD: ngettext("USD %(value)s million", "USD %(value)s million", n),
            Unit.EUR: ngettext("EUR %(value)s million", "EUR %(value)s million", n),
            Unit.TONNES: ngettext("%(value)s million tonnes", "%(value)s million tonnes", n),
        }
    else:
        texts = {
            Unit.PEOPLE: ngettext("%(value)s person", "%(value)s people", n),
            Unit.COUNTRIES: ngettext("%(value)s country", "%(value)s countries", n),
            Unit.ORGANISATIONS: ngettext("%(value)s organisation", "%(value)s organisations", n),
            Unit.USD: pgettext("amount in US dollars", "USD %(value)s"),
            Unit.EUR: pgettext("amount in euros", "EUR %(value)s"),
            Unit.TONNES: ngettext("%(value)s tonne", "%(value)s tonnes", n),
            Unit.PERCENT: pgettext("a percentage", "%(value)s%%"),
        }
    return texts.get(unit, "%(value)s") % {"value": value}


def value_text(figure):
    """ "50 people", "20–30 million people", "USD 1.5 million": a single value or a range."""
    low, high = figure.value_low, figure.value_high if figure.value_high is not None else figure.value_low
    millions = low >= MILLION and figure.unit in (Unit.PEOPLE, Unit.USD, Unit.EUR, Unit.TONNES)
    if millions:
        low, high = low / MILLION, high / MILLION
    shown = number(low) if low == high else f"{number(low)}–{number(high)}"
    return _in_words(figure.unit, shown, int(high), millions)


def page_text(figure):
    # Translators: a page of a publication, after its title ("p. 12").
    return pgettext("page of a publication", "p. %(page)s") % {"page": figure.source_page} if figure.source_page else ""


@dataclass
class FigureGroup:
    """Figures of the same measure and scope whose periods overlap: one thing, one or more sources."""

    figures: list = field(default_factory=list)
    last_year: int = 0

    @property
    def first(self):
        return self.figures[0]

    @property
    def disagree(self):
        return len({(f.value_low, f.value_high, f.unit) for f in self.figures}) > 1

    @property
    def heading(self):
        return self.first.get_measure_display()

    @property
    def period_text(self):
        first = min(f.year_from for f in self.figures)
        return str(first) if first == self.last_year else f"{first}–{self.last_year}"


def group(figures):
    """FigureGroups of `figures`, in the order of the measures, then scope and period. Periods that
    overlap, directly or through a third figure, make one group."""
    groups = []
    ordered = sorted(
        figures, key=lambda f: (MEASURE_ORDER.get(f.measure, 99), f.scope_key, f.year_from, f.year_to, f.pk or 0)
    )
    for figure in ordered:
        figure.value_display = value_text(figure)
        figure.page_display = page_text(figure)
        last = groups[-1] if groups else None
        same = last is not None and (last.first.measure, last.first.scope_key) == (figure.measure, figure.scope_key)
        if same and figure.year_from <= last.last_year:
            last.figures.append(figure)
            last.last_year = max(last.last_year, figure.year_to)
        else:
            groups.append(FigureGroup([figure], figure.year_to))
    return groups


def groups_with(figures, keep):
    """The groups of `figures` that hold at least one figure for which `keep(figure)` is true."""
    return [g for g in group(figures) if any(keep(f) for f in g.figures)]
