"""Who may move a record across the published line: one rule, judged below every path that writes.

Crossing the line (to or from "published") needs the type's publish permission, and is judged
against the row as it is in the database, never against what a form, an import row or a past
version claims it was. Every save of a content record passes through `check()`; the form, the
bulk actions and the import ask `refusal()` first only so the curator gets the message where they
acted, before anything is written.

Who asks is the request's user, set for the whole request by `EditorialActorMiddleware`; anything
outside a request (management commands, the shell, migrations, the demo loader) acts as the
operator, who runs the site and may do anything.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models.states import State

OPERATOR = None  # code running outside any request
_actor = ContextVar("editorial_actor", default=OPERATOR)

REFUSAL = _("Only Editors can publish or unpublish. Set the record to “In review” and an Editor will publish it.")


class PublishingRefused(ValidationError):
    """A change that crosses the published line, asked by someone without the publish permission."""


def current_actor():
    return _actor.get()


@contextmanager
def acting_as(user):
    token = _actor.set(user)
    try:
        yield
    finally:
        _actor.reset(token)


def may_publish(user, model):
    if user is OPERATOR:
        return True
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")


def crosses_published_line(old, new):
    return old != new and State.PUBLISHED in (old, new)


def stored_state(model, pk):
    """The state in the database; a record not saved yet counts as a draft."""
    if pk is None:
        return State.DRAFT
    state = model._base_manager.filter(pk=pk).values_list("state", flat=True).first()
    return state or State.DRAFT


def refusal(user, model, pk, new_state):
    """The message refusing this change of state, or None when the rule allows it."""
    if may_publish(user, model):
        return None  # asked first: it costs no query once the user's permissions are cached
    if crosses_published_line(stored_state(model, pk), new_state):
        return REFUSAL
    return None


def settable_states(user, model, pk):
    """The states this user may give the record: what a form offers, by the same rule `refusal` applies."""
    if may_publish(user, model):
        return list(State)
    stored = stored_state(model, pk)
    return [state for state in State if not crosses_published_line(stored, state)]


def check(instance):
    """The guard under every save of a content record (Publishable.save)."""
    message = refusal(current_actor(), type(instance), instance.pk, instance.state)
    if message:
        raise PublishingRefused({"state": [message]})


def check_bulk_update(queryset, new_state):
    """The guard under QuerySet.update(state=...): refused if any row it reaches would cross the line."""
    if may_publish(current_actor(), queryset.model):
        return
    if new_state == State.PUBLISHED:
        crossing = queryset.exclude(state=State.PUBLISHED)
    else:
        crossing = queryset.filter(state=State.PUBLISHED)
    if crossing.exists():
        raise PublishingRefused({"state": [REFUSAL]})


class EditorialActorMiddleware:
    """Makes the signed-in user (or the anonymous one) the actor of every write in the request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with acting_as(request.user):
            return self.get_response(request)
