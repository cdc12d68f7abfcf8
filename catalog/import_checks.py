"""The model's constraints, checked for a whole import file in memory instead of a query per row.

Django validates each CheckConstraint and UniqueConstraint of an instance with its own query; an import
preview of thousands of rows would spend most of its time on those round trips. Here the same declared
conditions are evaluated in Python, with SQL's three-valued logic (an unknown condition passes, as the
database's CHECK does), and uniqueness is judged against the values held when the import started plus
those the file's earlier rows claim. A condition this evaluator cannot read (an unfamiliar lookup, an
expression, a text ordering whose result depends on the collation) is left to Django's own check,
one query per row, so nothing is ever skipped. The real import still runs Django's full validation
and the database's constraints under every write: this is how the preview answers fast, not a second rule.
"""

import operator

from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.db.models import CheckConstraint, F, Q, UniqueConstraint
from django.db.models.constants import LOOKUP_SEP
from django.utils.translation import gettext

ORDERINGS = {"gt": operator.gt, "gte": operator.ge, "lt": operator.lt, "lte": operator.le}


class Unreadable(Exception):
    """The condition uses something this evaluator does not read; the database judges it instead."""


LOOKUPS = {"exact", "isnull", *ORDERINGS}


def _field(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        raise Unreadable(name) from None
    if not field.concrete or field.many_to_many:
        raise Unreadable(name)
    return field


def _value(instance, name):
    field = _field(type(instance), name)
    return field.get_prep_value(getattr(instance, field.attname))


def _split(key):
    name, _, lookup = key.partition(LOOKUP_SEP)
    lookup = lookup or "exact"
    if lookup not in LOOKUPS:  # a relation crossed, or a lookup this evaluator does not know
        raise Unreadable(key)
    return name, lookup


def _lookup(instance, key, expected):
    name, lookup = _split(key)
    actual = _value(instance, name)
    if isinstance(expected, F):
        expected = _value(instance, expected.name)
    elif hasattr(expected, "resolve_expression"):
        raise Unreadable(key)
    elif lookup != "isnull" and expected is not None:
        expected = _field(type(instance), name).get_prep_value(expected)
    if lookup == "isnull":
        return (actual is None) == bool(expected)
    if lookup == "exact" and expected is None:
        return actual is None
    if actual is None or expected is None:
        return None  # NULL compared: unknown
    if lookup == "exact":
        return actual == expected
    if isinstance(actual, str | bytes) or isinstance(expected, str | bytes):
        raise Unreadable(key)  # text ordering is the collation's
    try:
        return ORDERINGS[lookup](actual, expected)
    except TypeError:
        raise Unreadable(key) from None


def readable(model, condition):
    """Whether `evaluate` reads every part of the condition (text orderings are found out per row)."""
    if not isinstance(condition, Q) or condition.connector not in (Q.AND, Q.OR):
        return False
    for child in condition.children:
        if isinstance(child, Q):
            if not readable(model, child):
                return False
            continue
        if not isinstance(child, tuple):
            return False
        key, expected = child
        try:
            _field(model, _split(key)[0])
            if isinstance(expected, F):
                _field(model, expected.name)
            elif hasattr(expected, "resolve_expression"):
                return False
        except Unreadable:
            return False
    return True


def evaluate(condition, instance):
    """True, False or None (unknown) for a Q over the instance's own columns."""
    if not isinstance(condition, Q) or condition.connector not in (Q.AND, Q.OR):
        raise Unreadable(condition)
    results = []
    for child in condition.children:
        if isinstance(child, Q):
            results.append(evaluate(child, instance))
        elif isinstance(child, tuple):
            results.append(_lookup(instance, *child))
        else:
            raise Unreadable(child)
    decisive = condition.connector == Q.OR  # OR: any True decides; AND: any False decides
    if decisive in results:
        outcome = decisive
    elif None in results:
        outcome = None
    else:
        outcome = not decisive
    if condition.negated and outcome is not None:
        return not outcome
    return outcome


def _column_names(condition):
    for child in condition.children:
        if isinstance(child, Q):
            yield from _column_names(child)
        else:
            yield child[0].split(LOOKUP_SEP)[0]
            if isinstance(child[1], F):
                yield child[1].name


class UniqueValues:
    """Who holds each value of a unique field (or set of fields): read once, then followed row by row."""

    def __init__(self, model, fields, condition=None, constraint=None):
        self.model, self.fields, self.condition, self.constraint = model, tuple(fields), condition, constraint
        self.holders = None
        self.held_by = {}

    def _load(self):
        queryset = self.model._default_manager.filter(self.condition or Q())
        self.holders = {tuple(row[1:]): row[0] for row in queryset.values_list("pk", *self.fields).iterator()}
        self.held_by = {pk: key for key, pk in self.holders.items()}

    def key(self, instance):
        if self.condition is not None and not evaluate(self.condition, instance):
            return None
        values = tuple(_value(instance, name) for name in self.fields)
        return None if None in values else values  # NULLs never clash

    @staticmethod
    def identity(instance):
        return instance.pk if instance.pk is not None else ("new", instance.slug)

    def problem(self, instance):
        if self.holders is None:
            self._load()
        key = self.key(instance)
        holder = self.holders.get(key) if key is not None else None
        if holder is None or holder == self.identity(instance):
            return None
        names = [str(self.model._meta.get_field(name).verbose_name) for name in self.fields]
        if len(names) > 1:
            # Translators: two or more field names, e.g. "title and year".
            names = [gettext("%(names)s and %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]}]
        shown = ", ".join(gettext("“%(value)s”") % {"value": value} for value in key)
        # Translators: kind is a kind of record (e.g. "intervention"); fields the field names (e.g. "IATI
        # identifier"); values their quoted values in the import row (e.g. “XM-DAC-41-1”).
        return gettext("Another %(kind)s already has the %(fields)s %(values)s.") % {
            "kind": self.model._meta.verbose_name,
            "fields": names[0],
            "values": shown,
        }

    def claim(self, instance):
        """A row that passed holds its values from here on, as it will once the import writes it."""
        identity = self.identity(instance)
        previous = self.held_by.pop(identity, None)
        if previous is not None and self.holders.get(previous) == identity:
            del self.holders[previous]
        key = self.key(instance)
        if key is not None:
            self.holders[key] = identity
            self.held_by[identity] = key


class ConstraintChecks:
    """Every constraint Django's full_clean would check on the model, for one import."""

    def __init__(self, model, import_id_fields=()):
        self.model = model
        self.checks, self.uniques, self.by_database = [], [], []
        for field in model._meta.local_concrete_fields:
            if field.unique and not field.primary_key and field.name not in import_id_fields:
                # The import id is matched by the instance loader: a row either updates its holder
                # or names a value no record has; the file's own repeats are refused by the resource.
                self.uniques.append(UniqueValues(model, [field.name]))
        for constraint in model._meta.constraints:
            if isinstance(constraint, CheckConstraint) and readable(model, constraint.condition):
                self.checks.append(constraint)
            elif (
                isinstance(constraint, UniqueConstraint)
                and constraint.fields
                and not constraint.expressions
                and constraint.nulls_distinct is not False
                and (constraint.condition is None or readable(model, constraint.condition))
            ):
                self.uniques.append(UniqueValues(model, constraint.fields, constraint.condition, constraint))
            else:
                self.by_database.append(constraint)

    def errors(self, instance, errors):
        """`errors` (field -> messages) with the instance's constraint problems added."""
        errors = dict(errors)
        excluded = set(errors)

        def add(fields, message):
            key = fields[0] if len(fields) == 1 else NON_FIELD_ERRORS
            errors.setdefault(key, []).append(ValidationError(message))

        by_database = list(self.by_database)
        for constraint in self.checks:
            if excluded.intersection(_column_names(constraint.condition)):
                continue  # as Django does: a field already in error is not judged again
            try:
                if evaluate(constraint.condition, instance) is False:
                    add([NON_FIELD_ERRORS], constraint.get_violation_error_message())
            except Unreadable:
                by_database.append(constraint)
        for uniques in self.uniques:
            if excluded.intersection(uniques.fields):
                continue
            try:
                message = uniques.problem(instance)
            except Unreadable:
                by_database.append(uniques.constraint)
                continue
            if message:
                add(uniques.fields, message)
        for constraint in filter(None, by_database):
            try:
                constraint.validate(self.model, instance, exclude=excluded)
            except ValidationError as exc:
                errors = exc.update_error_dict(errors)
        return errors

    def claim(self, instance):
        for uniques in self.uniques:
            try:
                uniques.claim(instance)
            except Unreadable:
                continue  # judged by the database for every row instead
