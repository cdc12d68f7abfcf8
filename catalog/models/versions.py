"""Versions of what the public is served, one per scope: each content type, and the vocabularies.

A scope's token changes when something a visitor can see in it changes, so what is cached from a
scope (a facet index, a browse region, a whole response) knows when it is stale, and nothing else is
thrown away: an event edit leaves the publications index alone, and a draft's edit changes nothing.
Each bump also logs which records changed (`RecordChange`), so a facet index can re-read just those
instead of rebuilding. `catalog.models.changes` decides which writes are public; this module keeps
the tokens and the log.
"""

import secrets
import threading
from datetime import UTC, datetime

from django.core.signals import request_finished, request_started
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The scope of the controlled vocabularies (countries, minerals, organisations...): their names are
# the labels of every content type's facets, rows and pages.
VOCABULARIES = "vocabularies"
# What a scope that has never changed reads as.
NEVER = datetime(2000, 1, 1, tzinfo=UTC)


class DataVersion(models.Model):
    # A content type's label ("publications.publication") or VOCABULARIES.
    scope = models.CharField(max_length=60, unique=True)
    # A random token, not a counter: a rolled-back write must never make an old value current again
    # while a cache still holds what was built from the rolled-back data.
    token = models.BigIntegerField()
    # When the token last changed: the Last-Modified of whatever is built from it.
    changed_at = models.DateTimeField(default=timezone.now)

    # Changes logged before this id were pruned: an index built before it rebuilds.
    pruned_below = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("data version")

    def __str__(self):
        return f"{self.scope}: {self.token}"


class RecordChange(models.Model):
    """A record of a scope that a bump changed. Within a scope, ids follow the order the bumps
    committed in (each bump holds its version row while it logs), so "every change after id n" is
    exactly what an index built at n has not seen."""

    id = models.BigAutoField(primary_key=True)
    scope = models.CharField(max_length=60)
    token = models.BigIntegerField()  # the version this change made
    record = models.BigIntegerField(null=True)  # None: any record may have changed

    class Meta:
        indexes = [models.Index(fields=["scope", "id"], name="recordchange_scope_id")]

    def __str__(self):
        return f"{self.scope} #{self.record}"


# Logged changes kept per scope: an index further behind than this rebuilds.
KEEP_CHANGES = 10_000
# More records than this in one bump are logged as "any record": re-reading them would cost more
# than a rebuild.
MAX_LOGGED = 500


def new_token():
    return secrets.randbits(62)


def scopes():
    """Every scope: each public content type's label, then the vocabularies."""
    from django.apps import apps

    from .publishable import Publishable

    types = sorted(m._meta.label_lower for m in apps.get_models() if issubclass(m, Publishable))
    return (*types, VOCABULARIES)


class _RequestMemo(threading.local):
    """The tokens read once per request: the page, its fragment cache and its facet index then agree
    on one version, for one query. Outside a request (commands, tests) every call reads afresh."""

    active = False
    rows = None


_memo = _RequestMemo()


def _request_started(**kwargs):
    _memo.active, _memo.rows = True, None


def _request_finished(**kwargs):
    _memo.active, _memo.rows = False, None


request_started.connect(_request_started, dispatch_uid="data-version-request-started")
request_finished.connect(_request_finished, dispatch_uid="data-version-request-finished")


def _rows():
    """{scope: (token, changed_at)}: one query, at most once per request."""
    if _memo.active and _memo.rows is not None:
        return _memo.rows
    rows = {scope: (token, at) for scope, token, at in DataVersion.objects.values_list("scope", "token", "changed_at")}
    if _memo.active:
        _memo.rows = rows
    return rows


def current_version(names=None):
    """(tokens, changed_at) of these scopes (default: all): a tuple of their tokens, a key for what is
    built from them, and when the latest of them changed."""
    rows = _rows()
    names = scopes() if names is None else names
    found = [rows.get(name, (0, NEVER)) for name in names]
    return tuple(token for token, _ in found), max((at for _, at in found), default=NEVER)


def current_token(names=None):
    """The tokens of these scopes now (default: all)."""
    return current_version(names)[0]


def bump(*names, records=None):
    """Give these scopes (default: all) new tokens now, and log `records` (ids) as the ones that
    changed, or None for any. One short transaction per scope: its row is held only meanwhile."""
    _memo.rows = None  # this request wrote: read the versions again from the database
    for name in names or scopes():
        with transaction.atomic():
            _bump(name, records)


def _bump(name, records):
    token, now = new_token(), timezone.now()
    # The version row first: its lock orders the log's ids as the bumps commit.
    if not DataVersion.objects.filter(scope=name).update(token=token, changed_at=now):
        try:
            with transaction.atomic():
                DataVersion.objects.create(scope=name, token=token, changed_at=now)
        except IntegrityError:  # created meanwhile by another writer
            DataVersion.objects.filter(scope=name).update(token=token, changed_at=now)
    if records is None or len(records) > MAX_LOGGED:
        records = [None]
    logged = RecordChange.objects.bulk_create([RecordChange(scope=name, token=token, record=pk) for pk in records])
    last = logged[-1].pk
    if last is not None and last % 1000 < len(logged):  # now and then, forget the oldest changes
        below = last - KEEP_CHANGES
        DataVersion.objects.filter(scope=name).update(pruned_below=below)
        RecordChange.objects.filter(scope=name, id__lt=below).delete()


def changes_since(name, after, after_token, token):
    """The ids of the records of `name` changed from change `after` (which made `after_token`) to
    the version `token`, and the last change's id; None when the log cannot tell: any record may
    have changed, it no longer reaches back that far, or it does not lead from one to the other
    (as after a rolled-back test, whose ids a database may give out again)."""
    rows = list(
        RecordChange.objects.filter(scope=name, id__gte=after).order_by("id").values_list("id", "token", "record")
    )
    # Read after the rows: a pruning that commits in between then makes this a rebuild.
    pruned = DataVersion.objects.filter(scope=name).values_list("pruned_below", flat=True).first() or 0
    if after:
        if not rows or rows[0][:2] != (after, after_token):
            return None, 0
        rows = rows[1:]
    if not rows or rows[-1][1] != token or after < pruned or any(record is None for *_, record in rows):
        return None, 0
    return {record for *_, record in rows}, rows[-1][0]


def last_change(name):
    """The id of the latest change logged for `name` (0 for none): read before an index reads the
    records, so whatever commits after it is in the log after it."""
    return RecordChange.objects.filter(scope=name).order_by("-id").values_list("id", flat=True).first() or 0


class _Bump:
    """A bump waiting for its writer's transaction to commit (one per scope and transaction), with
    the records changed so far (None: any)."""

    def __init__(self, name, records):
        self.name = name
        self.records = None if records is None else set(records)

    def add(self, records):
        if self.records is not None and records is not None and len(self.records) <= MAX_LOGGED:
            self.records.update(records)
        else:
            self.records = None

    def __call__(self):
        bump(self.name, records=self.records)


def changed(*names, records=None):
    """Mark these scopes changed by the current write: `records` are the ids of the changed records
    of a content type (None: any, or a vocabulary).

    Inside a writer's transaction the bump waits for the commit: readers see the new data before
    the new token (what they build meanwhile is cached under the old token, which then dies), a
    rolled-back write bumps nothing, a transaction touching a scope a thousand times bumps it once,
    and no writer holds the version row while it works. Outside one, or inside a test case's
    wrapping transaction (which stands for the committed database and never commits), it bumps
    now."""
    connection = transaction.get_connection()
    blocks = connection.atomic_blocks
    if not connection.in_atomic_block or (blocks and blocks[0]._from_testcase):
        bump(*names, records=records)
        return
    queued = {func.name: func for _, func, _ in connection.run_on_commit if isinstance(func, _Bump)}
    for name in names:
        if name in queued:
            queued[name].add(records)
        else:
            transaction.on_commit(_Bump(name, records))
