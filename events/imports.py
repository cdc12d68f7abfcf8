"""Spreadsheet import and export of events, on the shared kit in catalog.imports.

Start and end are written in the event's own time zone (the `time_zone` column), as curators type
them in the admin: "2019-05-28" for an all-day date, "2019-05-28 09:30" with a time.
"""

import zoneinfo
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext
from import_export import fields, widgets

from catalog.imports import CLASSIFICATION_COLUMNS, ChoiceWidget, Column, PublishableResource, RecordWidget, TextWidget
from catalog.models import Country, DatePrecision
from interventions.models import Intervention

from .models import TIME_ZONES, Event, EventOrganiser

ROLE_COLUMNS = {
    "hosts": Column("organisations", role=EventOrganiser.Role.HOST),
    "co_organisers": Column("organisations", role=EventOrganiser.Role.CO_ORGANISER),
    "partners": Column("organisations", role=EventOrganiser.Role.PARTNER),
    "sponsors": Column("organisations", role=EventOrganiser.Role.SPONSOR),
}


def row_zone(row):
    name = str((row or {}).get("time_zone") or "").strip() or "UTC"
    if name not in TIME_ZONES:
        raise ValueError(
            gettext("“%(name)s” is not a time zone; use a name such as Africa/Nairobi or UTC.") % {"name": name}
        )
    return zoneinfo.ZoneInfo(name)


class LocalDateTimeWidget(widgets.Widget):
    """A date, or a date and time, read and written in the row's own time zone."""

    FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d")

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime):  # a spreadsheet cell typed as a date
            return timezone.make_aware(value, row_zone(row)) if timezone.is_naive(value) else value
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        for pattern in self.FORMATS:
            try:
                return timezone.make_aware(datetime.strptime(text, pattern), row_zone(row))
            except ValueError:
                continue
        raise ValueError(
            gettext("“%(text)s” is not a date (2019-05-28) or a date and time (2019-05-28 09:30).") % {"text": text}
        )


def local_text(event, value):
    """How a curator types it: in the event's zone, without a time for an all-day event."""
    if value is None:
        return ""
    local = timezone.localtime(value, zoneinfo.ZoneInfo(event.time_zone))
    return local.strftime("%Y-%m-%d" if event.all_day else "%Y-%m-%d %H:%M")


class EventResource(PublishableResource):
    kind = fields.Field(attribute="kind", column_name="kind", widget=ChoiceWidget(Event.Kind, required=True))
    attendance = fields.Field(attribute="attendance", column_name="attendance", widget=ChoiceWidget(Event.Attendance))
    start = fields.Field(attribute="start", column_name="start", widget=LocalDateTimeWidget())
    end = fields.Field(attribute="end", column_name="end", widget=LocalDateTimeWidget())
    all_day = fields.Field(attribute="all_day", column_name="all_day", widget=widgets.BooleanWidget())
    date_precision = fields.Field(
        attribute="date_precision", column_name="date_precision", widget=ChoiceWidget(DatePrecision)
    )
    time_zone = fields.Field(attribute="time_zone", column_name="time_zone", widget=TextWidget())
    country = fields.Field(
        attribute="country",
        column_name="country",
        widget=RecordWidget(Country, ["iso2", "iso3", "slug", "name"], "country", export_as="iso2"),
    )
    intervention = fields.Field(
        attribute="intervention",
        column_name="intervention",
        widget=RecordWidget(Intervention, ["slug", "title"], "intervention", export_as="slug"),
    )
    hosts = fields.Field(column_name="hosts")
    co_organisers = fields.Field(column_name="co_organisers")
    partners = fields.Field(column_name="partners")
    sponsors = fields.Field(column_name="sponsors")

    columns = {**CLASSIFICATION_COLUMNS, **ROLE_COLUMNS}
    role_model = EventOrganiser
    role_parent = "event"

    class Meta(PublishableResource.Meta):
        model = Event
        fields = [
            "title",
            "slug",
            "summary",
            "state",
            "kind",
            "attendance",
            "time_zone",
            "start",
            "end",
            "all_day",
            "date_precision",
            "venue",
            "city",
            "country",
            "online_url",
            "hashtag",
            "registration_url",
            "description",
            "outcomes",
            "participant_count",
            "country_count",
            "attendance_notes",
            "contact",
            "intervention",
            "countries",
            "minerals",
            "areas_of_work",
            "topics",
            "sources",
            "hosts",
            "co_organisers",
            "partners",
            "sponsors",
        ]
        export_order = fields

    def before_import_row(self, row, **kwargs):
        super().before_import_row(row, **kwargs)
        for column, default in (("date_precision", DatePrecision.DAY), ("time_zone", "UTC"), ("all_day", "true")):
            if column in row and not str(row[column]).strip():
                row[column] = default

    def dehydrate_start(self, event):
        return local_text(event, event.start)

    def dehydrate_end(self, event):
        return local_text(event, event.end)
