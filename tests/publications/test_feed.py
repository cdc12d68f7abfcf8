"""The publications' Atom feed: a publication's file is its entry's enclosure."""

import feedparser
from django.core.files.uploadedfile import SimpleUploadedFile

from publications.models import Publication
from tests.factories import PublicationFactory


def test_publication_files_are_feed_enclosures(client, settings, tmp_path, db):
    settings.MEDIA_ROOT = tmp_path
    PublicationFactory(
        title="With file",
        external_url="",
        file=SimpleUploadedFile("report.pdf", b"%PDF-1.7 tiny", content_type="application/pdf"),
    )
    entry = feedparser.parse(client.get("/publications/feed/").content).entries[0]
    enclosure = entry.enclosures[0]
    assert enclosure.href == f"http://testserver/publications/{Publication.objects.get().slug}/download/"
    assert (enclosure.type, enclosure.length) == ("application/pdf", "13")
