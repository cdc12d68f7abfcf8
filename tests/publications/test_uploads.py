"""Publication files are checked by content, size and archive shape, in the admin as everywhere."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from catalog.uploads import FileContentValidator, MaxFileSizeValidator
from publications.models import Publication


def zipped(members, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


DOCX = zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
ODT = zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office:document/>"})
EPUB = zipped({"mimetype": "application/epub+zip", "META-INF/container.xml": "<container/>"})
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(
    "name, content",
    [
        ("report.pdf", b"%PDF-1.7\n1 0 obj\n"),
        ("brief.docx", DOCX),
        ("notes.odt", ODT),
        ("book.epub", EPUB),
        ("old.doc", OLE2),
        ("sheet.xls", OLE2),
        ("letter.rtf", b"{\\rtf1\\ansi hello}"),
        ("figures.csv", "country,count\nGhana,12\nCôte d'Ivoire,3\n".encode()),
        ("Report.PDF", b"%PDF-1.4"),
    ],
)
def test_real_documents_pass(name, content):
    FileContentValidator()(SimpleUploadedFile(name, content))


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("report.pdf", b"<html><script>alert(1)</script></html>", "is not a .pdf file"),
        ("report.pdf", b"MZ\x90\x00 an executable", "is not a .pdf file"),
        ("report.pdf", b"", "empty"),
        ("brief.docx", b"%PDF-1.7 renamed", "is not a .docx file"),
        ("brief.docx", ODT, "not a .docx document"),
        ("notes.odt", zipped({"mimetype": "text/html", "index.html": "<html/>"}), "not a .odt document"),
        ("brief.docx", b"PK\x03\x04 truncated", "damaged"),
        ("figures.csv", b"<svg onload=alert(1)>", "does not hold plain text"),
        ("figures.csv", b"a,b\x00\x00", "does not hold plain text"),
    ],
)
def test_files_whose_content_belies_their_name_are_refused(name, content, reason):
    with pytest.raises(ValidationError, match=reason):
        FileContentValidator()(SimpleUploadedFile(name, content))


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    bomb = zipped({"word/document.xml": b"0" * (50 * 1024 * 1024)})
    assert len(bomb) < 100 * 1024
    with pytest.raises(ValidationError, match=r"would unpack to 50\.0"):
        FileContentValidator()(SimpleUploadedFile("brief.docx", bomb))


def test_oversized_files_are_refused_with_both_sizes_named():
    with pytest.raises(ValidationError) as refused:
        MaxFileSizeValidator(1024)(SimpleUploadedFile("report.pdf", b"%PDF-" + b"x" * 2043))
    assert refused.value.messages == ["The file is 2.0\xa0KB; files may be at most 1.0\xa0KB."]


def test_the_publication_form_in_the_admin_refuses_a_disguised_file(client, superuser, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(superuser)
    response = client.post(
        "/admin/publications/publication/add/",
        {
            "title": "Disguised",
            "slug": "disguised",
            "kind": "report",
            "date_precision": "day",
            "state": "draft",
            "file": SimpleUploadedFile("report.pdf", b"<html><script>alert(1)</script>"),
            "organisation_roles-TOTAL_FORMS": "0",
            "organisation_roles-INITIAL_FORMS": "0",
            "authors-TOTAL_FORMS": "0",
            "authors-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "is named .pdf but its content is not a .pdf file" in response.content.decode()
    assert not Publication.objects.filter(slug="disguised").exists()
    assert list(tmp_path.rglob("*.pdf")) == []
