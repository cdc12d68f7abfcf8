from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from catalog.browse.facets import FieldFacet, YearFacet
from catalog.browse.filters import FacetedFilterSet, FacetFilter

from .models import Publication


class PublicationFilterSet(FacetedFilterSet):
    kind = FacetFilter(
        FieldFacet(
            "kind",
            pgettext_lazy("facet", "Kind"),
            choices=Publication.Kind,
            phrase=pgettext_lazy("heading: kind", "of kind {}"),
            lower=True,
            unfolded=True,
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
    mineral = FacetFilter(
        FieldFacet(
            "minerals__slug",
            _("Mineral"),
            label_path="minerals__name",
            phrase=pgettext_lazy("heading: mineral", "on {}"),
            lower=True,
        )
    )
    topic = FacetFilter(
        FieldFacet(
            "topics__slug",
            _("Topic"),
            label_path="topics__name",
            phrase=pgettext_lazy("heading: topic", "about {}"),
            lower=True,
        )
    )
    organisation = FacetFilter(
        FieldFacet(
            "organisation_roles__organisation__slug",
            _("Organisation"),
            label_path="organisation_roles__organisation__name",
            phrase=pgettext_lazy("heading: organisation", "by {}"),
        )
    )
    language = FacetFilter(
        FieldFacet(
            "languages__code",
            _("Language"),
            label_path="languages__name",
            phrase=pgettext_lazy("heading: language", "in {}"),
        )
    )
    year = FacetFilter(YearFacet("publication_date", _("Year"), phrase=pgettext_lazy("heading: year", "from {}")))

    heading_order = ["kind", "mineral", "area", "topic", "country", "organisation", "language", "year"]
    sort_orders = {
        "newest": ["-publication_date", "title"],
        "oldest": ["publication_date", "title"],
        "title": ["title"],
    }

    class Meta:
        model = Publication
        fields = []
