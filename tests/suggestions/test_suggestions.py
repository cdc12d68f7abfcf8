"""Visitors talk back: a suggestion sent from a record page reaches the curators' queue, linked to the
record, and the curators' batched mail (through a real SMTP server); abuse is refused; the sender is
thanked once, in their language; no suggestion changes a record."""

import logging
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.module_loading import import_string

from catalog.models import State
from publications.models import Publication
from suggestions.models import Suggestion
from suggestions.tasks import notify_curators
from tests.factories import EventFactory, InterventionFactory, UserFactory
from tests.mail_kit import body, links
from tests.task_kit import work_off

SENDER = "ana.sender@example.net"
QUEUE = "admin:suggestions_suggestion_changelist"


@pytest.fixture(autouse=True)
def fresh_throttles():
    """The throttles count in the cache; each test starts with none used."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def publication(demo):
    return Publication.objects.published().order_by("pk").first()


def correction(record_type="publication", slug="", **fields):
    data = {"message": "The budget is wrong: the report says 2 million.", "name": "", "email": "", "website": ""}
    data.update(fields)
    url = reverse(f"suggestions:{record_type}", kwargs={"slug": slug}) if slug else reverse("suggestions:about")
    return url, data


def new_record(**fields):
    data = {
        "record_type": "event",
        "record_title": "Kenya ASM week 2025",
        "source_url": "https://example.org/asm-week",
        "message": "",
        "name": "",
        "email": "",
        "website": "",
    }
    data.update(fields)
    return reverse("suggestions:record"), data


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_a_correction_from_a_record_page_reaches_the_queue_and_the_curators_mail(
    client, publication, curator, editor, inbox, settings, caplog
):
    settings.EDITORS_EMAIL = "editors@portal.example.org"
    UserFactory(username="former", email="former@example.org", is_staff=True, is_active=False, groups=["Curators"])
    before = Publication.objects.filter(pk=publication.pk).values().get()
    # The record page offers the form; the form names the record.
    record_page = client.get(publication.get_absolute_url()).content.decode()
    form_url = reverse("suggestions:publication", kwargs={"slug": publication.slug})
    assert f'href="{form_url}"' in record_page
    form_page = client.get(form_url)
    assert form_page.status_code == 200 and publication.title in form_page.content.decode()
    assert "no-store" in form_page["Cache-Control"]  # it holds a CSRF token

    caplog.set_level(logging.DEBUG)
    sent = client.post(form_url, correction(slug=publication.slug, email=SENDER, name="Ana")[1], follow=True)
    assert sent.redirect_chain == [(reverse("suggestions:thanks"), 302)]
    assert "Thank you for your suggestion" in sent.content.decode()

    suggestion = Suggestion.objects.get()
    assert (suggestion.kind, suggestion.state, suggestion.language) == ("correction", "new", "en")
    assert suggestion.publication == publication and suggestion.record_title == publication.title

    # The periodic job (settings.SCHEDULE) mails the curators once, listing it with a link to the queue.
    path, _every = settings.SCHEDULE["notify-curators"]
    assert import_string(path) is notify_curators
    notify_curators.enqueue()
    assert work_off() == 1
    (mail,) = inbox.wait_for(1)
    recipients, _ = inbox.messages[0]
    assert set(recipients) == {"curator@example.org", "editors@portal.example.org"}  # not editors, not former
    assert "1 new suggestion" in mail["Subject"]
    text = body(mail)
    assert publication.title in text and "the report says 2 million" in text
    assert publication.title in body(mail, "html")
    assert SENDER not in mail.as_string()  # the curators' mail names no sender's address
    admin_link = next(link for link in links(mail) if f"/suggestion/{suggestion.pk}/" in link)
    assert admin_link.startswith(settings.SITE_URL)

    # Following the link as a curator opens the suggestion, linked to the record's admin and public pages.
    client.force_login(curator)
    opened = client.get(path_of(admin_link))
    assert opened.status_code == 200
    html = opened.content.decode()
    assert reverse("admin:publications_publication_change", args=[publication.pk]) in html
    assert f'href="{publication.get_absolute_url()}"' in html
    assert SENDER in html  # curators may see it, in the admin only

    # Listed once: the next run finds nothing new and sends nothing.
    notify_curators.enqueue()
    work_off()
    assert len(inbox) == 1
    assert Suggestion.objects.get().notified_at is not None
    # The suggestion changed nothing on the record; the address is in no log line.
    assert Publication.objects.filter(pk=publication.pk).values().get() == before
    assert SENDER not in caplog.text


def test_nothing_is_sent_when_nothing_is_new(db, curator, inbox):
    notify_curators.enqueue()
    work_off()
    assert len(inbox) == 0


def test_the_curators_mail_batches_suggestions(client, publication, curator, inbox):
    client.post(*correction(slug=publication.slug))
    client.post(*new_record())
    client.post(*correction())
    notify_curators.enqueue()
    work_off()
    (mail,) = inbox.wait_for(1)
    assert "3 new suggestions" in mail["Subject"]
    text = body(mail)
    assert "Kenya ASM week 2025" in text and "Correction to the About page" in text
    assert Suggestion.objects.unnotified().count() == 0


def test_a_new_record_needs_its_type_title_and_source_link(client, db):
    url, data = new_record(record_type="", record_title="", source_url="")
    response = client.post(url, data)
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"record_type", "record_title", "source_url"}
    assert "Please correct the fields marked below." in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    # Only web links: no javascript: or file: addresses.
    response = client.post(url, new_record(source_url="javascript:alert(1)")[1])
    assert "source_url" in response.context["form"].errors
    assert not Suggestion.objects.exists()
    # A complete one is stored, with what kind of record it is.
    assert client.post(url, new_record()[1]).status_code == 302
    stored = Suggestion.objects.get()
    assert (stored.kind, stored.record_type, stored.source_url) == ("record", "event", "https://example.org/asm-week")
    assert stored.record is None


def test_bad_input_gets_a_clear_error_never_a_server_error(client, publication):
    url, data = correction(slug=publication.slug)
    for bad in [
        {"message": ""},
        {"message": "x" * 5001},
        {"email": "not-an-address"},
        {"email": "a" * 250 + "@example.org"},
        {"name": "n" * 201},
        {"message": "nul \x00 byte"},
        {"source_url": "http://" + "a" * 1000 + ".org"},
    ]:
        response = client.post(url, {**data, **bad})
        assert response.status_code == 200, bad
        assert response.context["form"].errors, bad
    assert not Suggestion.objects.exists()


def test_stored_text_is_cleaned_like_the_rest_of_the_site(client, publication):
    url, data = correction(slug=publication.slug, message="Wrong\x1b[31m date\r\nsee p. 4\x07", name=" Ana \x0b Lopez ")
    assert client.post(url, data).status_code == 302
    stored = Suggestion.objects.get()
    assert stored.message == "Wrong[31m date\nsee p. 4"
    assert stored.name == "Ana Lopez"


@pytest.mark.parametrize("state", [State.DRAFT, State.IN_REVIEW])
def test_a_hidden_record_cannot_be_corrected_nor_revealed(client, db, state):
    hidden = InterventionFactory(title="Secret quokka project", slug="secret-quokka", state=state)
    url, data = correction("intervention", slug=hidden.slug)
    for response in (client.get(url), client.post(url, data)):
        assert response.status_code == 404
        assert "quokka" not in response.content.decode().lower()
    missing = reverse("suggestions:event", kwargs={"slug": "no-such-event"})
    assert client.get(missing).status_code == 404
    assert not Suggestion.objects.exists()


def test_every_type_of_record_and_the_about_page_take_corrections(client, db):
    event = EventFactory(title="Digital day on mercury")
    intervention = InterventionFactory(title="Cobalt action")
    about = client.get(reverse("about")).content.decode()
    assert f'href="{reverse("suggestions:about")}"' in about and f'href="{reverse("suggestions:record")}"' in about
    for record_type, record in [("event", event), ("intervention", intervention)]:
        page = client.get(record.get_absolute_url()).content.decode()
        url = reverse(f"suggestions:{record_type}", kwargs={"slug": record.slug})
        assert f'href="{url}"' in page
        assert client.post(url, correction(record_type, slug=record.slug)[1]).status_code == 302
    assert client.post(*correction()).status_code == 302
    assert {(s.record_type, s.record_title) for s in Suggestion.objects.all()} == {
        ("event", "Digital day on mercury"),
        ("intervention", "Cobalt action"),
        ("", ""),
    }
    assert Suggestion.objects.get(record_type="").concerns_about_page


def test_the_honeypot_looks_accepted_but_stores_nothing(client, publication):
    url, data = correction(slug=publication.slug, website="http://spam.example")
    response = client.post(url, data)
    assert response.status_code == 302 and response["Location"] == reverse("suggestions:thanks")
    assert not Suggestion.objects.exists()
    # People never see it: off-screen, hidden from assistive technology, out of the tab order.
    html = client.get(url).content.decode()
    assert '<div class="suggest-extra" aria-hidden="true">' in html
    assert 'name="website" id="id_website" value="" tabindex="-1" autocomplete="off"' in html


def test_one_client_address_is_throttled_and_told_so(client, publication, settings):
    settings.SUGGESTIONS_PER_CLIENT = 2
    url, data = correction(slug=publication.slug)
    for _ in range(2):
        assert client.post(url, data, REMOTE_ADDR="192.0.2.10").status_code == 302
    refused = client.post(url, data, REMOTE_ADDR="192.0.2.10")
    assert refused.status_code == 429
    assert refused["Retry-After"] == str(settings.SUGGESTIONS_THROTTLE_WINDOW)
    html = refused.content.decode()
    assert "Too many suggestions for now" in html and 'class="site-header"' in html  # the site's own page
    assert Suggestion.objects.count() == 2
    # Another address is not held back; nor is the same one in French, told in its page's design.
    assert client.post(url, data, REMOTE_ADDR="192.0.2.11").status_code == 302
    assert client.post("/fr" + url, data, REMOTE_ADDR="192.0.2.10").status_code == 429
    assert Suggestion.objects.count() == 3


def test_one_email_address_is_throttled_from_any_client(client, publication, settings):
    settings.SUGGESTIONS_PER_EMAIL = 1
    url, data = correction(slug=publication.slug, email=SENDER)
    assert client.post(url, data, REMOTE_ADDR="192.0.2.20").status_code == 302
    again = client.post(url, {**data, "email": SENDER.upper()}, REMOTE_ADDR="192.0.2.21")
    assert again.status_code == 429
    assert SENDER not in again.content.decode().lower()
    # Without an address, the second visitor is not held back.
    assert client.post(url, {**data, "email": ""}, REMOTE_ADDR="192.0.2.21").status_code == 302
    assert Suggestion.objects.count() == 2


def test_the_form_needs_its_csrf_token(publication):
    browser = Client(enforce_csrf_checks=True)
    url, data = correction(slug=publication.slug)
    assert browser.post(url, data).status_code == 403
    assert not Suggestion.objects.exists()
    token = browser.get(url).context["csrf_token"]
    assert browser.post(url, {**data, "csrfmiddlewaretoken": str(token)}).status_code == 302
    assert Suggestion.objects.count() == 1


def test_reloading_the_thank_you_page_sends_nothing_again(client, publication):
    url, data = correction(slug=publication.slug)
    thanks = client.post(url, data)["Location"]
    for _ in range(2):
        assert client.get(thanks).status_code == 200
    assert Suggestion.objects.count() == 1


def act(client, action, *suggestions):
    """Run an admin action on the English admin (a French page asked earlier leaves French active)."""
    with translation.override("en-gb"):
        url = reverse(QUEUE)
    return client.post(url, {"action": action, "_selected_action": [s.pk for s in suggestions]}, follow=True)


def test_curators_decide_and_thank_the_sender_once_in_their_language(client, publication, curator, editor, inbox):
    # Sent from the French page.
    url, data = correction(slug=publication.slug, email=SENDER, name="Ana")
    assert client.post("/fr" + url, data)["Location"] == "/fr/suggest/thanks/"
    url, data = correction(slug=publication.slug)  # no address left
    client.post(url, data)
    with_address, without = Suggestion.objects.get(email=SENDER), Suggestion.objects.get(email="")
    assert with_address.language == "fr"

    client.force_login(curator)
    # Not yet decided: no thanks.
    act(client, "thank", with_address)
    assert Suggestion.objects.get(pk=with_address.pk).thanks_requested_at is None
    act(client, "accept", with_address, without)
    decided = Suggestion.objects.get(pk=with_address.pk)
    assert (decided.state, decided.decided_by) == ("accepted", curator) and decided.decided_at

    client.force_login(editor)
    act(client, "thank", with_address, without)
    work_off()
    (thanks,) = inbox.wait_for(1)
    assert inbox.messages[0][0] == (SENDER,)
    assert thanks["Content-Language"] == "fr"
    text = body(thanks)
    assert "Ana" in text and publication.title in text
    assert f"{django_settings.SITE_URL}/fr/" in links(thanks)  # the home page in the sender's language
    thanked = Suggestion.objects.get(pk=with_address.pk)
    assert thanked.thanked_at and thanked.thanks_requested_at
    assert Suggestion.objects.get(pk=without.pk).thanks_requested_at is None

    # Once only: a second click queues nothing, and a stray second task sends nothing.
    response = act(client, "thank", with_address)
    assert "skipped" in response.content.decode()
    from suggestions.tasks import thank_sender

    thank_sender.enqueue(with_address.pk)
    work_off()
    assert len(inbox) == 1
    assert Suggestion.objects.get(pk=with_address.pk).thanked_at == thanked.thanked_at


def test_declining_keeps_who_and_when_and_never_touches_the_record(client, publication, editor):
    before = Publication.objects.filter(pk=publication.pk).values().get()
    client.post(*correction(slug=publication.slug, message="Please retitle it 'Spam'"))
    suggestion = Suggestion.objects.get()
    client.force_login(editor)
    act(client, "decline", suggestion)
    declined = Suggestion.objects.get()
    assert (declined.state, declined.decided_by) == ("declined", editor) and declined.decided_at
    act(client, "accept", suggestion)
    assert Suggestion.objects.get().state == "accepted"
    assert Publication.objects.filter(pk=publication.pk).values().get() == before


def test_the_queue_filters_by_state_and_kind_and_is_for_staff(client, publication, curator, editor, visitor):
    for role in (curator, editor):  # both roles work the queue (a migration grants it); neither deletes
        assert role.has_perms(["suggestions.view_suggestion", "suggestions.change_suggestion"])
        assert not role.has_perm("suggestions.delete_suggestion") and not role.has_perm("suggestions.add_suggestion")
    client.post(*correction(slug=publication.slug))
    client.post(*new_record())
    Suggestion.objects.filter(kind="record").update(state="declined", decided_at=publication.created)
    queue = reverse(QUEUE)
    client.force_login(visitor)
    assert client.get(queue).status_code == 302  # to the sign-in page
    client.force_login(curator)
    new_ones = client.get(queue, {"state__exact": "new"})
    assert [s.kind for s in new_ones.context["cl"].result_list] == ["correction"]
    records = client.get(queue, {"kind__exact": "record"})
    assert [s.record_title for s in records.context["cl"].result_list] == ["Kenya ASM week 2025"]
    # Suggestions come from visitors only; what they sent is not edited.
    assert client.get(reverse("admin:suggestions_suggestion_add")).status_code == 403
    change = client.get(reverse("admin:suggestions_suggestion_change", args=[Suggestion.objects.first().pk]))
    assert change.context["adminform"].form.fields.keys() == {"curator_note"}


def test_no_address_is_ever_shown_publicly(client, publication):
    client.post(*correction(slug=publication.slug, email=SENDER, name="Ana Visible"))
    pages = [
        publication.get_absolute_url(),
        reverse("publications:feed"),
        f"/api/publications/{publication.slug}/",
        reverse("suggestions:thanks"),
        reverse("suggestions:publication", kwargs={"slug": publication.slug}),
    ]
    for url in pages:
        response = client.get(url)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        assert SENDER not in content.decode(), url
