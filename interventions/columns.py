"""The columns of the intervention exports (CSV and JSON): read as values, labelled, in order."""

from operator import itemgetter

from catalog.browse.exports import CLASSIFIED, SOURCES, SOURCES_COLUMN, Column, Related, iso, label, or_none
from catalog.browse.record_types import Export

from .models import Intervention, InterventionRole, period_text

Role = InterventionRole.Role


def in_role(role):
    return Related("roles__organisation__name", {"roles__role": role}, ("roles__organisation__name",))


RELATED = {
    **CLASSIFIED,
    "sources": SOURCES,
    "funders": in_role(Role.FUNDING),
    "implementers": in_role(Role.IMPLEMENTING),
    "accountable": in_role(Role.ACCOUNTABLE),
    "extending": in_role(Role.EXTENDING),
    "regions": Related("countries__region", order=("countries__region",), distinct=True),
}
FIELDS = (
    "title", "kind", "status", "focus", "approach", "start_date", "end_date", "date_precision", "budget",
    "currency", "summary", "website", "iati_identifier", "published_at", "updated",
)  # fmt: skip


COLUMNS = [
    Column("title", "Title", itemgetter("title")),
    Column("kind", "Kind", label(Intervention.Kind, "kind")),
    Column("status", "Status", label(Intervention.Status, "status")),
    Column("focus", "Focus", label(Intervention.Focus, "focus")),
    Column("approach", "Approach", label(Intervention.Approach, "approach")),
    Column("dates", "Dates", lambda r: period_text(r["start_date"], r["end_date"], r["date_precision"])),
    Column("start_date", "Start date", lambda r: iso(r["start_date"])),
    Column("end_date", "End date", lambda r: iso(r["end_date"])),
    Column("budget", "Budget", lambda r: float(r["budget"]) if r["budget"] is not None else None),
    Column("currency", "Currency", or_none("currency")),
    Column("funders", "Funders", itemgetter("funders")),
    Column("implementers", "Implementers", itemgetter("implementers")),
    Column("accountable", "Accountable", itemgetter("accountable")),
    Column("extending", "Extending", itemgetter("extending")),
    Column("countries", "Countries", itemgetter("countries")),
    Column("regions", "Regions", itemgetter("regions")),
    Column("minerals", "Minerals", itemgetter("minerals")),
    Column("areas_of_work", "Areas of work", itemgetter("areas_of_work")),
    Column("topics", "Topics", itemgetter("topics")),
    Column("summary", "Summary", itemgetter("summary")),
    Column("website", "Website", or_none("website")),
    Column("iati_identifier", "IATI identifier", or_none("iati_identifier")),
    Column("published", "Published on the portal", lambda r: iso(r["published_at"])),
    SOURCES_COLUMN,
    Column("updated", "Last updated", lambda r: iso(r["updated"])),
]


EXPORT = Export(FIELDS, RELATED, lambda request: COLUMNS)
