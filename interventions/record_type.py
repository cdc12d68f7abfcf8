"""Interventions, declared once for every surface (see catalog/browse/record_types.py)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from catalog.browse.record_types import RecordType

from .columns import EXPORT
from .filters import InterventionFilterSet
from .models import Intervention


def counted_interventions(count):
    return ngettext("%(count)d intervention", "%(count)d interventions", count) % {"count": count}


INTERVENTIONS = RecordType(
    model=Intervention,
    filterset_class=InterventionFilterSet,
    # Translators: the noun that starts a listing's heading ("Interventions on gold in Ghana").
    noun=pgettext_lazy("heading: noun", "Interventions"),
    counted=counted_interventions,
    namespace="interventions",
    export=EXPORT,
    rows_template="interventions/_rows.html",
    listing_prefetch=("countries",),
    timeline_title=_("Interventions active per year"),
    # Translators: a download format of the listing: activities in the International Aid Transparency
    # Initiative's XML standard.
    formats=((_("IATI XML"), "export-iati"),),
)
