"""The columns of the intervention exports (CSV and JSON): read as values, labelled, in order."""

from operator import itemgetter

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

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


def columns(request):
    """Built for each export, so labels are in the language of its request."""
    return [
        Column("title", _("Title"), itemgetter("title")),
        Column("kind", pgettext("export column", "Kind"), label(Intervention.Kind, "kind")),
        Column("status", pgettext("export column", "Status"), label(Intervention.Status, "status")),
        Column("focus", pgettext("export column", "Focus"), label(Intervention.Focus, "focus")),
        Column("approach", _("Approach"), label(Intervention.Approach, "approach")),
        Column("dates", _("Dates"), lambda r: period_text(r["start_date"], r["end_date"], r["date_precision"])),
        Column("start_date", _("Start date"), lambda r: iso(r["start_date"])),
        Column("end_date", _("End date"), lambda r: iso(r["end_date"])),
        Column("budget", _("Budget"), lambda r: float(r["budget"]) if r["budget"] is not None else None),
        Column("currency", _("Currency"), or_none("currency")),
        Column("funders", _("Funders"), itemgetter("funders")),
        Column("implementers", _("Implementers"), itemgetter("implementers")),
        Column("accountable", _("Accountable"), itemgetter("accountable")),
        Column("extending", _("Extending"), itemgetter("extending")),
        Column("countries", _("Countries"), itemgetter("countries")),
        Column("regions", _("Regions"), itemgetter("regions")),
        Column("minerals", _("Minerals"), itemgetter("minerals")),
        Column("areas_of_work", _("Areas of work"), itemgetter("areas_of_work")),
        Column("topics", _("Topics"), itemgetter("topics")),
        Column("summary", _("Summary"), itemgetter("summary")),
        Column("website", _("Website"), or_none("website")),
        Column("iati_identifier", _("IATI identifier"), or_none("iati_identifier")),
        Column("published", _("Published on the portal"), lambda r: iso(r["published_at"])),
        SOURCES_COLUMN,
        Column("updated", _("Last updated"), lambda r: iso(r["updated"])),
    ]


EXPORT = Export(FIELDS, RELATED, columns)
