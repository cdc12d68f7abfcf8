"""A publication's page: its authors in their order, and its file served only while published (a PDF
opened in the browser, anything else downloaded)."""

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from catalog.models import State
from publications.models import Publication
from tests.factories import PublicationAuthorFactory, PublicationFactory
from tests.page_kit import page


def test_authors_are_listed_in_their_order(client, db):
    publication = PublicationFactory()
    PublicationAuthorFactory(publication=publication, name="Lisa Rende Taylor", position=1)
    PublicationAuthorFactory(publication=publication, name="Elena Shih", position=2)
    html = page(client, publication.get_absolute_url())
    taylor, shih = (a.person for a in publication.authors.all())
    assert (
        f'By <a href="{taylor.get_absolute_url()}">Lisa Rende Taylor</a> and '
        f'<a href="{shih.get_absolute_url()}">Elena Shih</a>' in html
    )


def test_files_are_served_only_while_published_and_a_pdf_opens_in_the_browser(client, settings, tmp_path, db):
    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile("Mapping report.pdf", b"%PDF-1.7 report", content_type="application/pdf")
    publication = PublicationFactory(file=upload, external_url="")
    url = reverse("publications:download", args=[publication.slug])
    assert url in page(client, publication.get_absolute_url())
    response = client.get(url)
    assert response.status_code == 200
    # Inline, so that a search passage's `#page=N` opens the browser's viewer at that page.
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == b"%PDF-1.7 report"
    assert publication.file.name.startswith("publications/") and "Mapping report" not in publication.file.name

    Publication.objects.filter(pk=publication.pk).update(state=State.DRAFT)
    assert client.get(url).status_code == 404


def test_a_file_that_is_not_a_pdf_is_always_downloaded(client, settings, tmp_path, db):
    settings.MEDIA_ROOT = tmp_path
    docx = PublicationFactory(file=SimpleUploadedFile("notes.docx", b"PK\x03\x04 notes"), external_url="")
    response = client.get(reverse("publications:download", args=[docx.slug]))
    assert response["Content-Disposition"].startswith("attachment")
    b"".join(response.streaming_content)  # read to the end, which closes the file as a server would
    # A file named .pdf that does not hold a PDF (stored by another path than the checked upload).
    named = PublicationFactory(file=ContentFile(b"<html>not a pdf</html>", name="fake.pdf"), external_url="")
    response = client.get(reverse("publications:download", args=[named.slug]))
    assert response["Content-Disposition"].startswith("attachment")
    b"".join(response.streaming_content)  # read to the end, which closes the file as a server would
