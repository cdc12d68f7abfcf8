"""History rows for records written in bulk: one per record, with its many-to-many links, in a few queries.

django-simple-history writes a history row on every save and on every change of a tracked many-to-many
field, each with a copy of all the record's tracked links: a record imported with seven linked columns
gets eight rows and reads its links eight times. A bulk writer saves its records with
`skip_history_when_saving` set, writes their links and parts, then calls `record_history` once: each record
gets the one row an edit in the admin would have left, holding the record and its links as they now stand.
"""

from django.conf import settings
from simple_history.models import HistoricalRecords

CHUNK = 2000  # records asked about at a time: well under every backend's limit on query parameters


def has_history(model):
    return hasattr(model._meta, "simple_history_manager_attribute")


def _history_user(user):
    return user if getattr(user, "is_authenticated", False) else None


def record_history(model, records, *, update, user=None, reason=""):
    """One history row per record ("~" when `update`, "+" when created), by `user`, with the links of each
    tracked many-to-many field as stored now. Returns the history rows."""
    records = [record for record in records if record.pk is not None]
    if not records or not has_history(model) or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return []
    manager = getattr(model, model._meta.simple_history_manager_attribute)
    rows = manager.bulk_history_create(
        records, update=update, default_user=_history_user(user), default_change_reason=reason
    )
    by_record = {getattr(row, model._meta.pk.attname): row for row in rows}  # the record's id, copied
    for field in getattr(manager.model, "_history_m2m_fields", []):
        _copy_links(field, by_record)
    return rows


def _copy_links(field, by_record):
    """The links of `field` of the records in `by_record` (id -> its new history row), copied to its history."""
    history_model = HistoricalRecords.m2m_models[field]
    through = field.remote_field.through
    source = through._meta.get_field(field.m2m_field_name()).attname
    columns = [f.attname for f in through._meta.concrete_fields]
    ids = sorted(by_record)
    copies = []
    for start in range(0, len(ids), CHUNK):
        for values in through._base_manager.filter(**{f"{source}__in": ids[start : start + CHUNK]}).values(*columns):
            copies.append(history_model(history=by_record[values[source]], **values))
    history_model._base_manager.bulk_create(copies, batch_size=CHUNK)


def parts_history(model, parts, *, user=None, reason=""):
    """One "+" history row per part just created in bulk (a role, an author, a source)."""
    if parts and has_history(model):
        return record_history(model, parts, update=False, user=user, reason=reason)
    return []
