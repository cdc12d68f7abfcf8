"""What is cached for visitors is never stale: browse regions, pages, feeds, calendars, rankings.

Every test asks once (filling the cache), changes something, and asks again: the second answer
must be the fresh one, for a write (publish, edit, unpublish) and, for events, for time passing.
"""

import random
import re
from datetime import date, timedelta
from urllib.parse import urlencode

import pytest
from django.http import QueryDict
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from pyroaring import BitMap

from catalog import search
from catalog.browse import ranking
from catalog.browse.facet_index import facet_index
from catalog.browse.listing import AddingUrls, query_url
from catalog.models import Country, State
from publications.filters import PublicationFilterSet
from publications.models import Publication
from tests.factories import EventFactory, PublicationFactory

UPCOMING_1 = 'Upcoming <span class="facet-count">(1)</span>'
PAST_1 = 'Past <span class="facet-count">(1)</span>'


def save_state(record, state):
    record.state = state
    record.save()


def test_a_browse_page_is_served_from_the_cache_and_follows_every_write(client, db, django_assert_num_queries):
    first = PublicationFactory(title="Mercury-free processing")
    assert "<strong>1</strong> result" in client.get("/publications/").content.decode()
    with django_assert_num_queries(1):  # the data version, then the cached region
        assert "Mercury-free processing" in client.get("/publications/").content.decode()

    PublicationFactory(title="Cobalt supply chains")
    page = client.get("/publications/").content.decode()
    assert "<strong>2</strong> results" in page and "Cobalt supply chains" in page

    first.title = "Retorts in Ghana"
    first.save()
    page = client.get("/publications/").content.decode()
    assert "Retorts in Ghana" in page and "Mercury-free processing" not in page

    save_state(first, State.DRAFT)
    page = client.get("/publications/").content.decode()
    assert "<strong>1</strong> result" in page and "Retorts in Ghana" not in page


def test_the_htmx_region_and_the_full_page_are_cached_apart(client, db):
    PublicationFactory(title="Mercury-free processing")
    full = client.get("/publications/").content.decode()
    region = client.get("/publications/", headers={"HX-Request": "true"})
    assert "<html" in full and "<html" not in region.content.decode()
    assert region["HX-Push-Url"] == "/publications/"
    assert "<html" in client.get("/publications/").content.decode()


def test_staff_get_a_fresh_page_with_their_links_and_visitors_never_see_them(client, editor, db):
    PublicationFactory()
    client.get("/publications/")  # a visitor fills the cache
    client.force_login(editor)
    assert "Use in a newsletter digest" in client.get("/publications/").content.decode()
    client.logout()
    assert "Use in a newsletter digest" not in client.get("/publications/").content.decode()


def test_a_non_canonical_address_still_redirects_when_the_canonical_one_is_cached(client, db):
    PublicationFactory()
    client.get("/publications/")
    response = client.get("/publications/?q=&sort=newest")
    assert response.status_code == 302 and response["Location"] == "/publications/"


def test_upcoming_becomes_past_without_a_write(client, db, monkeypatch):
    now = timezone.now()
    EventFactory(title="Manila dialogue", start=now + timedelta(hours=1))
    assert UPCOMING_1 in client.get("/events/").content.decode()

    later = now + timedelta(days=30)  # past its end, whatever the event's length
    monkeypatch.setattr(timezone, "now", lambda: later)
    page = client.get("/events/").content.decode()
    assert PAST_1 in page and UPCOMING_1 not in page


def test_an_event_page_stops_saying_upcoming_once_it_has_passed(client, db, monkeypatch):
    now = timezone.now()
    event = EventFactory(title="Action dialogue", start=now + timedelta(hours=1))
    assert 'status-upcoming">Upcoming</span>' in client.get("/events/").content.decode()
    assert 'status-upcoming">Upcoming</span>' in client.get(event.get_absolute_url()).content.decode()
    monkeypatch.setattr(timezone, "now", lambda: now + timedelta(days=30))
    assert 'status-badge">Past</span>' in client.get(event.get_absolute_url()).content.decode()
    assert ">Upcoming</span>" not in client.get("/events/").content.decode()


def test_detail_pages_and_feeds_follow_edits_and_unpublishing(client, db, django_assert_num_queries):
    publication = PublicationFactory(title="Mercury-free processing")
    url = publication.get_absolute_url()
    assert client.get(url).status_code == 200
    with django_assert_num_queries(1):
        assert "Mercury-free processing" in client.get(url).content.decode()
    assert "Mercury-free processing" in client.get("/publications/feed/").content.decode()

    publication.title = "Retorts in Ghana"
    publication.save()
    assert "Retorts in Ghana" in client.get(url).content.decode()
    assert "Retorts in Ghana" in client.get("/publications/feed/").content.decode()

    save_state(publication, State.DRAFT)
    assert client.get(url).status_code == 404
    assert "Retorts in Ghana" not in client.get("/publications/feed/").content.decode()


def test_a_draft_previewed_by_staff_is_never_cached_for_visitors(client, curator, db):
    draft = PublicationFactory(title="Unreleased study", state=State.DRAFT)
    client.force_login(curator)
    assert client.get(draft.get_absolute_url()).status_code == 200
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_a_cached_feed_keeps_its_content_type(client, db):
    PublicationFactory()
    first = client.get("/publications/feed/")
    second = client.get("/publications/feed/")
    assert first["Content-Type"] == second["Content-Type"]
    assert second["Content-Type"].startswith("application/atom+xml")
    assert first.content == second.content


def test_a_cached_calendar_keeps_its_headers(client, db):
    EventFactory(title="Digital day")
    first = client.get("/events/calendar.ics")
    second = client.get("/events/calendar.ics")
    assert second["Content-Type"] == first["Content-Type"]
    assert second.get("Content-Disposition") == first.get("Content-Disposition")


@pytest.fixture
def ranked_library(db):
    rng = random.Random(7)
    words = ["gold", "mercury", "labour", "child", "cobalt", "school", "health", "women"]
    for n in range(40):
        PublicationFactory(
            title=" ".join(rng.sample(words, 2)) + f" {n}",
            summary=" ".join(rng.choices(words, k=8)),
            body=" ".join(rng.choices(words, k=30)),
            state=rng.choice([State.PUBLISHED, State.PUBLISHED, State.DRAFT]),
        )


@pytest.mark.parametrize("text", ["gold", "mercury labour", '"child labour"', "go", "gold -cobalt", "-gold", "zzz"])
def test_the_ranking_in_memory_is_the_databases_relevance_order(ranked_library, client, text):
    # Equal text, so equal scores: the titles decide, as in the database's ORDER BY title.
    for title in ["Mercury b", "mercury a", "Mercury A", "Éclair mercury"]:
        PublicationFactory(title=title, summary="mercury gold", body="")
    published = set(Publication.objects.published().values_list("pk", flat=True))
    expected = list(Publication.objects.published().search(text).order_by_relevance().values_list("pk", flat=True))
    assert [pk for pk in search.ranked_ids(Publication, text) if pk in published] == expected
    # What the pages use: scored by the database, ordered in memory.
    index = facet_index(PublicationFilterSet)
    found = ranking.matches(index, text) & index.all
    assert ranking.ranked(index, text, found).ids.tolist() == expected
    # A subset (what facets leave) is ranked alone, in the same order.
    subset = BitMap(expected[::2])
    assert ranking.ranked(index, text, subset).ids.tolist() == expected[::2]

    response = client.get(f"/publications/?{urlencode({'q': text})}")
    listed = [record.pk for record in response.context["page_obj"]]
    assert listed == expected[:20]
    assert response.context["page_obj"].paginator.count == len(expected)


def test_snippets_mark_words_phrases_and_letters_with_accents():
    mark = search.highlight
    assert mark(search.quote("Mercury reduction in gold mines", search.parse("merc"))) == (
        "<mark>Mercury</mark> reduction in gold mines"
    )
    assert mark(search.quote("Child labour in gold mines", search.parse('"gold mines"'))) == (
        "Child labour in <mark>gold mines</mark>"
    )
    assert mark(search.quote("Coopérative minière", search.parse("cooperative"))) == (
        "<mark>Coopérative</mark> minière"
    )
    long = " ".join(["word"] * 60 + ["mercury"] + ["word"] * 60)
    quoted = mark(search.quote(long, search.parse("mercury")))
    assert quoted.startswith("…") and quoted.endswith("…") and "<mark>mercury</mark>" in quoted
    assert search.quote("Nothing here", search.parse("gold")) == ""


NAMES = st.sampled_from(["country", "mineral", "q", "page", "sort", "kind", "é x"])
VALUES = st.text(alphabet="GHab &=é+%", max_size=4)


@settings(max_examples=300, deadline=None)
@given(pairs=st.lists(st.tuples(NAMES, VALUES), max_size=8), name=NAMES, value=VALUES)
def test_facet_links_are_the_same_as_building_each_address_in_full(pairs, name, value):
    params = QueryDict(mutable=True)
    for key, item in pairs:
        params.appendlist(key, item)
    assert AddingUrls("/publications/", params, name)(value) == query_url("/publications/", params, add=(name, value))


def test_a_result_row_names_each_organisation_once_without_a_stray_comma(client, db):
    from tests.factories import OrganisationFactory, PublicationOrganisationFactory

    publication = PublicationFactory(title="Due diligence guidance")
    oecd, ilo = OrganisationFactory(name="OECD"), OrganisationFactory(name="ILO")
    for organisation, role in [(oecd, "author"), (ilo, "publisher"), (oecd, "publisher")]:
        PublicationOrganisationFactory(publication=publication, organisation=organisation, role=role)
    page = client.get("/publications/").content.decode()
    meta = page.split('class="result-meta', 1)[1].split("</p>", 1)[0]
    assert meta.count("OECD") == 1 and meta.count("ILO") == 1
    assert not meta.rstrip().endswith(",")


def rendered(response):
    return {template.name for template in response.templates}


def test_paging_reuses_the_search_fields_facets_and_charts_and_a_write_refreshes_them(client, db):
    ghana, kenya = Country.objects.get(iso2="GH"), Country.objects.get(iso2="KE")
    for n in range(25):
        PublicationFactory(title=f"Report {n:02d}").countries.add(ghana)
    first = client.get("/publications/?country=GH")
    second = client.get("/publications/?country=GH&page=2")
    assert "browse/_facets.html" in rendered(first) and "includes/_timeline.html" in rendered(first)
    # Page 2 renders only its rows: the rest comes from page 1's fragments.
    assert "publications/_rows.html" in rendered(second)
    assert not rendered(second) & {"browse/_facets.html", "includes/_timeline.html", "bootstrap5/field.html"}
    first_page, second_page = first.content.decode(), second.content.decode()
    assert "Report 00" in first_page and "Report 00" not in second_page and "Report 24" in second_page
    facets = re.compile(r'<details class="filters-panel".*?</fieldset>', re.S)
    assert facets.search(first_page).group() == facets.search(second_page).group()

    # A write changes the data version: the next page's fragments are rendered afresh.
    late = PublicationFactory(title="Report from Kenya", publication_date=date(2010, 1, 1))
    late.countries.add(ghana, kenya)
    third = client.get("/publications/?country=GH&page=2")
    assert "browse/_facets.html" in rendered(third)
    page = third.content.decode()
    # The timeline (two years: its sentence) counts the new record too.
    assert "Kenya" in page and "26</strong> results" in page and "1 in 2010 and 25 in 2020" in page


def test_signed_in_users_get_fragments_rendered_afresh(client, editor, db):
    for n in range(25):
        PublicationFactory(title=f"Report {n:02d}")
    client.force_login(editor)
    for address in ["/publications/", "/publications/?page=2", "/publications/?page=2"]:
        assert "browse/_facets.html" in rendered(client.get(address))
