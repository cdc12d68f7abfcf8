"""The content types a digest draws from, in the order a newsletter presents them.

Each section reuses its type's FilterSet, so a browse query string means the same thing here.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.text import Truncator

from events.filters import EventFilterSet
from events.models import Event
from interventions.filters import InterventionFilterSet
from interventions.models import Intervention, InterventionRole
from publications.filters import PublicationFilterSet
from publications.models import Publication

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
    noun: str
    model: type
    filterset_class: type
    browse_url_name: str
    prefetch: tuple
    meta: object

    def browse_path(self):
        return reverse(self.browse_url_name)

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
        "Publications",
        Publication,
        PublicationFilterSet,
        "publications:list",
        ("authors", "organisation_roles__organisation"),
        publication_meta,
    ),
    Section(
        "events",
        "Events",
        "Events",
        Event,
        EventFilterSet,
        "events:list",
        ("country",),
        event_meta,
    ),
    Section(
        "interventions",
        "Interventions",
        "Interventions",
        Intervention,
        InterventionFilterSet,
        "interventions:list",
        ("countries", "roles__organisation"),
        intervention_meta,
    ),
]
BY_KEY = {section.key: section for section in SECTIONS}
