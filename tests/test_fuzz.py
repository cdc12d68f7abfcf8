"""Fuzzing every public URL pattern: odd path arguments, query strings and request headers never make a 500.

The patterns come from the resolver (tests/asmportal/url_list.py), so pages, feeds, exports, the calendar,
citations, the API and the sitemap are all in, and a new route joins by itself. Schemathesis covers the
API against its OpenAPI document in tests/asmportal/test_api.py.

CI runs a short pass; `make fuzz` sets FUZZ_EXAMPLES for the long one (10,000 requests and more).
"""

import os
import re
import time
from urllib.parse import quote, urlencode

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.asmportal.url_list import url_patterns
from tests.catalog.test_browse_fuzz import NAMES as BROWSE_NAMES
from tests.hostile import (
    FORMAT_SPECIALS,
    HOSTILE_CHARACTERS,
    every_surface,
    hostile_records,
    storable,
    write_raw,
    write_saved,
)

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
RECORD_EXAMPLES = max(4, EXAMPLES // 50)  # each fetches some thirty surfaces

PATTERNS = sorted(url_patterns())
GOOD_VALUES = {  # real arguments from the demo content, so the fuzzer also reaches past the 404s
    "slug": [
        "iied-asm-knowledge-programme",
        "manila-2019-knowledge-sharing-meeting-asgm",
        "gold",
        "ilo",
        "research-and-monitoring",
    ],
    "iso2": ["GH", "PE", "gh", "XX"],
    "code": ["en", "fr"],
    "format": ["json", "api", "csv", "xml"],
    "pk": ["1", "0", "999999999999"],
    "extension": ["txt", "html", "md", "exe"],
}
ODD = [
    "\x00",
    "%00",
    "'",
    '"',
    "\\",
    "..",
    "../..",
    "%2e%2e%2f",
    "<script>",
    "{{7*7}}",
    "${jndi:x}",
    "🪙",
    "\u202e",
    "é",
    "NaN",
    "-1",
    "9" * 40,
    " ",
    "*",
    "%",
    "?",
    "#",
    ";",
    "&",
    "=",
    "x" * 3000,
    *HOSTILE_CHARACTERS,  # line breaks, controls, non-characters, lone surrogates
]
# Every filter name the browse fuzz knows, and the API's and digest builder's own.
QUERY_NAMES = [*BROWSE_NAMES, "format", "limit", "offset", "cursor", "since", "until", "from"]
HEADERS = {
    "HTTP_ACCEPT": ["application/json", "text/html", "text/calendar", "*/*", "application/xml;q=0.1", "\x00", ""],
    "HTTP_IF_NONE_MATCH": ['"abc"', "*", "W/", "\x00"],
    "HTTP_IF_MODIFIED_SINCE": ["Sun, 22 Nov 2026 10:00:00 GMT", "yesterday", "0"],
    "HTTP_ACCEPT_LANGUAGE": ["fr", "xx-YY", "*;q=oops"],
    "HTTP_RANGE": ["bytes=0-10", "bytes=oops"],
    "HTTP_HX_REQUEST": ["true", "false", ""],
}

text = st.text(max_size=30)
# Any character at all, lone surrogates included, with the hostile ones and each format's specials often.
hostile_text = st.lists(
    st.one_of(st.sampled_from([*HOSTILE_CHARACTERS, *FORMAT_SPECIALS]), st.characters(exclude_categories=())),
    max_size=40,
).map("".join)
odd = st.one_of(st.sampled_from(ODD), st.lists(st.sampled_from(ODD), min_size=1, max_size=4).map("".join))


def argument(name):
    return st.one_of(st.sampled_from(GOOD_VALUES.get(name, ["x"])), text, odd)


query_value = st.one_of(text, odd, st.sampled_from(["gold", "GH", "2019", "newest", "relevance", "upcoming", "1"]))
queries = st.lists(st.tuples(st.one_of(st.sampled_from(QUERY_NAMES), text), query_value), max_size=6)
headers = st.dictionaries(st.sampled_from(sorted(HEADERS)), st.sampled_from(["x"]), max_size=3).flatmap(
    lambda chosen: st.fixed_dictionaries({name: st.sampled_from(HEADERS[name]) for name in chosen})
)


def path_for(pattern, values):
    """The pattern's text with its arguments replaced by the (quoted) values: works for route and regex patterns."""

    # A lone surrogate goes as the UTF-8 bytes it would have: what a broken client sends.
    def quoted(match):
        return quote(values[match.group(1)], safe="", errors="surrogatepass")

    path = re.sub(r"\(\?P<(\w+)>[^)]*\)", quoted, pattern)
    path = re.sub(r"<(?:\w+:)?(\w+)>", quoted, path)
    path = path.replace("^", "").replace("$", "").replace("\\.", ".").replace("/?", "/")
    return "/" + path


@st.composite
def requests(draw):
    name, kwargs, pattern = draw(st.sampled_from(PATTERNS))
    values = {kwarg: draw(argument(kwarg)) for kwarg in kwargs}
    return name, path_for(pattern, values), draw(queries), draw(headers)


SEEN = {"requests": 0, "seconds": 0.0, "statuses": {}}


@pytest.fixture(scope="module")
def report():
    yield SEEN
    statuses = ", ".join(f"{code}: {n}" for code, n in sorted(SEEN["statuses"].items()))
    print(f"\nfuzz: {SEEN['requests']} requests in {SEEN['seconds']:.0f} s, no 500 ({statuses})")


@pytest.mark.django_db
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(request=requests())
def test_no_url_pattern_answers_a_server_error(client, demo, report, request):
    name, path, query, extra = request
    url = f"{path}?{urlencode(query, errors='surrogatepass')}" if query else path
    started = time.perf_counter()
    response = client.get(url, **extra)
    report["seconds"] += time.perf_counter() - started
    report["requests"] += 1
    report["statuses"][response.status_code] = report["statuses"].get(response.status_code, 0) + 1
    assert response.status_code < 500, (name, url, extra)
    if response.streaming:
        b"".join(response.streaming_content)  # a streamed export fails while streaming, not before


@pytest.fixture
def records(db):
    return hostile_records()


@pytest.mark.django_db
@settings(max_examples=RECORD_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=hostile_text, raw=st.booleans())
def test_a_record_holding_hostile_text_is_served_by_every_surface(client, records, report, text, raw):
    """The text saved through the models (as forms, imports and the demo loader do) or written raw past
    the save (as older rows may hold it): every surface answers 200 and parses with its format's parser."""
    if raw:
        write_raw(storable(f"T{text}"))
        cache.clear()  # update() moves no data version: the cached feeds and pages would not see it
    else:
        write_saved(f"T{text}")
    started = time.perf_counter()
    served = every_surface(client)
    report["seconds"] += time.perf_counter() - started
    report["requests"] += len(served)
    report["statuses"][200] = report["statuses"].get(200, 0) + len(served)


def test_every_public_url_pattern_is_fuzzed():
    names = {name for name, _, _ in PATTERNS}
    assert {"events:calendar", "publications:feed", "interventions:export-csv", "sitemap", "intervention-list"} <= names
    assert not any(name.startswith("admin:") for name in names)
