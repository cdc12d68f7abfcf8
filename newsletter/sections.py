"""The content types a digest draws from, in the order a newsletter presents them.

Each section is its type's declaration (`record_type.py`) and engine, so a browse query string
means the same records here as on the browse page.
"""

from dataclasses import dataclass

from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext, pgettext
from django.utils.translation import gettext_lazy as _

from events.models import Event
from events.record_type import EVENTS
from interventions.models import InterventionRole
from interventions.record_type import INTERVENTIONS
from publications.record_type import PUBLICATIONS

SUMMARY_WORDS = 60
MAX_LISTED_COUNTRIES = 3


@dataclass(frozen=True)
class Entry:
    """One record as a digest shows it, in every output format."""

    key: str  # "publications:12": how the builder's form names it
    title: str
    url: str  # absolute
    meta: str
    summary: str


def publication_meta(p):
    people = [a.name for a in p.authors.all()] or sorted({r.organisation.name for r in p.organisation_roles.all()})
    return [p.get_kind_display(), p.date_display, ", ".join(people)]


def event_meta(e):
    place = ", ".join(filter(None, [e.city, e.country.name if e.country_id else ""]))
    if e.attendance == Event.Attendance.ONLINE:
        place = pgettext("event place", "Online")
    elif e.attendance == Event.Attendance.HYBRID:
        # Translators: where a hybrid event takes place; %(place)s is a city and country, e.g. "Accra, Ghana".
        place = gettext("%(place)s and online") % {"place": place} if place else pgettext("event place", "Online")
    return [e.get_kind_display(), e.when, place]


def intervention_meta(i):
    countries = [c.name for c in i.countries.all()]
    if len(countries) > MAX_LISTED_COUNTRIES:
        more = len(countries) - MAX_LISTED_COUNTRIES
        # Translators: after the first three countries of an intervention, how many more it works in.
        countries = [
            *countries[:MAX_LISTED_COUNTRIES],
            ngettext("%(count)d more", "%(count)d more", more) % {"count": more},
        ]
    funders = [r.organisation.name for r in i.roles.all() if r.role == InterventionRole.Role.FUNDING]
    return [
        i.get_kind_display(),
        i.get_status_display(),
        ", ".join(countries),
        # Translators: %(funders)s is a list of organisation names, e.g. "GIZ, USDOL".
        gettext("Funded by %(funders)s") % {"funders": ", ".join(funders)} if funders else "",
    ]


@dataclass(frozen=True)
class Section:
    key: str  # also the query-string prefix: "publications-country=GH"
    heading: str  # the section's heading in the digest itself
    label: str  # the type's name in the builder's form
    record_type: object  # a catalog.browse.record_types.RecordType
    prefetch: tuple
    meta: object

    @property
    def model(self):
        return self.record_type.model

    @property
    def noun(self):
        return self.record_type.noun

    @property
    def filterset_class(self):
        return self.record_type.filterset_class

    def browse_path(self):
        return self.record_type.browse_path()

    def entry(self, record, absolute):
        """`record`'s line; `absolute` makes a path a full address (a request's build_absolute_uri,
        or the site's address for mail sent without one)."""
        return Entry(
            key=f"{self.key}:{record.pk}",
            title=record.display_title,
            url=absolute(record.get_absolute_url()),
            meta=" · ".join(part for part in self.meta(record) if part),
            summary=Truncator(record.display_summary).words(SUMMARY_WORDS),
        )


SECTIONS = [
    Section(
        "publications",
        _("New publications"),
        _("Publications"),
        PUBLICATIONS,
        ("authors__person", "organisation_roles__organisation"),
        publication_meta,
    ),
    Section("events", _("Events"), _("Events"), EVENTS, ("country",), event_meta),
    Section(
        "interventions",
        _("Interventions"),
        _("Interventions"),
        INTERVENTIONS,
        ("countries", "roles__organisation"),
        intervention_meta,
    ),
]
BY_KEY = {section.key: section for section in SECTIONS}
