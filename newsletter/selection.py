"""What a digest holds: the period, the types, each type's browse filters, and the editor's ticks and order.

Every request (GET to look, POST to compose) recomputes the records from these criteria, so a
digest can only ever hold published records from its period, whatever a form sends back.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.http import QueryDict
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from catalog.browse.engine import sanitised
from catalog.browse.listing import Listing

from .models import Digest
from .sections import SECTIONS, Section

DEFAULT_PERIOD = timedelta(days=90)
MAX_ITEMS_PER_SECTION = 200
# Browse parameters that mean nothing in a digest.
IGNORED_PARAMS = ("page",)
# Seconds, so one digest ends exactly where the next begins and nothing published in between is lost.
DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S"
# The languages a digest can be composed in, each named in its own language.
LANGUAGES = [("en", "English"), ("fr", "Français"), ("es", "Español")]
DEFAULT_LANGUAGE = "en"


def digest_language(code):
    """`code` if a digest can be written in it ("fr", "fr-ca" → "fr"), else None."""
    code = str(code or "").strip().lower().replace("_", "-").partition("-")[0]
    return code if code in dict(LANGUAGES) else None


def written_in(code):
    """Write in the digest language `code`: English is the portal's default language ("en-gb",
    whose addresses carry no prefix), French and Spanish themselves."""
    return translation.override(settings.LANGUAGE_CODE if code == DEFAULT_LANGUAGE else code)


def interface_language():
    """The language the editor is using the site in: what a new digest is written in unless chosen."""
    return digest_language(translation.get_language()) or DEFAULT_LANGUAGE


def this_second():
    return timezone.now().replace(microsecond=0)


def datetime_input(label):
    return forms.DateTimeField(
        label=label,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local", "step": "1"}, format=DATETIME_FORMAT),
        help_text=_("Coordinated Universal Time (UTC)"),
    )


class PeriodForm(forms.Form):
    since = datetime_input(_("Published from"))
    until = datetime_input(_("Published before"))
    type = forms.MultipleChoiceField(
        label=_("Include"),
        choices=[(s.key, s.label) for s in SECTIONS],
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
        error_messages={"required": _("Choose at least one type of record.")},
    )
    language = forms.ChoiceField(
        label=_("Language of the digest"),
        choices=LANGUAGES,
        required=False,
        help_text=_("The digest's headings, dates and labels are written in this language."),
    )

    def clean_language(self):
        return self.cleaned_data.get("language") or interface_language()

    def clean_until(self):
        # A period reaching into the future would make the next digest skip what is published meanwhile.
        until = self.cleaned_data["until"]
        now = this_second()
        if until > now:
            self.clamped = True
            return now
        return until

    def clean(self):
        data = super().clean()
        since, until = data.get("since"), data.get("until")
        if since and until and since >= until:
            self.add_error("since", _("The period must start before it ends."))
        return data


def defaults():
    """The period a new digest covers unless told otherwise: since the last saved digest, until now."""
    until = this_second()
    since = Digest.objects.latest_until() or until - DEFAULT_PERIOD
    return {
        "since": timezone.localtime(since).strftime(DATETIME_FORMAT),
        "until": until.strftime(DATETIME_FORMAT),
        "type": [s.key for s in SECTIONS],
        "language": interface_language(),
    }


def with_defaults(params):
    """The builder's query string with what it leaves out filled in."""
    data = params.copy()
    for name, value in defaults().items():
        if not data.get(name):
            data.setlist(name, value if isinstance(value, list) else [value])
    return data


def from_browse_url(url, language=None):
    """A browse page's address as builder parameters: /publications/?country=GH → publications-country=GH
    (and the digest's language, when one is asked for)."""
    parts = urlsplit(url)
    params = QueryDict(mutable=True)
    if digest_language(language):
        params["language"] = digest_language(language)
    for section in SECTIONS:
        if parts.path == section.browse_path():
            params.setlist("type", [section.key])
            for name, values in sanitised(QueryDict(parts.query)).lists():
                if name not in IGNORED_PARAMS:
                    params.setlist(f"{section.key}-{name}", values)
            return params
    return None


@dataclass
class Row:
    entry: object
    included: bool = True
    position: int = 0


@dataclass
class Part:
    """One section of the digest: its listing (for filters and counts) and its records."""

    section: Section
    listing: Listing
    rows: list = field(default_factory=list)

    @property
    def heading(self):
        return self.listing.describe(self.section.noun)

    @property
    def total(self):
        return self.listing.total

    @property
    def truncated(self):
        return self.total > len(self.rows)

    @property
    def included(self):
        return [row.entry for row in self.rows if row.included]

    def filter_params(self):
        """This section's browse filters as the query string they came from (unknown values dropped)."""
        params = self.listing.params.copy()
        for name in IGNORED_PARAMS:
            params.pop(name, None)
        return params


class Selection:
    def __init__(self, request, data):
        self.request = request
        # An unknown language is no error worth a message: the digest is written in the editor's.
        self.language = digest_language(data.get("language")) or interface_language()
        if data.get("language") != self.language:
            data = data.copy()
            data["language"] = self.language
        self.form = PeriodForm(data)
        self.form.clamped = False
        self.parts = []
        if not self.form.is_valid():
            return
        since, until = self.form.cleaned_data["since"], self.form.cleaned_data["until"]
        for section in SECTIONS:
            if section.key in self.form.cleaned_data["type"]:
                self.parts.append(self._part(section, data, since, until))

    @property
    def is_valid(self):
        return self.form.is_valid()

    @property
    def since(self):
        return self.form.cleaned_data["since"]

    @property
    def until(self):
        return self.form.cleaned_data["until"]

    def _part(self, section, data, since, until):
        prefix = f"{section.key}-"
        params = QueryDict(mutable=True)
        for name, values in data.lists():
            if name.startswith(prefix) and name[len(prefix) :] not in IGNORED_PARAMS:
                params.setlist(name[len(prefix) :], values)
        published = section.model.objects.published().filter(published_at__gte=since, published_at__lt=until)
        listing = Listing(self.request, section.filterset_class, published, path=section.browse_path(), params=params)
        records = listing.query.records(published.prefetch_related(*section.prefetch), limit=MAX_ITEMS_PER_SECTION)
        part = Part(section, listing)
        # Each record's line (its kind, dates, "Funded by"...) is written as the digest will print it.
        with written_in(self.language):
            part.rows = [
                Row(section.entry(r, self.request.build_absolute_uri), position=n)
                for n, r in enumerate(records, start=1)
            ]
        return part

    def arrange(self, chosen, positions):
        """Apply the editor's ticks (`chosen` keys) and order (`positions`: key → number) to every part."""
        for part in self.parts:
            order = {}
            for index, row in enumerate(part.rows):
                row.included = row.entry.key in chosen
                row.position = positions.get(row.entry.key, row.position)
                # A record given a new number goes before the one that already held it.
                order[row.entry.key] = (row.position, row.position == index + 1, index)
            part.rows.sort(key=lambda row: order[row.entry.key])
            for number, row in enumerate(part.rows, start=1):
                row.position = number

    @property
    def included(self):
        return [(part.section, part.included) for part in self.parts if part.included]

    def criteria(self):
        """What to keep with a saved digest, and what the compose form carries back."""
        return {
            "types": [part.section.key for part in self.parts],
            "filters": {part.section.key: part.filter_params().urlencode() for part in self.parts},
            "language": self.language,
        }

    def hidden_fields(self):
        """(name, value) pairs that rebuild this selection when the compose form is posted."""
        fields = [
            ("since", timezone.localtime(self.since).strftime(DATETIME_FORMAT)),
            ("until", timezone.localtime(self.until).strftime(DATETIME_FORMAT)),
            ("language", self.language),
        ]
        for part in self.parts:
            fields.append(("type", part.section.key))
            for name, values in part.filter_params().lists():
                fields.extend((f"{part.section.key}-{name}", value) for value in values)
        return fields


def positions_from(data):
    """The order numbers the compose form sent ("position-publications:12" → 3); junk is ignored."""
    positions = {}
    for name, value in data.items():
        if name.startswith("position-"):
            try:
                positions[name.removeprefix("position-")] = int(value)
            except ValueError:
                continue
    return positions
