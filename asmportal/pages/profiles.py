"""Profile pages: everything published about one organisation, country, mineral or area of work."""

from dataclasses import dataclass

from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import urlencode
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from catalog.browse.charts import Timeline
from catalog.browse.facet_index import facet_index
from catalog.models import AreaOfWork, Country, Mineral, Organisation, Person
from events.filters import EventFilterSet
from events.models import Event
from events.record_type import EVENTS
from interventions.filters import InterventionFilterSet
from interventions.record_type import INTERVENTIONS
from publications.filters import PublicationFilterSet
from publications.models import Publication
from publications.record_type import PUBLICATIONS

SHOWN = 10
# What a profile's counts say after each number, agreeing with it ("1 intervention", "3 interventions").
UNITS = {
    "interventions": lambda n: ngettext("intervention", "interventions", n),
    "publications": lambda n: ngettext("publication", "publications", n),
    "events": lambda n: ngettext("event", "events", n),
    "funds": lambda n: ngettext("intervention it funds", "interventions it funds", n),
    "implements": lambda n: ngettext("intervention it implements", "interventions it implements", n),
    "takes part": lambda n: ngettext("intervention it takes part in", "interventions it takes part in", n),
    "wrote": lambda n: ngettext(
        "publication it wrote, published or commissioned", "publications it wrote, published or commissioned", n
    ),
    "hosted": lambda n: ngettext(
        "event it hosted, co-organised or supported", "events it hosted, co-organised or supported", n
    ),
}


@dataclass
class Section:
    heading: str
    total: int
    records: list
    browse_url: str
    count_label: str = ""  # what follows the total in the profile's counts: "interventions it funds"


def section(heading, record_type, unit, **params):
    """A profile's section is a browse query (`?funder=x`): counted and listed by the same engine,
    so its total is the total of the page it links to. `unit(n)` words what the total counts,
    singular or plural as the language needs."""
    query = record_type.query(QueryDict(urlencode(params)))
    records = list(query.records(limit=SHOWN))
    url = f"{record_type.browse_path()}?{query.query_string}"
    return Section(heading, query.total, records, url, unit(query.total))


def profile_timeline(facets):
    """Records per year of one profile, a series per kind: [(label, FilterSet class, facet, value)].
    Read from the facet indexes' bitmaps (published records only), so it costs no query."""
    series, total = [], 0
    for label, filterset_class, facet, value in facets:
        index = facet_index(filterset_class)
        records = index.values[facet].bitmaps().get(value)
        years = index.values["year"].bitmaps()
        series.append(
            (label, {year: records.intersection_cardinality(ids) for year, ids in years.items()} if records else {})
        )
        # The records drawn (an intervention counts in every year it runs, but once here).
        total += records.intersection_cardinality(index.values["year"].any()) if records else 0
    return Timeline(gettext("Records per year"), series, total=total)


class ProfileView(TemplateView):
    template_name = "profiles/profile.html"
    model = None
    lookup = "slug"
    kind = ""  # "Country", "Mineral"... (the badge above the name)
    param = None  # the facet (browse query parameter) every content type shares for this kind of profile

    def get_object(self):
        return get_object_or_404(self.model, **{self.lookup: self.kwargs[self.lookup]})

    def get_context_data(self, **kwargs):
        obj = self.get_object()
        return super().get_context_data(
            object=obj, kind=self.kind, sections=self.sections(obj), timeline=self.timeline(obj), **kwargs
        )

    def timeline_facets(self, obj):
        value = getattr(obj, getattr(self, "value_attr", "slug"))
        return [
            (gettext("Interventions active"), InterventionFilterSet, self.param, value),
            (gettext("Publications"), PublicationFilterSet, self.param, value),
            (gettext("Events"), EventFilterSet, self.param, value),
        ]

    def timeline(self, obj):
        return profile_timeline(self.timeline_facets(obj))


class ClassificationProfileView(ProfileView):
    """Country, mineral, area: the records classified under it, for each content type."""

    field = None  # the many-to-many on every content type
    param = None  # the browse query parameter
    value_attr = "slug"

    def sections(self, obj):
        value = getattr(obj, self.value_attr)
        return [
            section(gettext("Interventions"), INTERVENTIONS, UNITS["interventions"], **{self.param: value}),
            section(gettext("Publications"), PUBLICATIONS, UNITS["publications"], **{self.param: value}),
            section(gettext("Events"), EVENTS, UNITS["events"], **{self.param: value}),
        ]


class CountryProfileView(ClassificationProfileView):
    model, lookup, kind = Country, "iso2", _("Country")
    field, param, value_attr = "countries", "country", "iso2"

    def get(self, request, *args, **kwargs):
        if kwargs["iso2"] != kwargs["iso2"].upper():  # one address per country: /countries/GH/
            return redirect("country-profile", kwargs["iso2"].upper(), permanent=True)
        return super().get(request, *args, **kwargs)


class MineralProfileView(ClassificationProfileView):
    model, kind = Mineral, _("Mineral")
    field, param = "minerals", "mineral"


class AreaProfileView(ClassificationProfileView):
    model, kind = AreaOfWork, _("Area of work")
    field, param = "areas_of_work", "area"


class OrganisationProfileView(ProfileView):
    model, kind = Organisation, _("Organisation")
    template_name = "profiles/organisation.html"

    def timeline_facets(self, org):
        return [
            (gettext("Interventions active"), InterventionFilterSet, "organisation", org.slug),
            (gettext("Publications"), PublicationFilterSet, "organisation", org.slug),
            (gettext("Events"), EventFilterSet, "organiser", org.slug),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        org = context["object"]
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": org.name,
            "alternateName": org.acronym,
            "url": org.website,
            "description": org.description,
            "location": org.headquarters.name if org.headquarters else "",
        }
        context["structured_data"] = {k: v for k, v in data.items() if v}
        return context

    def sections(self, org):
        return [
            section(gettext("Interventions it funds"), INTERVENTIONS, UNITS["funds"], funder=org.slug),
            section(gettext("Interventions it implements"), INTERVENTIONS, UNITS["implements"], implementer=org.slug),
            section(
                gettext("All interventions it takes part in"), INTERVENTIONS, UNITS["takes part"], organisation=org.slug
            ),
            section(
                gettext("Publications it wrote, published or commissioned"),
                PUBLICATIONS,
                UNITS["wrote"],
                organisation=org.slug,
            ),
            section(
                gettext("Events it hosted, co-organised or supported"), EVENTS, UNITS["hosted"], organiser=org.slug
            ),
        ]


class PersonProfileView(TemplateView):
    """A person's published work and the published events they speak at. Only someone credited on a
    published record has a page: a person named only on drafts is "not found", like the drafts."""

    template_name = "profiles/person.html"

    def get_context_data(self, **kwargs):
        queryset = Person.objects.public().select_related("affiliation")
        person = get_object_or_404(queryset, slug=self.kwargs["slug"])
        publications = Publication.objects.published().filter(authors__person=person).distinct()
        events = Event.objects.published().filter(speakers__person=person).select_related("country").distinct()
        data = {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": person.name,
            "familyName": person.family_name,
            "givenName": person.given_names,
            "sameAs": person.orcid_url,
            "affiliation": {"@type": "Organization", "name": person.affiliation.name} if person.affiliation else "",
        }
        return super().get_context_data(
            object=person,
            publications=list(publications.order_by("-publication_date", "title")),
            events=list(events.order_by("-start")),
            structured_data={k: v for k, v in data.items() if v},
            **kwargs,
        )


def area_entry_points():
    """The nine areas with how many published interventions each has: the area facet's totals."""
    totals = facet_index(InterventionFilterSet).values["area"].totals
    areas = list(AreaOfWork.objects.order_by("number"))
    for area in areas:
        area.published_interventions = totals.get(area.slug, 0)
    return areas
