"""Versions of what the public is served, one per scope: each content type, and the vocabularies.

A scope's token changes when something a visitor can see in it changes, so what is cached from a
scope (a facet index, a browse region, a whole response) knows when it is stale, and nothing else is
thrown away: an event edit leaves the publications index alone, and a draft's edit changes nothing.
`catalog.changes` decides which writes are public; this module only keeps the tokens.
"""

import secrets
import threading
from datetime import UTC, datetime

from django.core.signals import request_finished, request_started
from django.db import IntegrityError, models, transaction
from django.utils import timezone

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

    class Meta:
        verbose_name = "data version"

    def __str__(self):
        return f"{self.scope}: {self.token}"


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


def bump(*names):
    """Give these scopes (default: all) new tokens now, each row in a statement of its own."""
    _memo.rows = None  # this request wrote: read the versions again from the database
    now = timezone.now()
    for name in names or scopes():
        token = new_token()
        if DataVersion.objects.filter(scope=name).update(token=token, changed_at=now):
            continue
        try:
            with transaction.atomic():
                DataVersion.objects.create(scope=name, token=token, changed_at=now)
        except IntegrityError:  # created meanwhile by another writer
            DataVersion.objects.filter(scope=name).update(token=token, changed_at=now)


class _Bump:
    """A bump waiting for its writer's transaction to commit (one per scope and transaction)."""

    def __init__(self, name):
        self.name = name

    def __call__(self):
        bump(self.name)


def changed(*names):
    """Mark these scopes changed by the current write.

    Inside a writer's transaction the bump waits for the commit: readers see the new data before
    the new token (what they build meanwhile is cached under the old token, which then dies), a
    rolled-back write bumps nothing, a transaction touching a scope a thousand times bumps it once,
    and no writer holds the version row while it works. Outside one, or inside a test case's
    wrapping transaction (which stands for the committed database and never commits), it bumps
    now."""
    connection = transaction.get_connection()
    blocks = connection.atomic_blocks
    if not connection.in_atomic_block or (blocks and blocks[0]._from_testcase):
        bump(*names)
        return
    queued = {getattr(func, "name", None) for _, func, _ in connection.run_on_commit if isinstance(func, _Bump)}
    for name in names:
        if name not in queued:
            transaction.on_commit(_Bump(name))
