"""Search behaves the same on SQLite (FTS5) and PostgreSQL (tsvector): words, phrases, prefixes."""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.models import State
from catalog.search import parse
from interventions.models import Intervention
from publications.models import Publication
from tests.factories import (
    InterventionFactory,
    InterventionRoleFactory,
    OrganisationFactory,
    PublicationAuthorFactory,
    PublicationFactory,
)


def found(text, model=Publication):
    return set(model.objects.published().search(text).values_list("title", flat=True))


@pytest.fixture
def library(db):
    PublicationFactory(title="Child labour in artisanal gold mining", summary="A study of mines in Ghana.")
    PublicationFactory(
        title="Mercury in gold processing",
        summary="Working conditions and child health.",
        body="Labour inspections found children at work.",
    )
    PublicationFactory(title="Mapping interventions", summary="Nine areas of work across minerals.")
    PublicationFactory(title="Secret draft about gold", state=State.DRAFT)


def test_every_word_is_required_and_words_match_as_prefixes(library):
    assert found("gold") == {"Child labour in artisanal gold mining", "Mercury in gold processing"}
    assert found("gold ghana") == {"Child labour in artisanal gold mining"}
    assert found("mappin") == {"Mapping interventions"}
    assert found("GOLD Mining") == {"Child labour in artisanal gold mining"}


def test_quoted_phrases_match_the_words_in_sequence(library):
    assert found("child labour") == {"Child labour in artisanal gold mining", "Mercury in gold processing"}
    assert found('"child labour"') == {"Child labour in artisanal gold mining"}
    assert found("child-labour") == {"Child labour in artisanal gold mining"}


def test_excluded_words(library):
    assert found("gold -mercury") == {"Child labour in artisanal gold mining"}
    assert found("-gold") == set()


def test_title_matches_rank_above_body_matches(library):
    ranked = [p.title for p in Publication.objects.published().search("labour").order_by_relevance()]
    assert ranked == ["Child labour in artisanal gold mining", "Mercury in gold processing"]


def test_snippets_highlight_the_matched_words_and_escape_the_rest(db):
    PublicationFactory(title="Report", summary="Mercury <script>alert(1)</script> reduction in mines")
    from catalog.search import highlight

    record = Publication.objects.published().search("mercury").with_snippets().get()
    html = highlight(record.search_snippet)
    assert "<mark>Mercury</mark>" in html
    # SQLite quotes the tag as escaped text; PostgreSQL's headline drops tags: never raw markup.
    assert "<script>" not in html and "</script>" not in html


def test_unpublished_records_are_never_found(library, client):
    assert "Secret draft about gold" not in found("secret")
    assert found("secret") == set()
    page = client.get("/search/?q=secret").content.decode()
    assert "Secret draft" not in page
    assert client.get("/publications/facets.json?q=secret").json()["total"] == 0


def test_the_index_follows_edits_roles_authors_and_deletes(db):
    intervention = InterventionFactory(title="Gold project")
    assert found("EPRM", Intervention) == set()
    organisation = OrganisationFactory(name="European Partnership for Responsible Minerals", acronym="EPRM")
    InterventionRoleFactory(intervention=intervention, organisation=organisation)
    assert found("EPRM", Intervention) == {"Gold project"}
    intervention.title = "Tin project"
    intervention.save()
    assert found("tin", Intervention) == {"Tin project"} and found("gold", Intervention) == set()

    publication = PublicationFactory(title="Worker feedback")
    PublicationAuthorFactory(publication=publication, name="Elena Shih")
    assert found("shih") == {"Worker feedback"}
    publication.delete()
    assert found("shih") == set()


def test_did_you_mean_offers_a_near_miss_that_finds_something(library, client):
    response = client.get("/publications/?q=mercurry")
    assert response.context["page_obj"].paginator.count == 0
    suggestion, url = response.context["listing"].did_you_mean
    assert suggestion == "mercury"
    assert client.get(url).context["page_obj"].paginator.count == 1
    site = client.get("/search/?q=mercurry")
    assert site.context["suggestion"][0] == "mercury"


def test_site_search_groups_by_type_and_links_into_browse_pages(library, client):
    InterventionFactory(title="Gold traceability programme")
    response = client.get("/search/?q=gold")
    groups = {g["heading"]: g for g in response.context["groups"]}
    assert (groups["Publications"]["total"], groups["Interventions"]["total"], groups["Events"]["total"]) == (2, 1, 0)
    assert groups["Publications"]["browse_url"] == "/publications/?q=gold"
    assert response.context["total"] == 3


def test_the_browse_page_sorts_by_relevance_when_searching(library, client):
    response = client.get("/publications/?q=labour")
    assert response.context["listing"].filterset.active_sort() == "relevance"
    assert next(iter(response.context["page_obj"])).title == "Child labour in artisanal gold mining"
    assert "<mark>" in response.content.decode()


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        "AND",
        "OR NOT",
        "NEAR(",
        "*",
        "gold*",
        ":*",
        "!",
        "<->",
        "\\",
        "🪙",
        "x" * 10_000,
        "-",
        "((gold))",
        "'; DROP TABLE x; --",
        "\x00gold",
    ],
)
def test_odd_input_never_raises(library, client, text):
    for url in ["/search/", "/publications/", "/interventions/", "/events/", "/publications/facets.json"]:
        assert client.get(f"{url}?{urlencode({'q': text})}", follow=True).status_code == 200


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60))
def test_any_text_is_a_valid_query(library, text):
    list(Publication.objects.published().search(text).order_by_relevance().with_snippets()[:5])
    assert len(parse(text)) <= 12
