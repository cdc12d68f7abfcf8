"""The newsletter that sends itself: sign-up with double opt-in, a test to the editor, then every
subscriber once, in paced batches, resumable without sending anyone the same issue twice."""

import csv
import io
from datetime import UTC, datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from newsletter.models import Delivery, Digest, DigestItem, NewsletterSend, Subscription
from newsletter.sending import send_batch

from ..factories import PublicationFactory
from ..mail_kit import body, links
from ..task_kit import work_off

pytestmark = pytest.mark.usefixtures("fresh_throttles")

SIGN_UP = reverse("subscriptions:newsletter")


@pytest.fixture
def fast(settings):
    settings.SITE_URL = "http://testserver"
    settings.NEWSLETTER_RATE_PER_MINUTE = 6000  # a hundredth of a second between mails


@pytest.fixture
def digest(db):
    publication = PublicationFactory(title="Formalising artisanal gold mining")
    saved = Digest.objects.create(
        title="Portal digest, winter 2026",
        intro="What is new.",
        since=datetime(2026, 1, 1, tzinfo=UTC),
        until=timezone.now(),
        criteria={"language": "en"},
    )
    DigestItem.objects.create(
        digest=saved, content_type=ContentType.objects.get_for_model(publication), object_id=publication.pk
    )
    return saved


def subscribers(count, language="en"):
    now = timezone.now()
    return [
        Subscription.objects.create(
            email=f"reader{n}-{language}@example.org",
            kind=Subscription.Kind.NEWSLETTER,
            language=language,
            state=Subscription.State.ACTIVE,
            consent="Agreed",
            confirmed_at=now,
        )
        for n in range(count)
    ]


def test_signing_up_for_the_newsletter_is_double_opt_in(client, db, inbox, fast):
    page = client.get("/fr" + SIGN_UP)
    assert page.status_code == 200
    assert client.post(SIGN_UP, {"email": "new@example.org", "language": "es"}).status_code == 302
    work_off()
    subscription = Subscription.objects.get()
    assert subscription.kind == "newsletter" and subscription.state == "pending" and subscription.language == "es"
    confirm = next(url for url in links(inbox.to("new@example.org")[0]) if "/confirm/" in url)
    assert "/es/subscriptions/confirm/" in confirm
    client.post(confirm.removeprefix("http://testserver"))
    subscription.refresh_from_db()
    assert subscription.state == "active" and subscription.confirmed_at


def test_an_editor_tests_then_sends_and_every_subscriber_gets_it_once(client, editor, digest, inbox, fast):
    subscribers(5)
    pending = Subscription.objects.create(email="pending@example.org", kind="newsletter", consent="Agreed")
    client.force_login(editor)
    refused = client.post(reverse("newsletter:send", args=[digest.pk]), follow=True)
    assert "Send a test to yourself first" in refused.content.decode()
    assert not NewsletterSend.objects.filter(started_at__isnull=False).exists()

    client.post(reverse("newsletter:send-test", args=[digest.pk]))
    work_off()
    test = inbox.to(editor.email)
    assert len(test) == 1 and test[0]["Subject"] == "[Test] Portal digest, winter 2026"

    page = client.post(reverse("newsletter:send", args=[digest.pk]), follow=True).content.decode()
    assert "Sending to 5 subscribers" in page
    work_off()
    got = [address for recipients, _ in inbox.messages for address in recipients if address != editor.email]
    assert sorted(got) == sorted(f"reader{n}-en@example.org" for n in range(5))
    assert not inbox.to(pending.email)
    mail = inbox.to("reader0-en@example.org")[0]
    assert "Formalising artisanal gold mining" in body(mail) and "Formalising artisanal gold mining" in body(
        mail, "html"
    )
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    send = NewsletterSend.objects.get()
    assert send.finished_at and send.tally() == {"sent": 5}

    # Sending again, or resuming, sends nobody anything.
    client.post(reverse("newsletter:send", args=[digest.pk]))
    assert send_batch(send.pk) == (0, False)
    work_off()
    assert len(inbox) == 6

    # Each subscriber's own unsubscribe link works in one click.
    Client().post(
        mail["List-Unsubscribe"].strip("<>").removeprefix("http://testserver"), {"List-Unsubscribe": "One-Click"}
    )
    assert not Subscription.objects.filter(email="reader0-en@example.org").exists()


def test_a_send_resumed_after_a_crash_skips_everyone_already_claimed(editor, digest, inbox, fast):
    readers = subscribers(6)
    send = NewsletterSend.objects.create(digest=digest, tested_at=timezone.now(), started_at=timezone.now())
    # The worker was killed: two were delivered, one was being handed to the mail server.
    for reader in readers[:2]:
        Delivery.objects.create(send=send, email=reader.email, state="sent", sent_at=timezone.now())
    Delivery.objects.create(send=send, email=readers[2].email, state="sending")
    assert send_batch(send.pk) == (3, False)
    assert sorted(r for recipients, _ in inbox.messages for r in recipients) == [r.email for r in readers[3:]]
    send_batch(send.pk)
    send.refresh_from_db()
    assert send.finished_at and send.tally() == {"sent": 5, "sending": 1}


def test_a_send_to_one_language_reaches_only_those_subscribers(client, editor, digest, inbox, fast):
    subscribers(2, "en")
    subscribers(3, "fr")
    client.force_login(editor)
    client.post(reverse("newsletter:send-test", args=[digest.pk]), {"audience": "fr"})
    work_off()
    client.post(reverse("newsletter:send", args=[digest.pk]), {"audience": "fr"})
    work_off()
    got = sorted(r for recipients, _ in inbox.messages for r in recipients if r != editor.email)
    assert got == [f"reader{n}-fr@example.org" for n in range(3)]


def test_a_batch_is_paced_and_holds_at_most_a_minutes_worth(digest, inbox, fast, settings):
    settings.NEWSLETTER_RATE_PER_MINUTE = 3
    subscribers(5)
    send = NewsletterSend.objects.create(digest=digest, tested_at=timezone.now(), started_at=timezone.now())
    pauses = []
    assert send_batch(send.pk, pause=pauses.append) == (3, True)
    assert len(pauses) == 3 and all(19 < p <= 20 for p in pauses)  # 60 s / 3 a minute, less the sending


@pytest.mark.parametrize("user_fixture,expected", [("curator", 403), ("editor", 200)])
def test_editors_export_the_confirmed_subscribers_as_csv(client, request, db, user_fixture, expected):
    subscribers(2)
    Subscription.objects.create(email="pending@example.org", kind="newsletter", consent="Agreed")
    client.force_login(request.getfixturevalue(user_fixture))
    response = client.get(reverse("newsletter:subscribers-csv"))
    assert response.status_code == expected
    if expected == 200:
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
        assert rows[0] == ["email", "language", "confirmed_at", "consent"]
        assert sorted(row[0] for row in rows[1:]) == ["reader0-en@example.org", "reader1-en@example.org"]


def test_curators_cannot_send(client, curator, digest):
    client.force_login(curator)
    assert client.post(reverse("newsletter:send-test", args=[digest.pk])).status_code == 403
    assert client.post(reverse("newsletter:send", args=[digest.pk])).status_code == 403
    assert not NewsletterSend.objects.exists()
