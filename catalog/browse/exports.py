"""Streamed CSV and JSON exports of a whole filtered listing, with labelled columns.

Rows are read as plain values, a chunk at a time, with each related list (countries, authors,
organisations by role...) fetched for the whole chunk in one query: no model instances, so an
export streams tens of thousands of rows a second in constant memory.
"""

import csv
import io
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View

from ..text import clean

CHUNK = 2000
FLUSH_ROWS = 500
FORMULA_START = frozenset("=+-@\t\r")
SLUG = "__slug__"


@dataclass(frozen=True)
class Column:
    key: str  # the JSON field
    label: str  # the CSV heading (translated: the CSV is for people; JSON keys stay as they are)
    value: Callable  # row (a dict of values and related lists) -> str, number, list or None


@dataclass(frozen=True)
class Related:
    """A list per record, e.g. Related("countries__name") or funders:
    Related("roles__organisation__name", {"roles__role": "funding"})."""

    path: str
    condition: dict = field(default_factory=dict)
    order: tuple = ()
    distinct: bool = False
    also: tuple = ()  # more paths read beside `path`: each list item is then a tuple (path's value, *also)


class SourceRef(dict):
    """A source in an export: an object in JSON, and in a CSV cell the form the import reads,
    "address (checked on[, the fact it backs])"."""

    def __str__(self):
        details = ", ".join(filter(None, [self["checked_on"], self["backs"]]))
        return f"{self['url']} ({details})"


SOURCES = Related(
    "sources__url", order=("sources__position", "sources__id"), also=("sources__checked_on", "sources__backs")
)


def source_list(row):
    return [SourceRef(url=url, checked_on=iso(checked), backs=backs) for url, checked, backs in row["sources"]]


SOURCES_COLUMN = Column("sources", _("Sources"), source_list)


# The classification every content type carries, each a list of names per record.
CLASSIFIED = {
    "countries": Related("countries__name", order=("countries__name",)),
    "minerals": Related("minerals__name", order=("minerals__name",)),
    "areas_of_work": Related("areas_of_work__name", order=("areas_of_work__number",)),
    "topics": Related("topics__name", order=("topics__name",)),
}


def or_none(key):
    """A column giving a text field, blank as None (empty in CSV, null in JSON)."""
    return lambda row: row[key] or None


def label(choices, key):
    """A column giving the display label of a TextChoices field (blank stays None)."""
    labels = {value: str(text) for value, text in choices.choices}
    return lambda row: labels.get(row[key], row[key]) or None


def id_list(ids):
    """`pk__in` a chunk's ids as one parameter: thousands of separate placeholders cost more to
    build and parse than the query takes to run."""
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [ids])
    return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])


def iso(value):
    return value.isoformat() if value is not None else None


def neutralise(text):
    """Spreadsheets run cells starting with = + - @ as formulas; a leading quote makes them text."""
    return "'" + text if text[:1] in FORMULA_START else text


def csv_cell(value):
    # The common cases first: this runs for every cell of every row.
    kind = type(value)
    if kind is str:
        if not value.isprintable():  # a line break or a control character: rare, and only then a regex
            value = clean(value)  # CSV quotes line breaks; other controls are no text (RFC 4180)
        return "'" + value if value[:1] in FORMULA_START else value
    if value is None:
        return ""
    if kind is list or kind is tuple:
        return csv_cell("; ".join(v if type(v) is str else str(v) for v in value))
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    if isinstance(value, int | float):
        return value
    return neutralise(str(value))


class ExportView(View):
    """A content type's whole filtered listing as `format` ("csv" or "json"), with the columns its
    `record_type.export` declares."""

    record_type = None
    format = "csv"

    @property
    def model(self):
        return self.record_type.model

    def records(self, query):
        """The engine's records in its order, read as plain values a chunk at a time (still
        narrowed to the published ones: a record unpublished since the index was built stays out)."""
        published = self.model.objects.published()
        for ids in query.id_chunks(CHUNK):
            rows = published.filter(pk__in=id_list(ids)).values("pk", "slug", *self.record_type.export.fields)
            found = {row["pk"]: row for row in rows}
            yield from self.with_related([found[pk] for pk in ids if pk in found])

    def with_related(self, chunk):
        ids = [row["pk"] for row in chunk]
        for related, keys in self.related_queries():
            # Related lists that differ only by a condition's value (funders, implementers...) come
            # from one query, split here. The condition is checked in Python rather than in SQL: with
            # it in the WHERE clause, SQLite may drive the join from an index on the condition
            # instead of from these ids.
            lists = {wanted: defaultdict(list) for wanted in keys}
            query = self.model._base_manager.filter(pk__in=id_list(ids)).values_list(
                "pk", related.path, *related.also, *related.condition
            )
            if related.order:
                query = query.order_by("pk", *related.order)
            extra = len(related.also)
            for pk, value, *rest in query:
                target = lists.get(tuple(rest[extra:]))
                if target is None or value is None or value == "":
                    continue
                if extra:
                    value = (value, *rest[:extra])
                values = target[pk]
                if not (related.distinct and value in values):
                    values.append(value)
            for wanted, key in keys.items():
                found = lists[wanted]
                for row in chunk:
                    row[key] = found.get(row["pk"], [])
        return chunk

    def related_queries(self):
        """[(Related, {condition values: row key})]: one entry per query to run."""
        queries = {}
        for key, related in self.record_type.export.related.items():
            shape = (related.path, related.also, tuple(related.condition), related.order, related.distinct)
            _, keys = queries.setdefault(shape, (related, {}))
            keys[tuple(related.condition.values())] = key
        return list(queries.values())

    def get(self, request, *args, **kwargs):
        query = self.record_type.query(request.GET, request=request)
        noun = self.record_type.noun
        self.heading = query.describe(noun)
        rows = self.records(query)
        page = request.build_absolute_uri(reverse(f"{self.model._meta.app_label}:detail", args=[SLUG]))
        columns = [
            # Translators: the heading of the CSV column giving each record's web address.
            Column("url", gettext("URL"), lambda r: page.replace(SLUG, r["slug"])),
            *self.record_type.export.columns(request),
        ]
        filename = slugify(self.heading)[:80] or slugify(noun)
        if self.format == "json":
            body, content_type = self.json_lines(rows, columns), "application/json; charset=utf-8"
        else:
            body, content_type = self.csv_lines(rows, columns), "text/csv; charset=utf-8"
        response = StreamingHttpResponse(body, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{filename}.{self.format}"'
        response["X-Content-Type-Options"] = "nosniff"
        return query.announce(response)

    @staticmethod
    def csv_lines(rows, columns):
        # Rows go out a few hundred at a time: one write to the socket per row would cost more
        # than producing the row.
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        buffer.write("\ufeff")  # the byte-order mark makes Excel read UTF-8
        writer.writerow([str(c.label) for c in columns])
        values = [c.value for c in columns]
        for index, row in enumerate(rows, start=1):
            writer.writerow([csv_cell(value(row)) for value in values])
            if index % FLUSH_ROWS == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    @staticmethod
    def json_lines(rows, columns):
        pending = ["["]
        for index, row in enumerate(rows):
            item = {c.key: c.value(row) for c in columns}
            pending.append(("," if index else "") + "\n" + json.dumps(item, ensure_ascii=False, default=str))
            if len(pending) >= FLUSH_ROWS:
                yield "".join(pending)
                pending = []
        pending.append("\n]\n")
        yield "".join(pending)
