"""The text of publications' files: read in the background when a file is new or replaced, bounded
against hostile files, searchable at the lowest weight, quoted with a link to its page, and never
shown while the publication is hidden; how a reading went is for the curators only."""

import io
import time
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from catalog.models import State
from catalog.search import ranked_ids
from publications import extraction
from publications.models import Publication, PublicationPage, PublicationText

from ..factories import PublicationFactory
from ..pdf_kit import deeply_nested_pdf, encrypted_pdf, make_pdf, million_page_pdf, slow_pdf
from ..task_kit import work_off

REPORT = make_pdf(
    [
        "Artisanal mining in the region\nan introduction",
        "Methods and interviews\nwith cooperatives",
        "Findings: the zircotheca shafts\nwere closed in 2019",
    ]
)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def upload(publication, content, name="report.pdf", *, capture):
    """Give `publication` a file through save(), as every path does, and run the reading it starts."""
    with capture(execute=True):
        publication.file = SimpleUploadedFile(name, content)
        publication.save()
    work_off()
    return PublicationText.objects.get(publication=publication)


@pytest.fixture
def reader(media, db, django_capture_on_commit_callbacks):
    def read(publication, content, name="report.pdf"):
        return upload(publication, content, name, capture=django_capture_on_commit_callbacks)

    return read


def test_a_word_on_page_three_is_found_by_both_searches_with_a_link_to_page_three(client, reader):
    publication = PublicationFactory(title="Mining report", summary="Interviews with miners.")
    status = reader(publication, REPORT)
    assert (status.state, status.pages, status.truncated, status.error) == ("done", 3, False, "")
    assert list(publication.file_pages.values_list("number", flat=True)) == [1, 2, 3]
    link = reverse("publications:download", args=[publication.slug]) + "#page=3"

    browse = client.get(reverse("publications:list"), {"q": "zircotheca"}).content.decode()
    assert publication.get_absolute_url() in browse
    assert f'href="{link}"' in browse and "<mark>zircotheca</mark>" in browse

    site = client.get(reverse("search"), {"q": "zircotheca shafts"}).content.decode()
    assert publication.get_absolute_url() in site and f'href="{link}"' in site
    # A phrase across the page's words, and a prefix, are found too.
    assert Publication.objects.published().search('"zircotheca shafts"').get() == publication
    assert Publication.objects.published().search("zircoth").get() == publication


def test_title_and_summary_hits_rank_above_a_hit_in_a_file(reader):
    in_file = PublicationFactory(title="A report", summary="On mining.")
    reader(in_file, REPORT)
    in_summary = PublicationFactory(title="Another report", summary="The zircotheca shafts, described.")
    in_title = PublicationFactory(title="Zircotheca", summary="On shafts.")
    assert ranked_ids(Publication, "zircotheca") == [in_title.pk, in_summary.pk, in_file.pk]
    ranked = Publication.objects.published().search("zircotheca").order_by_relevance()
    assert list(ranked) == [in_title, in_summary, in_file]


def test_the_text_of_a_hidden_publication_never_surfaces(client, reader):
    publication = PublicationFactory(title="Mining report", state=State.DRAFT)
    reader(publication, REPORT)
    assert PublicationPage.objects.filter(publication=publication).count() == 3  # read for when it is published
    for url in (reverse("publications:list"), reverse("search")):
        page = client.get(url, {"q": "zircotheca"}).content.decode()
        assert "zircotheca</mark>" not in page and publication.slug not in page
    assert client.get(reverse("publications:download", args=[publication.slug])).status_code == 404


def test_a_removed_file_takes_its_text_along_and_a_replaced_one_is_read_again(
    reader, django_capture_on_commit_callbacks
):
    publication = PublicationFactory()
    reader(publication, REPORT)
    status = reader(publication, make_pdf(["only a new text"]), "new.pdf")
    assert status.pages == 1 and not Publication.objects.published().search("zircotheca").exists()
    assert Publication.objects.published().search("new text").get() == publication
    with django_capture_on_commit_callbacks(execute=True):
        publication.file = ""
        publication.save()
    assert not PublicationPage.objects.filter(publication=publication).exists()
    assert not PublicationText.objects.filter(publication=publication).exists()
    assert not Publication.objects.published().search("new text").exists()
    assert not DBTaskResult.objects.filter(status="READY").exists()


def test_the_same_file_uploaded_again_is_not_read_again(reader, monkeypatch):
    publication = PublicationFactory()
    reader(publication, REPORT)
    monkeypatch.setattr(extraction, "extract", lambda *a, **k: pytest.fail("read again"))
    status = reader(publication, REPORT, "same-again.pdf")
    assert (status.state, status.pages) == ("done", 3)
    assert DBTaskResult.objects.successful().order_by("-finished_at").first().return_value == "unchanged"


def test_saving_other_fields_reads_nothing(reader, django_capture_on_commit_callbacks):
    publication = PublicationFactory()
    reader(publication, REPORT)
    with django_capture_on_commit_callbacks() as callbacks:
        publication.title = "Renamed"
        publication.save()
    assert not any("extract_file_text" in repr(c) for c in callbacks)
    assert Publication.objects.published().search("zircotheca").get() == publication  # still indexed


@pytest.mark.parametrize(
    "content, error",
    [
        (encrypted_pdf(["locked words"]), "encrypted"),
        (make_pdf(["", ""]), "no-text"),  # a scan: pages without a text layer
        (deeply_nested_pdf(), "damaged"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog", "damaged"),
    ],
)
def test_files_that_give_no_text_fail_with_a_reason_for_curators(reader, content, error):
    started = time.monotonic()
    status = reader(PublicationFactory(), content)
    assert time.monotonic() - started < 5
    assert (status.state, status.error, status.pages) == ("failed", error, 0)
    assert status.reason and "." in str(status.reason)


def test_a_page_tree_claiming_a_million_pages_is_read_up_to_the_page_limit(reader):
    started = time.monotonic()
    status = reader(PublicationFactory(), million_page_pdf())
    assert time.monotonic() - started < 8
    assert (status.state, status.pages, status.truncated) == ("done", extraction.MAX_PAGES, True)


def test_reading_stops_at_its_time_and_text_limits(tmp_path, monkeypatch):
    path = tmp_path / "long.pdf"
    path.write_bytes(slow_pdf())  # some seconds' reading
    started = time.monotonic()
    answer = extraction.extract(path, seconds=1)
    assert time.monotonic() - started < 1.5
    assert answer["error"] == extraction.TOO_SLOW or (answer["truncated"] and len(answer["pages"]) < 300)
    # The text limit, in the reading itself (the child process reads the module's own constants).
    monkeypatch.setattr(extraction, "MAX_TEXT_BYTES", 100)
    pages = extraction.Pages(deadline=time.monotonic() + 10)
    assert pages.add(1, "x" * 60) and not pages.add(2, "é" * 60)
    assert pages.size <= 100 and pages.truncated


def docx(paragraphs):
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    document = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def test_a_word_document_is_read_as_one_page_linked_without_a_page_number(client, reader):
    publication = PublicationFactory()
    status = reader(publication, docx(["Guidance for cooperatives", "on the quillwort tailings"]), "guide.docx")
    assert (status.state, status.pages) == ("done", 1)
    page = client.get(reverse("publications:list"), {"q": "quillwort"}).content.decode()
    assert f'href="{reverse("publications:download", args=[publication.slug])}"' in page
    assert "#page=" not in page


def test_curators_see_how_the_reading_went_and_can_ask_again(
    client, superuser, reader, django_capture_on_commit_callbacks
):
    failed = PublicationFactory(title="Locked report")
    reader(failed, encrypted_pdf(["locked"]))
    fine = PublicationFactory(title="Open report")
    reader(fine, REPORT)
    client.force_login(superuser)
    changelist = reverse("admin:publications_publication_changelist")
    listed = client.get(changelist, {"file_text": "failed"}).content.decode()
    assert "Locked report" in listed and "Open report" not in listed
    change = client.get(reverse("admin:publications_publication_change", args=[failed.pk])).content.decode()
    assert "encrypted" in change
    change = client.get(reverse("admin:publications_publication_change", args=[fine.pk])).content.decode()
    assert "3 pages with text" in change
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(changelist, {"action": "read_file_text", "_selected_action": [failed.pk, fine.pk]})
    assert answer.status_code == 302
    assert PublicationText.objects.get(publication=fine).state == "pending"
    assert DBTaskResult.objects.filter(status="READY").count() == 2


def test_the_public_never_sees_how_the_reading_went(client, reader):
    publication = PublicationFactory()
    reader(publication, encrypted_pdf(["locked"]))
    detail = client.get(publication.get_absolute_url()).content.decode()
    api = client.get(reverse("publication-detail", args=[publication.slug])).content.decode()
    for text in (detail, api):
        assert "encrypted" not in text and "password" not in text


def test_the_command_queues_the_files_never_read(db, media, django_capture_on_commit_callbacks):
    from django.core.management import call_command

    never_read = PublicationFactory(file=SimpleUploadedFile("old.pdf", REPORT))
    PublicationText.objects.filter(publication=never_read).delete()  # as after an upgrade
    PublicationFactory(file=SimpleUploadedFile("read.pdf", REPORT))  # waiting already
    with django_capture_on_commit_callbacks(execute=True):
        call_command("read_file_texts", stdout=io.StringIO())
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    work_off()
    assert Publication.objects.published().search("zircotheca").get() == never_read


def test_a_page_served_before_the_reading_is_not_served_stale_after_it(
    client, media, db, django_capture_on_commit_callbacks
):
    publication = PublicationFactory()
    with django_capture_on_commit_callbacks(execute=True):
        publication.file = SimpleUploadedFile("report.pdf", REPORT)
        publication.save()
    url = reverse("publications:list")
    assert publication.slug not in client.get(url, {"q": "zircotheca"}).content.decode()
    work_off()
    assert "#page=3" in client.get(url, {"q": "zircotheca"}).content.decode()
