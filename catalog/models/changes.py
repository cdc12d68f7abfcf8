"""Which writes the public can see, and the one place every write path reports them.

A write changes what visitors are served only when it touches a published record (or one it
unpublishes), a part of one (its roles, authors, sources), a link between published records, or a
vocabulary. A draft's edit, a curator's note on a published record or a history row changes nothing
a visitor sees, so it bumps no version and every cache and facet index stays as it is.

Saves, deletes and many-to-many changes report through signals (connected in CatalogConfig).
Bulk writes send no signals: `VersionedQuerySet`, which every versioned model's manager uses
(tests/catalog/test_versions.py checks each one), reports `update()`, `bulk_create()` and
`bulk_update()` itself. Django's auto-created many-to-many tables are written through their
managers' add/remove/set/clear, which send m2m_changed.
"""

import copy
import functools

from django.db import models
from django.db.models.fields.files import FieldFile

from .states import State
from .versions import MAX_LOGGED, VOCABULARIES, DataVersion, RecordChange, changed

# Apps whose rows a listing, facet, page or count is built from.
CATALOGUE_APPS = frozenset({"catalog", "interventions", "events", "publications"})
# Fields of a record no visitor sees: internal notes, and what is derived from the rest.
PRIVATE_FIELDS = frozenset({"notes", "updated", "search_vector"})


@functools.cache
def scope_of(model):
    """(scope, the foreign key to the record it is part of, or None) for a model whose rows the
    public sees; None for one it never sees (a history row, the versions themselves)."""
    from django.apps import apps
    from simple_history.models import HistoricalChanges

    from .publishable import Publishable

    if model._meta.apps is not apps:
        return None  # a migration's historical model: the version table may not exist yet
    if model._meta.app_label not in CATALOGUE_APPS or model in (DataVersion, RecordChange):
        return None
    if issubclass(model, HistoricalChanges):
        return None
    if issubclass(model, Publishable):
        return model._meta.label_lower, None
    for field in model._meta.concrete_fields:  # a part of a record: a role, an author, a source
        if field.many_to_one and is_record(field.related_model):
            return field.related_model._meta.label_lower, field.name
    if model._meta.app_label == "catalog":
        return VOCABULARIES, None
    return None


def is_record(model):
    from .publishable import Publishable

    return isinstance(model, type) and issubclass(model, Publishable)


# --- one record ----------------------------------------------------------------------------------


def _frozen(value):
    """A value as stored, safe from later changes in place: a file by its name (saving a file
    changes its FieldFile object), a JSON structure copied."""
    if isinstance(value, FieldFile):
        return value.name
    if isinstance(value, dict | list):
        return copy.deepcopy(value)
    return value


def remember_stored(instance, values=None):
    """Keep what the database holds for `instance` (as loaded, or as just saved): a later save
    compares with it to tell a public change from a private one without a query."""
    if values is None:
        loaded = instance.__dict__
        values = {f.attname: loaded[f.attname] for f in instance._meta.concrete_fields if f.attname in loaded}
    instance.__dict__["_stored"] = {name: _frozen(value) for name, value in values.items()}


def _stored(instance):
    return instance.__dict__.get("_stored")


def changed_fields(instance):
    """The attnames whose value differs from what was loaded; None when nothing was loaded."""
    stored = _stored(instance)
    if stored is None:
        return None
    now = instance.__dict__
    return [
        f.attname
        for f in instance._meta.concrete_fields
        if f.attname in now and (f.attname not in stored or stored[f.attname] != _frozen(now[f.attname]))
    ]


def visible(instance):
    """Whether this record is, or was when loaded, visible to the public (True when unknown)."""
    if instance.state == State.PUBLISHED:
        return True
    stored = _stored(instance)
    if stored is None or "state" not in stored:
        return not instance._state.adding
    return stored["state"] == State.PUBLISHED


def public_save(instance):
    """Whether saving this record changes what the public sees."""
    if instance._state.adding:
        return instance.state == State.PUBLISHED
    if not visible(instance):
        return False  # a draft, before and after
    stored = _stored(instance)
    if stored is None or stored.get("state") != instance.state:
        return True  # unknown, or published / unpublished by this save
    return any(name not in PRIVATE_FIELDS for name in changed_fields(instance))


def _parents(instance, fk):
    """The ids of the records a part (`fk`: its foreign key's name) belongs to now and belonged to
    when it was last read or saved (a role moved from one record to another changes both)."""
    attname = instance._meta.get_field(fk).attname
    return {pk for pk in (getattr(instance, attname), instance.__dict__.get("_stored_parent")) if pk is not None}


def _parts_visible(instance, fk, parents):
    """Whether any of `parents` is or was published: as stored now, or as the part's cached record
    says it was when read (it may have been unpublished since, in this very request)."""
    field = instance._meta.get_field(fk)
    if field.is_cached(instance) and (record := field.get_cached_value(instance)) is not None and visible(record):
        return True
    return published_among(field.related_model, parents)


def published_among(model, pks, batch=2000):
    """Whether any of the records `pks` is published (asked a batch at a time: a bulk write may name
    more records than a database takes parameters)."""
    pks = list(pks)
    return any(
        model._base_manager.filter(pk__in=pks[start : start + batch], state=State.PUBLISHED).exists()
        for start in range(0, len(pks), batch)
    )


# --- signals -------------------------------------------------------------------------------------


def _public_change(sender, instance, decided=None):
    """(scope, the ids of the records it changes or None) when this row's write is public."""
    found = scope_of(sender)
    if found is None:
        return None
    name, fk = found
    if fk is not None:
        records = _parents(instance, fk)
        public = _parts_visible(instance, fk, records)
    elif is_record(sender):
        public, records = visible(instance) if decided is None else decided, {instance.pk}
    else:
        public, records = True, None  # a vocabulary: its names label every type's facets and pages
    return (name, records) if public else None


def part_loaded(sender, instance, **kwargs):
    """post_init: a part remembers the record it belongs to, so moving it can name both."""
    found = scope_of(sender)
    if found is not None and found[1] is not None:
        instance.__dict__["_stored_parent"] = instance.__dict__.get(sender._meta.get_field(found[1]).attname)


def saved(sender, instance, raw=False, **kwargs):
    if raw:
        return  # fixtures being loaded
    # A record's save decided before writing (Publishable.save), while it could compare.
    found = _public_change(sender, instance, instance.__dict__.pop("_public_write", None))
    if found:
        changed(found[0], records=found[1])
    part_loaded(sender, instance)  # a part now belongs to the record it was saved with


def deleted(sender, instance, **kwargs):
    found = _public_change(sender, instance)
    if found:
        changed(found[0], records=found[1])


def links_changed(sender, instance, action, model, pk_set, **kwargs):
    """A many-to-many change: public when it links a visible record to a vocabulary term or to
    another published record."""
    if not action.startswith("post_") or (pk_set is not None and not pk_set):
        return
    here, there = scope_of(type(instance)), scope_of(model)
    if here is None or there is None:
        return
    if is_record(type(instance)) and not visible(instance):
        return
    if is_record(model) and pk_set is not None and not published_among(model, pk_set):
        return
    if is_record(type(instance)):
        changed(here[0], records={instance.pk})
    if is_record(model):
        changed(there[0], records=None if pk_set is None else set(pk_set))


# --- bulk writes ---------------------------------------------------------------------------------


class VersionedQuerySet(models.QuerySet):
    """The bulk writes of a versioned model, which send no signals, report their scope here."""

    def _report(self, public, records=None):
        found = scope_of(self.model)
        if found is not None and public:
            changed(found[0], records=records)

    def _reaches_public(self, queryset, fields):
        """Whether writing `fields` to the rows of `queryset` changes what the public sees."""
        found = scope_of(self.model)
        if found is None:
            return False
        fk = found[1]
        if fk is not None:
            return queryset.filter(**{f"{fk}__state": State.PUBLISHED}).exists()
        if is_record(self.model):
            return bool(set(fields) - PRIVATE_FIELDS) and queryset.filter(state=State.PUBLISHED).exists()
        return True

    def _records(self, queryset):
        """The ids of the records the rows of `queryset` are or belong to (None: too many to list,
        or a vocabulary)."""
        found = scope_of(self.model)
        if found is None or not (found[1] or is_record(self.model)):
            return None
        column = self.model._meta.get_field(found[1]).attname if found[1] else "pk"
        ids = set(queryset.order_by().values_list(column, flat=True).distinct()[: MAX_LOGGED + 1])
        return ids if len(ids) <= MAX_LOGGED else None

    def _part_key(self, fields):
        """A part's foreign key to its record, when `fields` (names written) include it."""
        found = scope_of(self.model)
        if found is None or found[1] is None:
            return None
        field = self.model._meta.get_field(found[1])
        return field if field.name in fields or field.attname in fields else None

    @staticmethod
    def _moved(key, public, records, moved):
        """A part moved to the records `moved`: public if any of them is published; both its old
        and new records changed."""
        moved = moved - {None}
        if not moved:
            return public, records
        public = public or published_among(key.related_model, moved)
        return public, None if records is None else records | moved

    def update(self, **kwargs):
        public = kwargs.get("state") == State.PUBLISHED and is_record(self.model)
        public = public or self._reaches_public(self, kwargs)
        key = self._part_key(kwargs)
        records = self._records(self) if public or key else None  # read before the rows change
        if key is not None:
            value = kwargs.get(key.name, kwargs.get(key.attname))
            public, records = self._moved(key, public, records, {getattr(value, "pk", value)})
        rows = super().update(**kwargs)
        self._report(rows and public, records)
        return rows

    def bulk_create(self, objs, *args, **kwargs):
        objs = super().bulk_create(objs, *args, **kwargs)
        found = scope_of(self.model)
        if found is not None and objs:
            fk = found[1]
            records = None
            if fk is not None:
                field = self.model._meta.get_field(fk)
                records = {getattr(obj, field.attname) for obj in objs}
                public = published_among(field.related_model, records)
            elif is_record(self.model):
                public = any(obj.state == State.PUBLISHED for obj in objs)
                records = {obj.pk for obj in objs} if all(obj.pk for obj in objs) else None
            else:
                public = True
            self._report(public, records)
        return objs

    def bulk_update(self, objs, fields, *args, **kwargs):
        objs = list(objs)
        public = is_record(self.model) and any(obj.state == State.PUBLISHED for obj in objs)
        public = public and bool(set(fields) - PRIVATE_FIELDS)  # published by this write
        rows_of = self.filter(pk__in=[obj.pk for obj in objs])
        public = public or self._reaches_public(rows_of, fields)
        key = self._part_key(fields)
        records = self._records(rows_of) if public or key else None
        if key is not None:
            public, records = self._moved(key, public, records, {getattr(obj, key.attname) for obj in objs})
        rows = super().bulk_update(objs, fields, *args, **kwargs)
        self._report(rows and public, records)
        return rows
