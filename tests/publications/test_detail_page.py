"""A publication's page: its authors in their order, and its file downloaded as an attachment only while published."""

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


def test_files_download_as_attachments_only_while_published(client, settings, tmp_path, db):
    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile("Mapping report.pdf", b"%PDF-1.7 report", content_type="application/pdf")
    publication = PublicationFactory(file=upload, external_url="")
    url = reverse("publications:download", args=[publication.slug])
    assert url in page(client, publication.get_absolute_url())
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == b"%PDF-1.7 report"
    assert publication.file.name.startswith("publications/") and "Mapping report" not in publication.file.name

    Publication.objects.filter(pk=publication.pk).update(state=State.DRAFT)
    assert client.get(url).status_code == 404
