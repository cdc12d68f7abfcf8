"""A token that changes with every write to the catalogue, so what is cached from it knows it is stale."""

import secrets

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


def current_token():
    """The catalogue's version now (one query)."""
    token = DataVersion.objects.filter(pk=1).values_list("token", flat=True).first()
    return token if token is not None else bump()


def bump():
    """Mark the catalogue changed. Runs inside the writer's transaction, so readers never see new
    data under an old token once it commits."""
    token = new_token()
    if not DataVersion.objects.filter(pk=1).update(token=token):
        try:
            with transaction.atomic():
                DataVersion.objects.create(pk=1, token=token)
        except IntegrityError:  # created meanwhile by another writer
            DataVersion.objects.filter(pk=1).update(token=token)
    return token
