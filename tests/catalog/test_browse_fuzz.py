"""No query string makes a browse page, its facets.json or the site search fail."""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile import HOSTILE_CHARACTERS

URLS = [
    "/interventions/",
    "/interventions/facets.json",
    "/publications/",
    "/publications/facets.json",
    "/events/",
    "/events/facets.json",
    "/search/",
]
NAMES = [
    "q",
    "page",
    "sort",
    "year_from",
    "year_to",
    "country",
    "region",
    "mineral",
    "area",
    "topic",
    "kind",
    "status",
    "focus",
    "funder",
    "implementer",
    "organisation",
    "organiser",
    "language",
    "year",
    "when",
    "attendance",
]
ODD = [
    "\x00",
    '"',
    "'",
    "\\",
    "AND",
    "OR",
    "NOT",
    "NEAR(",
    "*",
    ":*",
    "&",
    "|",
    "!",
    "<->",
    "(",
    ")",
    "%",
    "_",
    "🪙",
    "⛏️",
    "é",
    "\u202e",
    "--",
    ";",
    "1e309",
    "-0",
    "NaN",
    "9" * 30,
    " ",
    *HOSTILE_CHARACTERS,  # line breaks, controls, non-characters, lone surrogates
]
values = st.one_of(
    st.text(max_size=40),
    st.sampled_from(ODD),
    st.lists(st.sampled_from(ODD), max_size=6).map("".join),
    st.sampled_from(["gold", "GH", "2019", "newest", "relevance", "upcoming", "x" * 10_000]),
)
pairs = st.lists(st.tuples(st.one_of(st.sampled_from(NAMES), st.text(max_size=10)), values), max_size=8)


@pytest.mark.django_db
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(url=st.sampled_from(URLS), params=pairs)
def test_odd_query_strings_never_fail(client, demo, url, params):
    # A browse page may first redirect to its clean address; following must end on a page, not loop.
    # A lone surrogate goes as the UTF-8 bytes it would have: what a broken client sends.
    response = client.get(f"{url}?{urlencode(params, errors='surrogatepass')}", follow=True)
    assert response.status_code == 200, (url, params)
    assert len(response.redirect_chain) <= 1
    assert b"\x00" not in response.content


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/interventions/", "/interventions/export.csv", "/api/events/", "/events/facets.json"])
def test_digits_that_are_not_ascii_are_no_year(client, demo, url):
    # "²".isdigit() is True but int("²") fails: found by the fuzzer.
    assert client.get(url, {"year": "²"}).status_code in (200, 400)
