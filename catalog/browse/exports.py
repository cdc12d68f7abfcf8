"""Streamed CSV and JSON exports of a whole filtered listing, with labelled columns."""

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass

from django.http import StreamingHttpResponse
from django.utils.text import slugify
from django.views import View

from .listing import describe_without_counts, sanitised

CHUNK = 500
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    key: str  # the JSON field
    label: str  # the CSV heading
    value: Callable  # record -> str, number, list or None


def names(related):
    return [str(o) for o in related]


def neutralise(text):
    """Spreadsheets run cells starting with = + - @ as formulas; a leading quote makes them text."""
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    return neutralise(str(value))


class Echo:
    def write(self, value):
        return value


class ExportView(View):
    """Subclasses set model, filterset_class, noun, columns and prefetch; `format` is "csv" or "json"."""

    model = None
    filterset_class = None
    noun = None
    columns = ()
    prefetch = ()
    format = "csv"

    def records(self, request):
        params = sanitised(request.GET)
        filterset = self.filterset_class(params, queryset=self.model.objects.published(), request=request)
        self.heading = describe_without_counts(self.noun, filterset)
        # iterator() keeps memory flat; with chunk_size, prefetching still happens per chunk.
        return filterset.qs.prefetch_related(*self.prefetch).iterator(chunk_size=CHUNK)

    def get(self, request, *args, **kwargs):
        rows = self.records(request)
        columns = [Column("url", "URL", lambda r: request.build_absolute_uri(r.get_absolute_url())), *self.columns]
        filename = slugify(self.heading)[:80] or slugify(self.noun)
        if self.format == "json":
            body, content_type = self.json_lines(rows, columns), "application/json; charset=utf-8"
        else:
            body, content_type = self.csv_lines(rows, columns), "text/csv; charset=utf-8"
        response = StreamingHttpResponse(body, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{filename}.{self.format}"'
        response["X-Content-Type-Options"] = "nosniff"
        return response

    @staticmethod
    def csv_lines(rows, columns):
        writer = csv.writer(Echo())
        yield "\ufeff"  # the byte-order mark makes Excel read UTF-8
        yield writer.writerow([c.label for c in columns])
        for record in rows:
            yield writer.writerow([csv_cell(c.value(record)) for c in columns])

    @staticmethod
    def json_lines(rows, columns):
        yield "["
        for index, record in enumerate(rows):
            item = {c.key: c.value(record) for c in columns}
            yield ("," if index else "") + "\n" + json.dumps(item, ensure_ascii=False, default=str)
        yield "\n]\n"
