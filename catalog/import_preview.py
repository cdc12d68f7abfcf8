"""What an import's preview reads: each row's records loaded at once, and every column as it will be saved.

django-import-export looks each row's record up with its own query and shows a row by reading the model's
attributes, so the columns that name related records (countries, organisations, authors...) came out
blank. Here the records a file names are read in a few queries for the whole file, with their links,
and the preview shows for every column what the row resolves to: the names of the records it links.
"""

from import_export.instance_loaders import BaseInstanceLoader
from import_export.resources import Diff

CHUNK = 2000  # slugs asked at a time: well under every backend's limit on query parameters


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
