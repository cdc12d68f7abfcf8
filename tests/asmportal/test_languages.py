"""The portal in English, French and Spanish: one address per language, a switcher that keeps the
query, names from CLDR, records in their own language with curators' translations, search across
every version and without accents, caches keyed by language, and one answer in every language."""

import re

import pytest
from django.core.cache import cache

from catalog.models import Mineral
from tests.factories import EventFactory, InterventionFactory, PublicationFactory, country

LANGUAGES = [("", "en-gb"), ("/fr", "fr"), ("/es", "es")]


def text(response):
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    return raw.decode()


@pytest.fixture
def gold_in_ghana(db):
    gold = Mineral.objects.get(slug="gold")
    record = PublicationFactory(
        title="Gold mining and child labour in Ghana",
        slug="gold-ghana",
        summary="A study of mining communities.",
        title_fr="L'orpaillage et le travail des enfants au Ghana",
        summary_fr="Une étude des communautés minières.",
    )
    record.countries.set([country("GH")])
    record.minerals.set([gold])
    return record


@pytest.mark.parametrize(("prefix", "lang"), LANGUAGES)
def test_each_language_has_its_address_and_says_so(client, gold_in_ghana, prefix, lang):
    for path in ["/", "/publications/", "/publications/gold-ghana/", "/countries/GH/", "/about/"]:
        response = client.get(prefix + path)
        assert response.status_code == 200, prefix + path
        assert f'<html lang="{lang}">' in text(response)


def test_accept_language_suggests_but_never_redirects(client, db):
    response = client.get("/publications/?country=GH", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    assert response.status_code == 200
    html = text(response)
    assert '<html lang="en-gb">' in html
    # The offer is in the page for the browser to show (language.js), hidden, in the language it offers.
    notice = re.search(
        r'<div class="language-notice" lang="fr" data-language="fr" hidden>(.*?)</div>\s*</div>', html, re.S
    )
    assert notice and 'href="/fr/publications/?country=GH"' in notice.group(1)


def test_the_switcher_keeps_the_path_and_the_query(client, db):
    html = text(client.get("/fr/publications/?country=GH&q=or&sort=-date"))
    assert 'href="/es/publications/?country=GH&amp;q=or&amp;sort=-date"' in html
    assert 'href="/publications/?country=GH&amp;q=or&amp;sort=-date"' in html
    assert re.search(r'aria-current="true" lang="fr"', html)
    for code in ["en", "fr", "es", "x-default"]:
        assert f'hreflang="{code}" href="http://testserver' in html


def test_machine_addresses_have_one_language(client, db):
    assert client.get("/fr/api/").status_code == 404
    assert client.get("/fr/sitemap.xml").status_code == 404


@pytest.mark.parametrize(("prefix", "name"), [("", "Peru"), ("/fr", "Pérou"), ("/es", "Perú")])
def test_country_names_come_from_cldr_in_each_language(client, db, prefix, name):
    PublicationFactory().countries.set([country("PE")])
    html = text(client.get(f"{prefix}/countries/PE/"))
    assert f"<h1>{name}" in html or f">{name}</h1>" in html or f"{name}</h1>" in html
    # Its counts agree with their numbers in each language: one publication, no events.
    one, none = {"": ("publication", "events"), "/fr": ("publication", "événement"), "/es": ("publicación", "eventos")}[
        prefix
    ]
    assert f'<span class="stat">1</span> <span class="stat-label">{one}</span>' in html
    assert f'<span class="stat-label text-body-secondary">{none}</span>' in html


def test_a_record_shows_its_translation_and_marks_the_original(client, gold_in_ghana):
    english = text(client.get("/publications/gold-ghana/"))
    french = text(client.get("/fr/publications/gold-ghana/"))
    spanish = text(client.get("/es/publications/gold-ghana/"))
    assert "Gold mining and child labour in Ghana" in english
    assert "L&#x27;orpaillage et le travail des enfants au Ghana" in french
    # No Spanish version: the original, marked as English for screen readers.
    assert re.search(r'<h1[^>]* lang="en"[^>]*>\s*Gold mining and child labour in Ghana', spanish)
    assert not re.search(r'<h1[^>]* lang="', french)


def test_the_cache_keeps_each_language_apart(client, gold_in_ghana):
    cache.clear()
    assert "Gold mining" in text(client.get("/publications/gold-ghana/"))
    assert "orpaillage" in text(client.get("/fr/publications/gold-ghana/"))
    assert "Gold mining" in text(client.get("/publications/gold-ghana/"))
    browse = text(client.get("/fr/publications/"))
    assert "orpaillage" in browse and '<html lang="fr">' in browse
    assert '<html lang="en-gb">' in text(client.get("/publications/"))


def test_search_finds_a_record_by_its_french_title_from_every_interface(client, gold_in_ghana):
    for prefix, _ in LANGUAGES:
        assert "gold-ghana" in text(client.get(f"{prefix}/publications/?q=orpaillage")), prefix
        assert "gold-ghana" in text(client.get(f"{prefix}/search/?q=orpaillage")), prefix


@pytest.mark.parametrize(("stored", "searched"), [("minería", "mineria"), ("mineria", "minería"), ("Pérou", "perou")])
def test_search_ignores_accents_and_case(client, db, stored, searched):
    PublicationFactory(title=f"La {stored} artesanal", slug="accented")
    assert "accented" in text(client.get("/publications/", {"q": searched}))
    assert "accented" in text(client.get("/publications/", {"q": searched.upper()}))


def test_search_finds_a_country_by_its_name_in_any_language(client, db):
    PublicationFactory(slug="in-peru").countries.set([country("PE")])
    for word in ["Peru", "Pérou", "Perú"]:
        assert "in-peru" in text(client.get("/publications/", {"q": word})), word


SLUG = re.compile(r"/(?:interventions|publications|events)/([a-z0-9][a-z0-9-]*)/")
SURFACES = ["", "feed/", "export.csv", "export.json", "facets.json"]


def slugs(response):
    return set(SLUG.findall(text(response))) - {"feed", "export"}


@pytest.mark.parametrize("kind", ["interventions", "publications", "events"])
def test_one_query_gives_the_same_records_in_every_language(client, demo, kind):
    for query in ["?country=GH", "?mineral=gold&country=CD", "?q=mining", "?q=or", "?area=formalisation"]:
        for surface in SURFACES:
            found = [slugs(client.get(f"{prefix}/{kind}/{surface}{query}")) for prefix, _ in LANGUAGES]
            assert found[0] == found[1] == found[2], (kind, surface, query)
        totals = [client.get(f"{prefix}/{kind}/facets.json{query}").json()["total"] for prefix, _ in LANGUAGES]
        assert len(set(totals)) == 1, (kind, query, totals)


def test_the_calendar_and_the_api_answer_the_same_in_every_language(client, db):
    EventFactory(slug="future-day", title="Digital day", title_fr="Journée numérique")
    InterventionFactory(slug="project-x")
    calendars = [text(client.get(f"{prefix}/events/calendar.ics")) for prefix, _ in LANGUAGES]
    assert all("future-day" in calendar for calendar in calendars)
    assert "Journée numérique" in calendars[1] and "Digital day" in calendars[0]


def test_every_field_label_of_ours_is_translated_in_the_admin(client, superuser):
    from asmportal.translation.field_names import LABELS, auto_named

    untranslated = sorted({f"{f.model.__name__}.{f.name}" for f in auto_named() if isinstance(f.verbose_name, str)})
    assert untranslated in ([], ["Intervention.search_vector"]) or all(
        n.endswith("search_vector") for n in untranslated
    )
    assert "start date" in LABELS
    client.force_login(superuser)
    html = text(client.get("/fr/admin/interventions/intervention/add/"))
    assert "Date de début" in html and ">Start date<" not in html
