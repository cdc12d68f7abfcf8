"""The content types a digest draws from, in the order a newsletter presents them.

Each section is its type's declaration (`record_type.py`) and engine, so a browse query string
means the same records here as on the browse page.
"""

from dataclasses import dataclass

from django.utils.text import Truncator

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
        place = "Online"
    elif e.attendance == Event.Attendance.HYBRID:
        place = f"{place} and online" if place else "Online"
    return [e.get_kind_display(), e.when, place]


def intervention_meta(i):
    countries = [c.name for c in i.countries.all()]
    if len(countries) > MAX_LISTED_COUNTRIES:
        countries = [*countries[:MAX_LISTED_COUNTRIES], f"{len(countries) - MAX_LISTED_COUNTRIES} more"]
    funders = [r.organisation.name for r in i.roles.all() if r.role == InterventionRole.Role.FUNDING]
    return [
        i.get_kind_display(),
        i.get_status_display(),
        ", ".join(countries),
        f"Funded by {', '.join(funders)}" if funders else "",
    ]


@dataclass(frozen=True)
class Section:
    key: str  # also the query-string prefix: "publications-country=GH"
    heading: str
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

    def entry(self, record, request):
        return Entry(
            key=f"{self.key}:{record.pk}",
            title=record.title,
            url=request.build_absolute_uri(record.get_absolute_url()),
            meta=" · ".join(part for part in self.meta(record) if part),
            summary=Truncator(record.summary).words(SUMMARY_WORDS),
        )


SECTIONS = [
    Section(
        "publications",
        "New publications",
        PUBLICATIONS,
        ("authors", "organisation_roles__organisation"),
        publication_meta,
    ),
    Section("events", "Events", EVENTS, ("country",), event_meta),
    Section("interventions", "Interventions", INTERVENTIONS, ("countries", "roles__organisation"), intervention_meta),
]
BY_KEY = {section.key: section for section in SECTIONS}
