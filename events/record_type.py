"""Dialogue events, declared once for every surface (see catalog/browse/record_types.py)."""

from django.utils.translation import ngettext, pgettext_lazy

from catalog.browse.record_types import RecordType

from .columns import EXPORT
from .filters import EventFilterSet
from .models import Event


def counted_events(count):
    return ngettext("%(count)d event", "%(count)d events", count) % {"count": count}


EVENTS = RecordType(
    model=Event,
    filterset_class=EventFilterSet,
    # Translators: the noun that starts a listing's heading ("Events on gold in Ghana").
    noun=pgettext_lazy("heading: noun", "Events"),
    counted=counted_events,
    namespace="events",
    export=EXPORT,
    rows_template="events/_rows.html",
    listing_prefetch=("countries",),
    changes_with_time=True,  # upcoming becomes past
    calendar=True,
)
