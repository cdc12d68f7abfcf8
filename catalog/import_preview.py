"""What an import's preview reads: each row's records loaded at once, and every column as it will be saved.

django-import-export looks each row's record up with its own query and shows a row by reading the model's
attributes, so the columns that name related records (countries, organisations, authors...) came out
blank. Here the records a file names are read in a few queries for the whole file, with their links,
and the preview shows for every column what the row resolves to: the names of the records it links.
"""

from django.utils.html import escape, format_html
from import_export.instance_loaders import BaseInstanceLoader
from import_export.resources import Diff

CHUNK = 2000  # slugs asked at a time: well under every backend's limit on query parameters
MISSING = "---"  # import-export's value for a column the file does not have
WIDE = 80  # characters: a longer cell takes the preview's whole width


def text(value):
    return "" if value is None else str(value)


class RecordLoader(BaseInstanceLoader):
    """The records a file's rows update, by slug, read with their links before the first row."""

    def __init__(self, resource, dataset=None):
        super().__init__(resource, dataset)
        slugs = sorted({resource.row_slug(row) for row in (dataset.dict if dataset else [])} - {""})
        self.records = {}
        queryset = resource.get_queryset().prefetch_related(*resource.stored_prefetch())
        for start in range(0, len(slugs), CHUNK):
            for record in queryset.filter(slug__in=slugs[start : start + CHUNK]):
                # Kept as plain text: import-export deep-copies the record for its "before" column,
                # and a deep copy drops the prefetched links.
                record._stored_preview = resource.stored_preview(record)
                self.records[record.slug] = record

    def get_instance(self, row):
        return self.records.get(str(row.get("slug") or ""))


class PreviewDiff(Diff):
    """The preview's cells, read through the resource so linked columns show what they link."""

    def __init__(self, resource, instance, new):
        self.left = resource.preview_values(instance)
        self.right = []
        self.new = new

    def compare_with(self, resource, instance):
        self.right = resource.preview_values(instance) if instance is not None else []

    def as_html(self):
        """Each cell as it will be saved; a changed one with what it held struck through. No inline
        styles (the stock diff's are refused by the admin's CSP): css/admin-import.css marks changes."""
        cells = []
        for before, after in zip(self.left, self.right, strict=False):
            before, after = text(before), text(after)
            if self.new or before == after:
                cells.append(escape(after))
            elif not before:
                cells.append(format_html("<ins>{}</ins>", after))
            else:
                cells.append(
                    format_html("<del>{}</del> <ins>{}</ins>", before, after)
                    if after
                    else format_html("<del>{}</del>", before)
                )
        return cells


class Cell:
    """One column of one row as the preview lays it out: a label and a value, side by side in a grid."""

    def __init__(self, column, html, length, flagged=False):
        self.column, self.html, self.flagged = column, html, flagged
        self.wide = length > WIDE

    def __repr__(self):
        return f"Cell({self.column!r}, {self.html!r})"


def lay_out(result, headers):
    """Give each previewed row its cells (the empty ones left out) and each refused row its cells as read
    from the file, the columns in error flagged. The template only loops; nothing is zipped there."""
    diff_headers = result.diff_headers
    for row in result.valid_rows():
        row.cells = [
            Cell(column, html, len(html)) for column, html in zip(diff_headers, row.diff or [], strict=False) if html
        ]
    for row in result.invalid_rows:
        wrong = set(row.error_dict)
        # import-export gives a refused row's values in the resource's column order, "---" where the file has
        # no such column: laid out by the file's own headers, a file with fewer columns would read shifted.
        row.cells = [
            Cell(column, escape(text(value)), len(text(value)), column in wrong)
            for column, value in zip(diff_headers, row.values, strict=False)
            if (text(value) and value != MISSING) or column in wrong
        ]
