"""Publications, declared once for every surface (see catalog/browse/record_types.py)."""

from django.db.models import Prefetch
from django.utils.translation import ngettext, pgettext_lazy

from catalog.browse.record_types import RecordType

from .columns import EXPORT
from .filters import PublicationFilterSet
from .models import Publication, PublicationOrganisation


def counted_publications(count):
    return ngettext("%(count)d publication", "%(count)d publications", count) % {"count": count}


PUBLICATIONS = RecordType(
    model=Publication,
    filterset_class=PublicationFilterSet,
    # Translators: the noun that starts a listing's heading ("Publications on gold in Ghana").
    noun=pgettext_lazy("heading: noun", "Publications"),
    counted=counted_publications,
    namespace="publications",
    export=EXPORT,
    rows_template="publications/_rows.html",
    # A result row shows its organisations: roles with their organisations, in one query, ordered
    # by organisation so one with several roles is named once.
    listing_prefetch=(
        Prefetch(
            "organisation_roles",
            PublicationOrganisation.objects.select_related("organisation").order_by("organisation__name", "role"),
        ),
    ),
)
