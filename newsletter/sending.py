"""Sending what subscribers asked for: alerts when they are due, newsletter issues in paced batches.

Nothing is ever sent twice on its own:
- An alert is claimed before it is sent by moving its `matched_until` and `next_due_at` in one
  conditional UPDATE; a second run (two schedulers, cron and a command) finds nothing to claim. A
  send that fails puts the claim back, so the next run tries again.
- A newsletter issue writes one `Delivery` per address (unique per send) before handing the mail to
  the mail server. A batch that is killed leaves its rows behind: an address with a row is never
  sent the issue again. A mail the server refused for a reason that may pass (a connection lost)
  has its row removed, so the retry sends it; one refused for good is kept as failed.
"""

import logging
import smtplib
import time
from datetime import timedelta

from django.conf import settings
from django.core.mail import mailers
from django.db import IntegrityError, transaction
from django.utils import timezone

from .alerts import match
from .mailing import NewsletterIssue, alert
from .models import Delivery, NewsletterSend, Subscription
from .rendering import saved_language

logger = logging.getLogger(__name__)


class NotAllSent(Exception):
    """Some mail could not be handed to the mail server; what was claimed for it was released."""


def this_second():
    return timezone.now().replace(microsecond=0)


def send_alerts(now=None):
    """Send every alert due by `now` that has something new; return how many mails went out."""
    now = now or this_second()
    due = list(Subscription.objects.due(now))
    found = {result.subscription.pk: result for result in match(due, now)}
    sent, failed = 0, 0
    connection = mailers.default
    try:
        for subscription in due:
            claimed = Subscription.objects.filter(
                pk=subscription.pk,
                state=Subscription.State.ACTIVE,
                matched_until=subscription.matched_until,
                next_due_at=subscription.next_due_at,
            ).update(matched_until=now, next_due_at=subscription.next_due(now))
            if not claimed or subscription.pk not in found:
                continue  # another run has it, or nothing is new: nothing is sent
            try:
                connection.send_messages([alert(found[subscription.pk], now)])
            except (smtplib.SMTPException, OSError) as error:
                failed += 1
                logger.warning("Alert %s not sent: %s", subscription.pk, type(error).__name__)
                Subscription.objects.filter(pk=subscription.pk, matched_until=now).update(
                    matched_until=subscription.matched_until, next_due_at=subscription.next_due_at
                )
                continue
            Subscription.objects.filter(pk=subscription.pk).update(last_sent_at=now)
            sent += 1
    finally:
        connection.close()
    if failed:
        raise NotAllSent(f"{failed} alert(s) could not be sent; they stay due")
    return sent


# --- the newsletter -----------------------------------------------------------------------------


def recipients(send):
    """The newsletter's active subscribers (of the chosen language) not yet given this issue."""
    subscribers = Subscription.objects.newsletter().active()
    if send.audience:
        subscribers = subscribers.filter(language=send.audience)
    return subscribers.exclude(email__in=Delivery.objects.filter(send=send).values("email")).order_by("pk")


def send_batch(send_pk, pause=time.sleep):
    """Send the next batch of `send_pk`: at most NEWSLETTER_RATE_PER_MINUTE mails, spread over a
    minute. Returns how many were sent and whether any are left."""
    send = NewsletterSend.objects.select_related("digest").filter(pk=send_pk).first()
    if send is None or send.started_at is None or send.finished_at is not None:
        return 0, False
    rate = max(1, settings.NEWSLETTER_RATE_PER_MINUTE)
    gap = 60.0 / rate
    batch = list(recipients(send)[:rate])
    if not batch:
        return 0, finish(send)
    issue = NewsletterIssue(send.digest, saved_language(send.digest))
    sent = 0
    connection = mailers.default
    try:
        for subscriber in batch:
            began = time.monotonic()
            try:
                with transaction.atomic():
                    delivery = Delivery.objects.create(send=send, email=subscriber.email)
            except IntegrityError:
                continue  # another batch has this address
            try:
                connection.send_messages([issue.to(subscriber)])
            except smtplib.SMTPRecipientsRefused as error:
                Delivery.objects.filter(pk=delivery.pk).update(state=Delivery.State.FAILED, error=str(error)[:300])
                continue
            except (smtplib.SMTPException, OSError):
                delivery.delete()  # not taken: the retry sends it
                raise
            now = timezone.now()
            Delivery.objects.filter(pk=delivery.pk).update(state=Delivery.State.SENT, sent_at=now)
            NewsletterSend.objects.filter(pk=send.pk).update(progress_at=now)
            sent += 1
            pause(max(0.0, gap - (time.monotonic() - began)))
    finally:
        connection.close()
    return sent, finish(send)


def finish(send):
    """Mark `send` finished if nobody is left to send to; return whether anybody is."""
    if recipients(send).exists():
        return True
    NewsletterSend.objects.filter(pk=send.pk, finished_at=None).update(finished_at=timezone.now())
    return False


def stalled_sends(now=None, after=None):
    """Sends started but neither finished nor heard from for `after` seconds: their worker stopped."""
    now = now or timezone.now()
    after = settings.NEWSLETTER_STALL_SECONDS if after is None else after
    limit = now - timedelta(seconds=after)
    sends = NewsletterSend.objects.filter(started_at__isnull=False, finished_at__isnull=True)
    return [s for s in sends if (s.progress_at or s.started_at) <= limit]


def purge_unconfirmed(now=None):
    """Sign-ups never confirmed are deleted once their link has expired."""
    count, _ = Subscription.objects.expired_pending(now).delete()
    return count
