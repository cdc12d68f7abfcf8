from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from catalog.browse.facets import FieldFacet, UpcomingFacet, YearFacet
from catalog.browse.filters import FacetedFilterSet, FacetFilter

from .models import Event


class EventFilterSet(FacetedFilterSet):
    when = FacetFilter(UpcomingFacet(_("Upcoming or past"), phrase="{}", unfolded=True))
    kind = FacetFilter(
        FieldFacet(
            "kind",
            pgettext_lazy("facet", "Kind"),
            choices=Event.Kind,
            phrase=pgettext_lazy("heading: kind", "of kind {}"),
            lower=True,
            unfolded=True,
        )
    )
    attendance = FacetFilter(
        FieldFacet(
            "attendance",
            _("Attendance"),
            choices=Event.Attendance,
            phrase=pgettext_lazy("heading: attendance", "held {}"),
            lower=True,
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
    mineral = FacetFilter(
        FieldFacet(
            "minerals__slug",
            _("Mineral"),
            label_path="minerals__name",
            phrase=pgettext_lazy("heading: mineral", "on {}"),
            lower=True,
        )
    )
    area = FacetFilter(
        FieldFacet(
            "areas_of_work__slug",
            _("Area of work"),
            label_path="areas_of_work__name",
            number_path="areas_of_work__number",
            phrase=pgettext_lazy("heading: area of work", "on {}"),
            show=9,
            lower=True,
        )
    )
    organiser = FacetFilter(
        FieldFacet(
            "organisers__organisation__slug",
            _("Organiser"),
            label_path="organisers__organisation__name",
            phrase=pgettext_lazy("heading: organiser", "organised by {}"),
        )
    )
    year = FacetFilter(YearFacet("start", _("Year"), phrase=pgettext_lazy("heading: year", "in {}")))

    heading_order = ["when", "kind", "mineral", "area", "country", "attendance", "organiser", "year"]
    sort_orders = {
        "newest": ["-start", "title"],
        "oldest": ["start", "title"],
        "title": ["title"],
    }

    class Meta:
        model = Event
        fields = []
