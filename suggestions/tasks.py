"""Background work of suggestions. Tasks take primary keys, never an address."""

from django.utils import timezone

from asmportal.background.tasks import background_task

from . import mail
from .models import Suggestion


@background_task()
def notify_curators():
    """Periodic (settings.SCHEDULE): one mail to the curators listing the suggestions not yet listed."""
    return mail.notify_curators()


@background_task()
def thank_sender(suggestion_id):
    """Thank a suggestion's sender, in the language they wrote in; at most once. The time is claimed
    before the mail goes; a send that fails gives it back, so the retry may try again."""
    suggestion = Suggestion.objects.filter(pk=suggestion_id).exclude(email="").first()
    if suggestion is None:
        return False
    claimed = (
        Suggestion.objects.filter(pk=suggestion_id, thanked_at__isnull=True)
        .exclude(email="")
        .update(thanked_at=timezone.now())
    )
    if not claimed:
        return False
    try:
        mail.thanks_message(suggestion).send()
    except Exception:
        Suggestion.objects.filter(pk=suggestion_id).update(thanked_at=None)
        raise
    return True
