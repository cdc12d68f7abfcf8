"""What the redesigned pages promise beyond looks: the About page, compressed pages that say how long
they may be kept, record pages that lead with what matters, and links that say when they leave."""

import gzip
import re

from django.core.files.base import ContentFile

from catalog.models import State
from tests.factories import EventFactory, InterventionFactory, PublicationFactory
from tests.page_kit import page


def test_the_about_page_says_where_the_areas_come_from_and_how_to_suggest_a_record(client, db, settings):
    settings.EDITORS_EMAIL = "editors@portal.example.org"
    html = page(client, "/about/")
    for heading in [
        "What you will find",
        "Where the nine areas of work come from",
        "How records are chosen",
        "Who curates it",
        "Suggest a record or a correction",
    ]:
        assert heading in html
    assert len(re.findall(r'<li value="\d">', html)) == 9  # the nine areas, numbered as the mapping numbers them
    assert 'href="mailto:editors@portal.example.org"' in html
    # It offers both suggestion forms; every page's footer leads to "Suggest a record"; the sitemap lists it.
    assert 'href="/suggest/"' in html and 'href="/suggest/about/"' in html
    assert 'href="/suggest/"' in page(client, "/")
    assert "/about/</loc>" in page(client, "/sitemap.xml")


def test_without_an_editors_address_the_about_page_says_so_rather_than_inventing_one(client, db, settings):
    settings.EDITORS_EMAIL = ""
    html = page(client, "/about/")
    assert "mailto:" not in html
    assert 'href="/suggest/"' in html  # the forms need no address


def test_pages_are_compressed_and_say_how_long_a_visitor_may_keep_them(client, db):
    PublicationFactory(title="Mercury-free processing")
    response = client.get("/publications/", headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert "Mercury-free processing" in gzip.decompress(response.content).decode()
    # Any cache may keep it, but asks again before using it: a withdrawn record outlives no cache.
    assert response["Cache-Control"] == "public, no-cache"
    assert "Cookie" in response["Vary"]
    missing = client.get("/no-such-page/")
    assert missing.status_code == 404 and missing["Cache-Control"] == "public, no-cache"
    assert "Cookie" in missing["Vary"]


def test_a_304_varies_as_its_page_does(client, db):
    """A browser takes the 304's Vary for the page it keeps: a page kept for a plain visit must not
    later answer htmx's request for its region (nor JSON for HTML)."""
    PublicationFactory()
    full = client.get("/publications/?country=GH")
    again = client.get("/publications/?country=GH", headers={"if-none-match": full["ETag"]})
    assert again.status_code == 304
    assert again["ETag"] == full["ETag"]
    vary = {v.strip() for v in full["Vary"].split(",")}
    assert vary <= {v.strip() for v in again["Vary"].split(",")}
    assert {"HX-Request", "Cookie", "Accept-Encoding"} <= vary


def test_a_signed_in_users_pages_are_theirs_alone_and_a_draft_preview_is_never_stored(client, curator, db):
    draft = PublicationFactory(title="Unreleased study", state=State.DRAFT)
    client.force_login(curator)
    assert client.get("/publications/")["Cache-Control"] == "private, no-cache"
    assert client.get("/api/publications/")["Cache-Control"] == "private, no-cache"  # DRF replaces request.user
    assert client.get(draft.get_absolute_url())["Cache-Control"] == "private, no-store"


def test_a_response_that_sets_a_cookie_is_never_shared(rf):
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse

    from asmportal.operations.http_cache import CacheHeadersMiddleware

    def view(request):
        response = HttpResponse("a form with a token")
        response.set_cookie("csrftoken", "x")
        return response

    request = rf.get("/")
    request.user = AnonymousUser()
    assert CacheHeadersMiddleware(view)(request)["Cache-Control"] == "private, no-cache"
    plain = CacheHeadersMiddleware(lambda request: HttpResponse("the same for all"))(request)
    assert plain["Cache-Control"] == "public, no-cache"


def test_an_intervention_page_leads_with_its_facts_and_leaves_out_empty_sections(client, db):
    intervention = InterventionFactory(title="Golden Line", website="https://golden-line.example.org/")
    html = page(client, intervention.get_absolute_url())
    assert html.index('class="record-facts"') < html.index('class="record-main"')  # facts first on a phone
    assert "Publications about it" not in html and "Events <span" not in html  # none linked: no section
    # The website, marked as leaving the site for the eye (class) and for screen readers (words).
    assert re.search(
        r'<a class="external btn btn-primary" href="https://golden-line.example.org/" rel="noopener external">'
        r'Visit its website<span class="visually-hidden"> \(another site\)</span></a>',
        html,
    )
    assert 'data-back-to="/interventions/"' in html


def test_a_download_names_its_format_and_size(client, db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    publication = PublicationFactory()
    publication.file.save("study.pdf", ContentFile(b"%PDF-1.4\n" + b"x" * 2048), save=True)
    html = page(client, publication.get_absolute_url())
    assert re.search(r"Download <span class=\"download-meta\">\(PDF, 2\.0\xa0KB\)</span>", html), html


def test_add_to_calendar_is_offered_only_for_an_event_to_come(client, db):
    from datetime import timedelta

    from django.utils import timezone

    past = EventFactory(start=timezone.now() - timedelta(days=30))
    coming = EventFactory(start=timezone.now() + timedelta(days=30))
    assert "Add to calendar" not in page(client, past.get_absolute_url())
    assert "Add to calendar" in page(client, coming.get_absolute_url())


def test_the_api_and_feeds_are_compressed_for_clients_that_ask(client, db):
    import json

    PublicationFactory(title="Mercury-free processing")
    api = client.get("/api/publications/", headers={"accept-encoding": "gzip"})
    assert api["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(api.content))["results"][0]["title"] == "Mercury-free processing"
    feed = client.get("/publications/feed/", headers={"accept-encoding": "gzip"})
    assert feed["Content-Encoding"] == "gzip" and b"Mercury-free processing" in gzip.decompress(feed.content)
    assert "Content-Encoding" not in client.get("/api/publications/")  # and plainly for those that do not
