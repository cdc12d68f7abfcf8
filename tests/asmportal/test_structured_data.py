"""schema.org JSON-LD and OpenGraph on detail and profile pages, for search engines and link previews."""

import pytest

from tests.page_kit import json_ld


def test_organisation_profiles_are_organizations(client, demo):
    org, _ = json_ld(client, "/organisations/iied/")
    assert (org["@type"], org["alternateName"], org["url"]) == ("Organization", "IIED", "https://www.iied.org")


@pytest.mark.parametrize(
    "url",
    [
        "/interventions/planetgold/",
        "/events/shareasm-digital-day-2018/",
        "/publications/iied-to-host-3rd-online-asm-day/",
        "/organisations/ilo/",
    ],
)
def test_detail_pages_have_opengraph_tags(client, demo, url):
    html = client.get(url).content.decode()
    assert '<meta property="og:title"' in html
    assert f'<meta property="og:url" content="http://testserver{url}">' in html
