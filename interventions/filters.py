from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from catalog.browse.facets import FieldFacet, YearsActiveFacet
from catalog.browse.filters import FacetedFilterSet, FacetFilter

from .models import Intervention, InterventionRole

Role = InterventionRole.Role


class InterventionFilterSet(FacetedFilterSet):
    area = FacetFilter(
        FieldFacet(
            "areas_of_work__slug",
            _("Area of work"),
            label_path="areas_of_work__name",
            number_path="areas_of_work__number",
            phrase=pgettext_lazy("heading: area of work", "on {}"),
            show=9,
            lower=True,
            unfolded=True,
        )
    )
    country = FacetFilter(
        FieldFacet(
            "countries__iso2",
            _("Country"),
            label_path="countries__name",
            phrase=pgettext_lazy("heading: country", "in {}"),
            unfolded=True,
        )
    )
    region = FacetFilter(
        FieldFacet(
            "countries__region",
            _("Region"),
            label_path="countries__region",
            phrase=pgettext_lazy("heading: region", "in {}"),
        )
    )
    mineral = FacetFilter(
        FieldFacet(
            "minerals__slug",
            _("Mineral"),
            label_path="minerals__name",
            phrase=pgettext_lazy("heading: mineral", "on {}"),
            lower=True,
            unfolded=True,
        )
    )
    organisation = FacetFilter(
        FieldFacet(
            "roles__organisation__slug",
            _("Organisation"),
            label_path="roles__organisation__name",
            phrase=pgettext_lazy("heading: organisation", "involving {}"),
        )
    )
    funder = FacetFilter(
        FieldFacet(
            "roles__organisation__slug",
            _("Funder"),
            label_path="roles__organisation__name",
            condition={"roles__role": Role.FUNDING},
            phrase=pgettext_lazy("heading: funder", "funded by {}"),
        )
    )
    implementer = FacetFilter(
        FieldFacet(
            "roles__organisation__slug",
            _("Implementer"),
            label_path="roles__organisation__name",
            condition={"roles__role": Role.IMPLEMENTING},
            phrase=pgettext_lazy("heading: implementer", "implemented by {}"),
        )
    )
    status = FacetFilter(
        FieldFacet(
            "status",
            pgettext_lazy("facet", "Status"),
            choices=Intervention.Status,
            phrase=pgettext_lazy("heading: status", "with status {}"),
            lower=True,
        )
    )
    kind = FacetFilter(
        FieldFacet(
            "kind",
            pgettext_lazy("facet", "Kind"),
            choices=Intervention.Kind,
            phrase=pgettext_lazy("heading: kind", "of kind {}"),
            lower=True,
        )
    )
    focus = FacetFilter(
        FieldFacet(
            "focus",
            pgettext_lazy("facet", "Focus"),
            choices=Intervention.Focus,
            phrase=pgettext_lazy("heading: focus", "focused on {}"),
            lower=True,
        )
    )
    year = FacetFilter(
        YearsActiveFacet(
            "start_date", "end_date", _("Years active"), phrase=pgettext_lazy("heading: year", "active in {}")
        )
    )

    heading_order = [
        "kind",
        "focus",
        "mineral",
        "area",
        "country",
        "region",
        "organisation",
        "funder",
        "implementer",
        "status",
        "year",
    ]
    sort_orders = {
        "newest": ["-start_date", "title"],
        "oldest": ["start_date", "title"],
        "title": ["title"],
    }

    class Meta:
        model = Intervention
        fields = []
