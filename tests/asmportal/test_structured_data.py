"""schema.org JSON-LD and OpenGraph on detail and profile pages, for search engines and link previews."""

import json
import re

import pytest


def json_ld(client, url):
    html = client.get(url).content.decode()
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)), html


def test_events_carry_dates_attendance_mode_and_location(client, demo):
    manila, _ = json_ld(client, "/events/manila-2019-knowledge-sharing-meeting-asgm/")
    assert (manila["@type"], manila["startDate"], manila["endDate"]) == ("Event", "2019-05-28", "2019-05-30")
    assert manila["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert manila["location"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Manila",
        "addressCountry": "PH",
    }
    assert manila["organizer"] == [{"@type": "Organization", "name": "International Labour Organization"}]
    online, _ = json_ld(client, "/events/shareasm-digital-day-2018/")
    assert online["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert online["location"]["@type"] == "VirtualLocation"


def test_interventions_are_projects_with_funders(client, demo):
    project, _ = json_ld(client, "/interventions/planetgold/")
    assert project["@type"] == "Project"
    assert project["funder"] == [{"@type": "Organization", "name": "Global Environment Facility"}]
    assert {m["name"] for m in project["member"]} >= {"UN Environment Programme", "Conservation International"}
    assert project["foundingDate"] == "2019-01-01"


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
