"""The newsletter's background work. Tasks take primary keys, never addresses: a task's arguments
are stored in the queue and shown to staff."""

from django.utils import timezone

from asmportal.background.tasks import background_task

from . import mailing, sending
from .models import NewsletterSend, Subscription

SUBSCRIPTION_MAIL = {
    "confirm": mailing.confirmation,
    "already": mailing.already_subscribed,
    "manage": mailing.management_link,
}


@background_task()
def send_subscription_mail(subscription_pk, what):
    """One of the mails a sign-up or a request for the management link sends."""
    subscription = Subscription.objects.filter(pk=subscription_pk).first()
    if subscription is None or what not in SUBSCRIPTION_MAIL:
        return False  # deleted meanwhile
    if what == "confirm" and subscription.state != Subscription.State.PENDING:
        return False
    SUBSCRIPTION_MAIL[what](subscription).send()
    return True


@background_task()
def send_due_alerts():
    return sending.send_alerts()


@background_task()
def send_newsletter_batch(send_pk):
    sent, more = sending.send_batch(send_pk)
    if more:
        send_newsletter_batch.enqueue(send_pk)
    return sent


@background_task()
def send_newsletter_test(send_pk, user_pk):
    """The issue as subscribers will get it, to the editor who asked."""
    from django.contrib.auth import get_user_model

    send = NewsletterSend.objects.select_related("digest").get(pk=send_pk)
    user = get_user_model().objects.get(pk=user_pk)
    issue = mailing.NewsletterIssue(send.digest, sending.saved_language(send.digest))
    issue.test_to(user.email).send()
    NewsletterSend.objects.filter(pk=send_pk).update(tested_at=timezone.now(), tested_by=user)
    return True


@background_task()
def resume_sends():
    """Newsletter sends whose worker stopped mid-batch carry on from where their deliveries end."""
    resumed = 0
    for send in sending.stalled_sends():
        NewsletterSend.objects.filter(pk=send.pk).update(progress_at=timezone.now())
        send_newsletter_batch.enqueue(send.pk)
        resumed += 1
    return resumed


@background_task()
def purge_unconfirmed():
    return sending.purge_unconfirmed()
