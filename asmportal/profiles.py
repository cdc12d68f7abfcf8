"""Profile pages: everything published about one organisation, country, mineral or area of work."""

from dataclasses import dataclass

from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.views.generic import TemplateView

from catalog.browse.charts import Timeline
from catalog.browse.facet_index import facet_index
from catalog.models import AreaOfWork, Country, Mineral, Organisation
from events.filters import EventFilterSet
from events.models import Event
from interventions.filters import InterventionFilterSet
from interventions.models import Intervention, InterventionRole
from publications.filters import PublicationFilterSet
from publications.models import Publication

SHOWN = 10


@dataclass
class Section:
    heading: str
    total: int
    records: list
    browse_url: str


def section(heading, queryset, order, url_name, **params):
    queryset = queryset.distinct()
    records = list(queryset.order_by(*order)[:SHOWN])
    total = len(records) if len(records) < SHOWN else queryset.count()
    return Section(heading, total, records, f"{reverse(url_name)}?{urlencode(params)}")


NEWEST = {
    Intervention: ["-start_date", "title"],
    Publication: ["-publication_date", "title"],
    Event: ["-start", "title"],
}


def profile_timeline(facets):
    """Records per year of one profile, a series per kind: [(label, FilterSet class, facet, value)].
    Read from the facet indexes' bitmaps (published records only), so it costs no query."""
    series = []
    for label, filterset_class, facet, value in facets:
        index = facet_index(filterset_class)
        records = index.values[facet].bitmaps().get(value)
        years = index.values["year"].bitmaps()
        series.append(
            (label, {year: records.intersection_cardinality(ids) for year, ids in years.items()} if records else {})
        )
    return Timeline("Records per year", series)


class ProfileView(TemplateView):
    template_name = "profiles/profile.html"
    model = None
    lookup = "slug"
    kind = ""  # "Country", "Mineral"...
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
            ("Interventions active", InterventionFilterSet, self.param, value),
            ("Publications", PublicationFilterSet, self.param, value),
            ("Events", EventFilterSet, self.param, value),
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
            section(
                heading,
                model.objects.published().filter(**{self.field: obj}),
                NEWEST[model],
                url,
                **{self.param: value},
            )
            for heading, model, url in [
                ("Interventions", Intervention, "interventions:list"),
                ("Publications", Publication, "publications:list"),
                ("Events", Event, "events:list"),
            ]
        ]


class CountryProfileView(ClassificationProfileView):
    model, lookup, kind = Country, "iso2", "Country"
    field, param, value_attr = "countries", "country", "iso2"

    def get(self, request, *args, **kwargs):
        if kwargs["iso2"] != kwargs["iso2"].upper():  # one address per country: /countries/GH/
            return redirect("country-profile", kwargs["iso2"].upper(), permanent=True)
        return super().get(request, *args, **kwargs)


class MineralProfileView(ClassificationProfileView):
    model, kind = Mineral, "Mineral"
    field, param = "minerals", "mineral"


class AreaProfileView(ClassificationProfileView):
    model, kind = AreaOfWork, "Area of work"
    field, param = "areas_of_work", "area"


class OrganisationProfileView(ProfileView):
    model, kind = Organisation, "Organisation"
    template_name = "profiles/organisation.html"

    def timeline_facets(self, org):
        return [
            ("Interventions active", InterventionFilterSet, "organisation", org.slug),
            ("Publications", PublicationFilterSet, "organisation", org.slug),
            ("Events", EventFilterSet, "organiser", org.slug),
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
        interventions = Intervention.objects.published()
        role = InterventionRole.Role
        return [
            section(
                "Interventions it funds",
                interventions.filter(roles__organisation=org, roles__role=role.FUNDING),
                NEWEST[Intervention],
                "interventions:list",
                funder=org.slug,
            ),
            section(
                "Interventions it implements",
                interventions.filter(roles__organisation=org, roles__role=role.IMPLEMENTING),
                NEWEST[Intervention],
                "interventions:list",
                implementer=org.slug,
            ),
            section(
                "All interventions it takes part in",
                interventions.filter(roles__organisation=org),
                NEWEST[Intervention],
                "interventions:list",
                organisation=org.slug,
            ),
            section(
                "Publications it wrote, published or commissioned",
                Publication.objects.published().filter(organisation_roles__organisation=org),
                NEWEST[Publication],
                "publications:list",
                organisation=org.slug,
            ),
            section(
                "Events it hosted, co-organised or supported",
                Event.objects.published().filter(organisers__organisation=org),
                NEWEST[Event],
                "events:list",
                organiser=org.slug,
            ),
        ]


def area_entry_points():
    """The nine areas with how many published interventions each has (one query)."""
    return AreaOfWork.objects.annotate(
        published_interventions=Count("interventions", filter=Intervention.published_q("interventions__"))
    ).order_by("number")
