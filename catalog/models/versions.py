"""A token that changes with every write to the catalogue, so what is cached from it knows it is stale."""

import secrets
import threading

from django.core.signals import request_finished, request_started
from django.db import IntegrityError, models, transaction
from django.utils import timezone


class DataVersion(models.Model):
    # A random token, not a counter: a rolled-back write must never make an old value current again
    # while a cache still holds what was built from the rolled-back data.
    token = models.BigIntegerField()
    # When the token last changed: the Last-Modified of whatever is built from it.
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "data version"

    def __str__(self):
        return str(self.token)


def new_token():
    return secrets.randbits(62)


class _RequestMemo(threading.local):
    """The token read once per request: the page, its fragment cache and its facet index then agree
    on one version, for one query. Outside a request (commands, tests) every call reads afresh."""

    active = False
    token = None
    changed_at = None


_memo = _RequestMemo()


def _request_started(**kwargs):
    _memo.active, _memo.token, _memo.changed_at = True, None, None


def _request_finished(**kwargs):
    _memo.active, _memo.token, _memo.changed_at = False, None, None


request_started.connect(_request_started, dispatch_uid="data-version-request-started")
request_finished.connect(_request_finished, dispatch_uid="data-version-request-finished")


def current_version():
    """(token, changed_at): the catalogue's version now and when it began (one query, at most once
    per request)."""
    if _memo.active and _memo.token is not None:
        return _memo.token, _memo.changed_at
    row = DataVersion.objects.filter(pk=1).values_list("token", "changed_at").first()
    if row is None:
        bump()
        row = DataVersion.objects.filter(pk=1).values_list("token", "changed_at").first()
    if _memo.active:
        _memo.token, _memo.changed_at = row
    return row


def current_token():
    """The catalogue's version now."""
    return current_version()[0]


def bump():
    """Mark the catalogue changed. Runs inside the writer's transaction, so readers never see new
    data under an old token once it commits."""
    token = new_token()
    _memo.token = None  # this request wrote: read the version again from the database
    now = timezone.now()
    if not DataVersion.objects.filter(pk=1).update(token=token, changed_at=now):
        try:
            with transaction.atomic():
                DataVersion.objects.create(pk=1, token=token, changed_at=now)
        except IntegrityError:  # created meanwhile by another writer
            DataVersion.objects.filter(pk=1).update(token=token, changed_at=now)
    return token
