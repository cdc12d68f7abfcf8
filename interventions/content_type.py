"""Interventions, declared once for every surface (see catalog/browse/kinds.py)."""

from catalog.browse.kinds import ContentType

from .columns import EXPORT
from .filters import InterventionFilterSet
from .models import Intervention

INTERVENTIONS = ContentType(
    model=Intervention,
    filterset_class=InterventionFilterSet,
    noun="Interventions",
    namespace="interventions",
    export=EXPORT,
    rows_template="interventions/_rows.html",
    listing_prefetch=("countries",),
    timeline_title="Interventions active per year",
)
