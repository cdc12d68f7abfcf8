"""Search engines find every published record and profile, and nothing else."""

import re

from catalog.models import State
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication


def sitemap_entries(client):
    xml = client.get("/sitemap.xml").content.decode()
    return dict(re.findall(r"<loc>http://testserver([^<]+)</loc><lastmod>([^<]+)</lastmod>", xml)), xml


def test_every_published_record_and_populated_profile_is_listed_with_lastmod(client, demo):
    entries, xml = sitemap_entries(client)
    for model in (Intervention, Publication, Event):
        for record in model.objects.published():
            assert entries[record.get_absolute_url()] == record.updated.date().isoformat()
    for url in ["/organisations/iied/", "/countries/GH/", "/minerals/gold/", "/areas/investment-and-funding/"]:
        assert url in entries
    assert "/countries/AQ/" not in entries  # no published record: no page worth listing
    assert xml.count("<url>") == len(entries)  # every entry carries its lastmod


def test_no_unpublished_record_is_in_the_sitemap(client, demo):
    entries, _ = sitemap_entries(client)
    for model in (Intervention, Publication, Event):
        for record in model.objects.exclude(state=State.PUBLISHED):
            assert record.get_absolute_url() not in entries
    # A country whose only record is in review has no sitemap entry from it.
    assert "/events/iied-action-dialogue-madagascar/" not in entries


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_the_entry_pages_are_listed(client, db):
    xml = client.get("/sitemap.xml").content.decode()
    for path in ["/", "/interventions/", "/publications/", "/events/", "/gap-map/"]:
        assert f"<loc>http://testserver{path}</loc>" in xml
