"""Alerts for any search: sign up, confirm, get exactly what the page lists as new, unsubscribe in
one click. Mail goes through a real SMTP server (tests/mail_kit.py); queued tasks run in process."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from catalog.models import Mineral
from newsletter.models import Subscription
from newsletter.sending import send_alerts
from suggestions.models import Suggestion

from ..factories import PublicationFactory, country
from ..mail_kit import body, links
from ..task_kit import work_off

pytestmark = pytest.mark.usefixtures("fresh_throttles")

PAGE = "/publications/?mineral=gold&country=GH"
ALERT = reverse("subscriptions:alert", args=["publications"]) + "?mineral=gold&country=GH"


@pytest.fixture
def site(settings):
    settings.SITE_URL = "http://testserver"


def on_gold_in_ghana(title, **kwargs):
    publication = PublicationFactory(title=title, **kwargs)
    publication.countries.add(country("GH"))
    publication.minerals.add(Mineral.objects.get(slug="gold"))
    return publication


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def link_to(message, fragment):
    return next(url for url in links(message) if fragment in url)


def sign_up(client, inbox, address="reader@example.org", frequency="daily", alert=ALERT):
    answer = client.post(alert, {"email": address, "frequency": frequency})
    assert answer.status_code == 302 and answer["Location"] == reverse("subscriptions:sent")
    work_off()
    return inbox.to(address)[-1]


def confirm(client, message):
    confirm_path = path_of(link_to(message, "/confirm/"))
    assert client.get(confirm_path).status_code == 200  # a page with a button: opening the link confirms nothing
    assert Subscription.objects.get().state == Subscription.State.PENDING
    return client.post(confirm_path)


def test_every_browse_page_and_the_site_search_offer_an_alert_on_exactly_their_query(client, db):
    page = client.get(PAGE).content.decode()
    assert f'href="{ALERT.replace("&", "&amp;")}"' in page
    search = client.get("/search/?q=mercury").content.decode()
    assert reverse("subscriptions:alert", args=["search"]) + "?q=mercury" in search
    form = client.get(ALERT).content.decode()
    assert "Publications on gold in Ghana" in form


def test_subscribe_confirm_match_send_once_then_unsubscribe_in_one_click(client, db, inbox, site):
    confirmation = sign_up(client, inbox)
    assert "Confirm your alert: Publications on gold in Ghana" in confirmation["Subject"]
    assert len(inbox) == 1
    send_alerts(timezone.now() + timedelta(days=2))
    assert len(inbox) == 1  # nothing is sent before the address is confirmed

    answer = confirm(client, confirmation)
    assert answer.status_code == 302 and "/subscriptions/manage/" in answer["Location"]
    alert = Subscription.objects.get()
    assert alert.state == Subscription.State.ACTIVE and alert.consent and alert.confirmed_at

    new = on_gold_in_ghana("Mercury-free gold processing in Ghana")
    on_gold_in_ghana("Published but elsewhere").countries.set([country("KE")])
    PublicationFactory(title="Not about gold")
    due = alert.next_due_at + timedelta(seconds=1)
    assert send_alerts(due) == 1
    assert send_alerts(due) == 0  # a second run (the scheduler and the command) finds nothing to claim
    mail = inbox.to("reader@example.org")[-1]
    assert mail["Subject"] == "1 new: Publications on gold in Ghana"
    text, html = body(mail), body(mail, "html")
    assert "Mercury-free gold processing in Ghana" in text and "Mercury-free gold processing in Ghana" in html
    assert "elsewhere" not in text and "Not about gold" not in text

    # The email and the page agree: every record the email lists is on the page it links to.
    page = client.get(path_of(link_to(mail, "/publications/?"))).content.decode()
    assert "Mercury-free gold processing in Ghana" in page
    assert client.get(path_of(link_to(mail, new.slug))).status_code == 200

    # RFC 8058: an https address in List-Unsubscribe, and one POST unsubscribes (no cookie, no token).
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = mail["List-Unsubscribe"].strip("<>")
    one_click = Client(enforce_csrf_checks=True).post(
        path_of(unsubscribe), "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert one_click.status_code == 200
    assert not Subscription.objects.exists()
    on_gold_in_ghana("Another one, after unsubscribing")
    count = len(inbox)
    assert send_alerts(due + timedelta(days=3)) == 0
    assert len(inbox) == count


def test_nothing_is_sent_when_nothing_is_new(client, db, inbox, site):
    confirm(client, sign_up(client, inbox))
    alert = Subscription.objects.get()
    PublicationFactory(title="Not about gold")
    assert send_alerts(alert.next_due_at + timedelta(seconds=1)) == 0
    assert len(inbox) == 1
    alert.refresh_from_db()
    assert alert.next_due_at > timezone.now() + timedelta(days=1)  # it waits for its next day


def test_the_alert_is_written_in_the_language_of_the_page_it_was_made_on(client, db, inbox, site):
    french = "/fr" + ALERT
    confirmation = sign_up(client, inbox, alert=french)
    assert "Confirmez votre alerte" in confirmation["Subject"]
    assert "/fr/subscriptions/confirm/" in link_to(confirmation, "/confirm/")
    confirm(client, confirmation)
    alert = Subscription.objects.get()
    on_gold_in_ghana("Orpaillage au Ghana")
    send_alerts(alert.next_due_at + timedelta(seconds=1))
    mail = inbox.to("reader@example.org")[-1]
    assert "Publications sur l'or au Ghana" in mail["Subject"]
    assert "/fr/publications/" in body(mail)


def test_signing_up_answers_the_same_for_a_new_pending_or_subscribed_address(client, db, inbox, site):
    answers = [client.post(ALERT, {"email": "a@example.org", "frequency": "weekly"})]
    answers.append(client.post(ALERT, {"email": "a@example.org", "frequency": "weekly"}))  # pending
    work_off()
    confirm(client, inbox.to("a@example.org")[-1])
    answers.append(client.post(ALERT, {"email": "A@Example.org", "frequency": "weekly"}))  # subscribed
    assert {(a.status_code, a["Location"]) for a in answers} == {(302, reverse("subscriptions:sent"))}
    work_off()
    assert Subscription.objects.count() == 1
    assert "already subscribed" in inbox.to("a@example.org")[-1]["Subject"]


def test_bad_input_changes_nothing(client, db, inbox):
    assert client.post(ALERT, {"email": "not an address", "frequency": "daily"}).status_code == 400
    assert client.post(ALERT, {"email": "a@example.org", "frequency": "hourly"}).status_code == 400
    assert client.get(reverse("subscriptions:alert", args=["nothing"])).status_code == 404
    assert client.get(reverse("subscriptions:alert", args=["search"])).status_code == 404  # no words
    for name in ("confirm", "unsubscribe", "manage"):
        assert client.get(reverse(f"subscriptions:{name}", args=["forged:token"])).status_code == 404
    robot = client.post(ALERT, {"email": "bot@example.org", "frequency": "daily", "website": "http://spam"})
    assert robot.status_code == 302  # looks accepted
    work_off()
    assert not Subscription.objects.exists() and len(inbox) == 0


def test_sign_ups_are_throttled_per_address_and_per_client(client, db, settings):
    settings.SUBSCRIBE_LIMIT_PER_ADDRESS, settings.SUBSCRIBE_LIMIT_PER_CLIENT = 2, 4
    for _ in range(2):
        assert client.post(ALERT, {"email": "x@example.org", "frequency": "daily"}).status_code == 302
    throttled = client.post(ALERT, {"email": "x@example.org", "frequency": "daily"})
    assert throttled.status_code == 429 and "Too many requests" in throttled.content.decode()
    assert client.post(ALERT, {"email": "y@example.org", "frequency": "daily"}).status_code == 302
    assert client.post(ALERT, {"email": "z@example.org", "frequency": "daily"}).status_code == 429  # this client
    other = Client(REMOTE_ADDR="203.0.113.9")
    assert other.post(ALERT, {"email": "z@example.org", "frequency": "daily"}).status_code == 302
    assert Subscription.objects.count() == 3


def test_subscribing_needs_the_csrf_token(db):
    client = Client(enforce_csrf_checks=True)
    assert client.post(ALERT, {"email": "a@example.org", "frequency": "daily"}).status_code == 403
    assert not Subscription.objects.exists()


def test_the_manage_link_changes_pauses_downloads_and_deletes_everything_of_one_address(client, db, inbox, site):
    confirm(client, sign_up(client, inbox))
    mine = Subscription.objects.get()
    other = Subscription.objects.create(email="someone@example.org", scope="events", consent="Agreed", state="active")
    # Confirming (again) leads to the address's manage page, as the confirmation did.
    manage = client.post(path_of(link_to(inbox.to("reader@example.org")[0], "/confirm/")))["Location"]
    page = client.get(manage).content.decode()
    assert "Publications on gold in Ghana" in page and "someone@example.org" not in page

    client.post(manage, {"action": "frequency", "subscription": mine.pk, "frequency": "monthly"})
    client.post(manage, {"action": "pause", "subscription": mine.pk})
    mine.refresh_from_db()
    assert (mine.frequency, mine.state) == ("monthly", "paused")
    on_gold_in_ghana("Published while paused")
    assert send_alerts(timezone.now() + timedelta(days=40)) == 0
    client.post(manage, {"action": "resume", "subscription": mine.pk})
    mine.refresh_from_db()
    assert mine.state == "active" and mine.matched_until > timezone.now() - timedelta(minutes=1)

    # Another address's subscription cannot be reached from this link.
    client.post(manage, {"action": "delete", "subscription": other.pk})
    assert Subscription.objects.filter(pk=other.pk).exists()

    # A correction sent with the same address (in other letters) is part of what is stored about it.
    sent = Suggestion.objects.create(kind="correction", message="Wrong dates.", email="Reader@Example.org", name="R")
    data = client.get(manage + "my-data.json")
    assert data["Content-Disposition"].startswith("attachment")
    exported = data.json()
    assert [s["email"] for s in exported["subscriptions"]] == ["reader@example.org"]
    assert exported["subscriptions"][0]["consent"] == mine.consent
    assert exported["subscriptions"][0]["confirmed_at"]
    assert [(s["message"], s["name"]) for s in exported["suggestions_sent"]] == [("Wrong dates.", "R")]

    client.post(manage, {"action": "delete-all"})
    assert not Subscription.objects.of("reader@example.org").exists()
    assert Subscription.objects.filter(pk=other.pk).exists()
    sent.refresh_from_db()
    assert (sent.email, sent.name, sent.message) == ("", "", "Wrong dates.")
    assert "Nothing is stored about this address" in client.get(manage).content.decode()


def test_unconfirmed_sign_ups_expire_and_are_purged(client, db, inbox, site, settings):
    from newsletter.sending import purge_unconfirmed

    confirmation = sign_up(client, inbox)
    Subscription.objects.update(requested_at=timezone.now() - timedelta(days=settings.SUBSCRIPTION_CONFIRM_DAYS + 1))
    assert purge_unconfirmed() == 1
    assert client.get(path_of(link_to(confirmation, "/confirm/"))).status_code == 404
