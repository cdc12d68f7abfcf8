"""Facets: which values a content type's records carry, declared once.

A facet answers one question about a queryset: `pairs(qs)` lists (record id, value, label) for every
value of every record (one query). The facet index turns those into a bitmap per value, and the
engine matches on them: OR within a facet, AND across facets. There is no second, SQL definition of
a facet to keep equal to this one.
"""

from abc import ABC, abstractmethod

from django.utils import timezone
from django.utils.translation import pgettext_lazy

from .. import names
from . import vocabulary_labels


class Facet(ABC):
    """A facet over a field path, e.g. countries by ISO code: FieldFacet("countries__iso2", "countries__name")."""

    # How the heading phrases a selection, e.g. "in Ghana or Kenya".
    phrase = "{}"

    # Whether the heading puts the values before the noun ("Past events") or after it.
    prefix = False
    # How values are listed (catalog.browse.listing.in_order): "count", most records first (ties
    # keep the catalogue's order, then go by name), selected values first; "value-desc", newest
    # year first; "number", by the vocabulary's own numbering (areas of work 1–9), never moved.
    order = "count"

    def __init__(self, label, phrase=None, show=8, lower=False, unfolded=False):
        self.label = label
        self.phrase = phrase or self.phrase
        self.show = show
        # Shown open in the filter panel: the few facets visitors use most. The rest are folded
        # (with their chosen values named) so the panel is not a wall of checkboxes.
        self.unfolded = unfolded
        self.lower = lower  # lower-case the values in headings ("of kind report"), unlike names
        self.name = None  # set by the FilterSet: the query parameter
        self.model = None  # set by the FilterSet: the model it lists

    @abstractmethod
    def pairs(self, qs, chunk=2000):
        """(record id, value, label) for every value of every record of qs, in one query read
        `chunk` rows at a time."""

    # Whether a record counts in several of its values' years (years active), not in one.
    spans = False
    # Whether `pairs` yields a fourth item per row: the value's number in its vocabulary.
    numbered = False

    def label_for(self, value):
        return value

    # What the heading's grammar knows about the values: "country" (French puts "au", "en", "aux"
    # or "à" before each), "mineral" (French and Spanish give each its article), or None.
    grammar = None

    def localize(self, labels):
        """{value: label} in the active language. The facet index keeps the labels it was built
        with (the stored, English ones) for every request; each request names them in its own."""
        return labels

    def display(self, label, number=None):
        """A value's label where a facet, chip or chart lists it: "1. Area-based work" for a numbered
        vocabulary (headings keep the plain name: "Interventions on area-based work")."""
        return f"{number}. {label}" if number is not None else label

    def describe(self, values):
        """{value: label} for those of `values` that exist at all, so unknown ones can be reported."""
        return {v: self.label_for(v) for v in values}

    def describe_numbered(self, values):
        """({value: label}, {value: number}) for those of `values` that exist (one query at most)."""
        return self.describe(values), {}


class FieldFacet(Facet):
    def __init__(self, path, label, *, label_path=None, number_path=None, choices=None, condition=None, **kwargs):
        super().__init__(label, **kwargs)
        self.path = path
        self.label_path = label_path
        # A numbered vocabulary (areas of work 1–9): listed by that number, and labelled with it.
        self.number_path = number_path
        if number_path:
            self.numbered, self.order = True, "number"
        self.choices = dict(choices.choices) if choices is not None else None
        # A condition on the same related row, e.g. {"roles__role": "funding"} for funders.
        self.condition = condition or {}
        self.grammar = {"countries__iso2": "country", "minerals__slug": "mineral"}.get(path)

    def localize(self, labels):
        if self.choices is not None:
            return {value: str(self.choices.get(value, label)) for value, label in labels.items()}
        field = (self.label_path or "").rsplit("__", 1)[-1]
        if self.path.endswith("countries__iso2") or self.path == "country__iso2":
            return {value: names.country(value, default=label) for value, label in labels.items()}
        if self.path.endswith("__region"):
            return {value: names.region(label) for value, label in labels.items()}
        if self.path.endswith("languages__code"):
            return {value: names.language(value, default=label) for value, label in labels.items()}
        if field == "name" and self.path.endswith("__slug"):
            model, _ = self._target()
            return vocabulary_labels.localize(model, labels)
        return labels

    def pairs(self, qs, chunk=2000):
        extra = [self.label_path] if self.label_path else []
        fields = ["pk", self.path, *extra, *([self.number_path] if self.number_path else [])]
        rows = qs.filter(**self.condition).values_list(*fields) if self.condition else qs.values_list(*fields)
        rows = rows.iterator(chunk_size=chunk)
        if self.label_path:
            return rows
        if self.number_path:
            return ((pk, value, self.label_for(value), number) for pk, value, number in rows)
        return ((pk, value, self.label_for(value)) for pk, value in rows)

    def label_for(self, value):
        if self.choices is not None:
            return str(self.choices.get(value, value))
        return value

    def describe(self, values):
        if self.choices is not None:
            return {v: self.label_for(v) for v in values if v in self.choices}
        return self.describe_numbered(values)[0]

    def describe_numbered(self, values):
        if self.choices is not None:
            return self.describe(values), {}
        model, field = self._target()
        label_field = self.label_path.rsplit("__", 1)[-1] if self.label_path else field
        if not self.number_path:
            return dict(model.objects.filter(**{f"{field}__in": values}).values_list(field, label_field)), {}
        number_field = self.number_path.rsplit("__", 1)[-1]
        rows = model.objects.filter(**{f"{field}__in": values}).values_list(field, label_field, number_field)
        labels, numbers = {}, {}
        for value, label, number in rows:
            labels[value], numbers[value] = label, number
        return labels, numbers

    def _target(self):
        """The vocabulary model and field at the end of `path`, e.g. (Country, "iso2")."""
        *relations, field = self.path.split("__")
        model = self.model
        for name in relations:
            model = model._meta.get_field(name).related_model
        return model, field


class YearFacet(Facet):
    """The year of a date or datetime field."""

    phrase = pgettext_lazy("heading: year", "from {}")
    order = "value-desc"

    def __init__(self, field, label, **kwargs):
        super().__init__(label, **kwargs)
        self.field = field

    def pairs(self, qs, chunk=2000):
        rows = qs.values_list("pk", f"{self.field}__year").iterator(chunk_size=chunk)
        return ((pk, str(y), str(y)) for pk, y in rows if y is not None)

    def describe(self, values):
        return {v: v for v in values if v.isascii() and v.isdigit() and 1000 <= int(v) <= 9999}


class YearsActiveFacet(Facet):
    """Every year between a start and an end date (ongoing records count up to this year)."""

    phrase = pgettext_lazy("heading: year", "active in {}")
    order = "value-desc"
    spans = True  # a record counts in every year it runs: the years' counts do not add up

    def __init__(self, start, end, label, **kwargs):
        super().__init__(label, **kwargs)
        self.start, self.end = start, end

    def pairs(self, qs, chunk=2000):
        this_year = timezone.now().year
        for pk, start, end in qs.values_list("pk", self.start, self.end).iterator(chunk_size=chunk):
            if start is None:
                continue
            last = end.year if end else max(this_year, start.year)
            for year in range(start.year, last + 1):
                yield pk, str(year), str(year)

    def describe(self, values):
        return {v: v for v in values if v.isascii() and v.isdigit() and 1000 <= int(v) <= 9999}


class UpcomingFacet(Facet):
    """Upcoming or past, derived from an event's dates at request time (never stored)."""

    CHOICES = {"upcoming": pgettext_lazy("events", "Upcoming"), "past": pgettext_lazy("events", "Past")}
    # The heading for each selection: "Past events" (French and Spanish put the adjective after).
    HEADINGS = {
        "upcoming": pgettext_lazy("heading", "Upcoming events"),
        "past": pgettext_lazy("heading", "Past events"),
    }
    phrase = "{}"
    prefix = True

    def localize(self, labels):
        return {value: str(self.CHOICES.get(value, label)) for value, label in labels.items()}

    def moments(self, qs, chunk=2000):
        """(record id, the moment it stops being upcoming): its end, or its start without one."""
        for pk, start, end in qs.values_list("pk", "start", "end").iterator(chunk_size=chunk):
            if (end or start) is not None:
                yield pk, end or start

    def pairs(self, qs, chunk=2000):
        now = timezone.now()
        for pk, moment in self.moments(qs, chunk):
            value = "upcoming" if moment >= now else "past"
            yield pk, value, self.CHOICES[value]

    def label_for(self, value):
        return self.CHOICES.get(value, value)

    def describe(self, values):
        return {v: self.CHOICES[v] for v in values if v in self.CHOICES}
