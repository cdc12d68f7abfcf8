"""A token that changes with every write to the catalogue, so what is cached from it knows it is stale."""

import secrets
import threading

from django.core.signals import request_finished, request_started
from django.db import IntegrityError, models, transaction


class DataVersion(models.Model):
    # A random token, not a counter: a rolled-back write must never make an old value current again
    # while a cache still holds what was built from the rolled-back data.
    token = models.BigIntegerField()

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


_memo = _RequestMemo()


def _request_started(**kwargs):
    _memo.active, _memo.token = True, None


def _request_finished(**kwargs):
    _memo.active, _memo.token = False, None


request_started.connect(_request_started, dispatch_uid="data-version-request-started")
request_finished.connect(_request_finished, dispatch_uid="data-version-request-finished")


def current_token():
    """The catalogue's version now (one query, at most once per request)."""
    if _memo.active and _memo.token is not None:
        return _memo.token
    token = DataVersion.objects.filter(pk=1).values_list("token", flat=True).first()
    if token is None:
        token = bump()
    if _memo.active:
        _memo.token = token
    return token


def bump():
    """Mark the catalogue changed. Runs inside the writer's transaction, so readers never see new
    data under an old token once it commits."""
    token = new_token()
    _memo.token = None  # this request wrote: read the version again from the database
    if not DataVersion.objects.filter(pk=1).update(token=token):
        try:
            with transaction.atomic():
                DataVersion.objects.create(pk=1, token=token)
        except IntegrityError:  # created meanwhile by another writer
            DataVersion.objects.filter(pk=1).update(token=token)
    return token
