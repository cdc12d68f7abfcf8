"""The columns of the event exports (CSV and JSON): read as values, labelled, in order."""

import zoneinfo
from operator import itemgetter

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from catalog.browse.exports import CLASSIFIED, SOURCES, SOURCES_COLUMN, Column, Related, iso, label, or_none
from catalog.browse.record_types import Export
from catalog.models import State

from .models import Event, EventOrganiser, when_text

Role = EventOrganiser.Role


def in_role(role):
    return Related("organisers__organisation__name", {"organisers__role": role}, ("organisers__organisation__name",))


RELATED = {
    **CLASSIFIED,
    "sources": SOURCES,
    "hosts": in_role(Role.HOST),
    "co_organisers": in_role(Role.CO_ORGANISER),
    "partners": in_role(Role.PARTNER),
    "sponsors": in_role(Role.SPONSOR),
    # Only a published intervention is named.
    "intervention": Related("intervention__title", {"intervention__state": State.PUBLISHED}),
}
FIELDS = (
    "title", "kind", "attendance", "start", "end", "all_day", "date_precision", "time_zone", "venue", "city",
    "country__name", "online_url", "hashtag", "participant_count", "country_count", "summary", "published_at",
    "updated",
)  # fmt: skip


def local(row, key):
    return timezone.localtime(row[key], zoneinfo.ZoneInfo(row["time_zone"])) if row[key] else None


def when(row):
    return when_text(local(row, "start"), local(row, "end"), row["all_day"], row["date_precision"], row["time_zone"])


def columns(request):
    """Built for each export, so labels are in the language of its request."""
    return [
        Column("title", _("Title"), itemgetter("title")),
        Column("kind", pgettext("export column", "Kind"), label(Event.Kind, "kind")),
        Column("attendance", _("Attendance"), label(Event.Attendance, "attendance")),
        Column("dates", _("Dates"), when),
        Column("start", _("Start"), lambda r: iso(local(r, "start"))),
        Column("end", _("End"), lambda r: iso(local(r, "end"))),
        Column("all_day", _("All day"), itemgetter("all_day")),
        Column("time_zone", _("Time zone"), itemgetter("time_zone")),
        Column("venue", _("Venue"), or_none("venue")),
        Column("city", _("City"), or_none("city")),
        Column("country", _("Country"), itemgetter("country__name")),
        Column("online_url", _("Online at"), or_none("online_url")),
        Column("hashtag", _("Hashtag"), or_none("hashtag")),
        Column("hosts", _("Hosts"), itemgetter("hosts")),
        Column("co_organisers", _("Co-organisers"), itemgetter("co_organisers")),
        Column("partners", _("Partners"), itemgetter("partners")),
        Column("sponsors", _("Sponsors"), itemgetter("sponsors")),
        Column("intervention", _("Part of"), lambda r: r["intervention"][0] if r["intervention"] else None),
        Column("countries", _("Countries"), itemgetter("countries")),
        Column("minerals", _("Minerals"), itemgetter("minerals")),
        Column("areas_of_work", _("Areas of work"), itemgetter("areas_of_work")),
        Column("topics", _("Topics"), itemgetter("topics")),
        Column("participants", _("Participants"), itemgetter("participant_count")),
        Column("countries_represented", _("Countries represented"), itemgetter("country_count")),
        Column("summary", _("Summary"), itemgetter("summary")),
        Column("published", _("Published on the portal"), lambda r: iso(r["published_at"])),
        SOURCES_COLUMN,
        Column("updated", _("Last updated"), lambda r: iso(r["updated"])),
    ]


EXPORT = Export(FIELDS, RELATED, columns)
