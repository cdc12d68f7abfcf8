"""Profile pages: everything published about one organisation, country, mineral or area of work."""

from dataclasses import dataclass

from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.views.generic import TemplateView

from catalog.models import AreaOfWork, Country, Mineral, Organisation
from events.models import Event
from interventions.models import Intervention, InterventionRole
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


class ProfileView(TemplateView):
    template_name = "profiles/profile.html"
    model = None
    lookup = "slug"
    kind = ""  # "Country", "Mineral"...

    def get_object(self):
        return get_object_or_404(self.model, **{self.lookup: self.kwargs[self.lookup]})

    def get_context_data(self, **kwargs):
        obj = self.get_object()
        return super().get_context_data(object=obj, kind=self.kind, sections=self.sections(obj), **kwargs)


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
