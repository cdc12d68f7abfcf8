"""Importing publications in the admin: the example file, with its links and its authors in order."""

from publications.models import Publication
from tests.admin_kit import EXAMPLES, confirm, upload


def test_the_example_publication_file_imports_with_links_and_authors_in_order(client, editor, demo):
    client.force_login(editor)
    preview = upload(client, Publication, "publications.csv", (EXAMPLES / "publications.csv").read_bytes())
    assert not preview.context["result"].has_validation_errors(), preview.context["result"].invalid_rows
    confirm(client, Publication, preview)
    notes = Publication.objects.get(slug="example-import-notes-from-the-manila-knowledge-sharing-meeting")
    assert [(a.person.family_name, a.person.given_names) for a in notes.authors.all()] == [
        ("One", "Author"),
        ("Two", "Author"),
    ]
    assert list(notes.events.values_list("slug", flat=True)) == ["manila-2019-knowledge-sharing-meeting-asgm"]
    assert sorted(notes.languages.values_list("code", flat=True)) == ["en", "fr"]
    leaflet = Publication.objects.get(slug="example-import-printed-leaflet-for-miners")
    assert leaflet.print_only and leaflet.date_display == "2018"
    assert list(leaflet.interventions.values_list("slug", flat=True)) == ["iied-asm-knowledge-programme"]
