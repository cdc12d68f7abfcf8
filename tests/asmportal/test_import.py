"""Bulk import in the admin, for every type: odd files refused plainly, the publishing rule kept, exports re-import."""

import csv
import io
import zipfile
from unittest import mock

import pytest
import tablib

from catalog.models import State
from interventions.models import Intervention
from publications.models import Publication
from tests.admin_kit import EXAMPLES, confirm, upload
from tests.factories import InterventionRoleFactory


def test_curators_cannot_import_records_as_published(client, curator, demo):
    text = (EXAMPLES / "interventions.csv").read_text(encoding="utf-8").replace(",draft,", ",published,")
    client.force_login(curator)
    preview = upload(client, Intervention, "interventions.csv", text.encode())
    assert "Only Editors can publish or unpublish" in preview.content.decode()
    assert not Intervention.objects.filter(title__startswith="Example import").exists()


def test_a_file_that_is_not_a_spreadsheet_is_refused(client, editor, db):
    client.force_login(editor)
    response = upload(client, Intervention, "interventions.xlsx", b"this is not a workbook")
    assert response.status_code == 200
    assert "result" not in response.context or response.context["result"] is None
    assert Intervention.objects.count() == 0


def test_a_zip_bomb_named_xlsx_is_refused_unopened_with_a_clear_message(client, editor, db):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<" * (200 * 1024 * 1024))
    client.force_login(editor)
    with mock.patch("openpyxl.load_workbook") as load_workbook:
        response = upload(client, Intervention, "interventions.xlsx", buffer.getvalue())
    load_workbook.assert_not_called()
    assert response.status_code == 200
    assert "The file was refused: it would unpack to 200.0" in response.content.decode()
    assert Intervention.objects.count() == 0


def test_an_oversized_spreadsheet_is_refused_with_its_size_named(client, editor, db):
    client.force_login(editor)
    response = upload(client, Intervention, "interventions.csv", b"title\n" + b"x" * (6 * 1024 * 1024))
    assert response.status_code == 200
    assert "files may be at most 5.0" in response.content.decode()
    assert Intervention.objects.count() == 0


@pytest.mark.parametrize(
    ("resource_path", "model"),
    [
        ("interventions.imports.InterventionResource", Intervention),
        ("publications.imports.PublicationResource", Publication),
    ],
)
def test_an_exported_file_imports_again_unchanged(editor, demo, resource_path, model):
    from django.utils.module_loading import import_string

    resource_class = import_string(resource_path)
    exported = resource_class().export()
    assert "countries" in exported.headers
    csv_text = exported.csv
    assert "GH; MG; TZ" in csv_text or model is Publication  # codes, so the file imports again
    before = model.objects.count()

    dataset = tablib.Dataset().load(csv_text, format="csv")
    result = resource_class().import_data(dataset, dry_run=False, user=editor)
    assert not result.has_errors() and not result.has_validation_errors()
    assert model.objects.count() == before
    reexported = resource_class().export().csv
    assert reexported == csv_text


def exported_row(record):
    """The record as the admin exports it: a header line and its own line."""
    from interventions.imports import InterventionResource

    return list(csv.reader(io.StringIO(InterventionResource().export(Intervention.objects.filter(pk=record.pk)).csv)))


def as_csv(rows):
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


@pytest.mark.parametrize("new_state", [State.DRAFT, State.IN_REVIEW])
def test_curators_cannot_unpublish_through_import(client, curator, new_state):
    record = InterventionRoleFactory().intervention
    header, row = exported_row(record)
    row[header.index("state")] = new_state
    client.force_login(curator)
    preview = upload(client, Intervention, "interventions.csv", as_csv([header, row]))
    assert not preview.context.get("confirm_form")
    assert "<strong>Line 2</strong>, column <code>state</code>: Only Editors can publish or unpublish" in (
        preview.content.decode()
    )
    record.refresh_from_db()
    assert record.state == State.PUBLISHED


@pytest.mark.parametrize("how", ["blank", "missing"])
def test_a_blank_or_missing_state_leaves_a_records_state_as_it_is(client, editor, how):
    published = InterventionRoleFactory().intervention
    in_review = InterventionRoleFactory(intervention__state=State.IN_REVIEW).intervention
    (header, first), (_, second) = exported_row(published), exported_row(in_review)
    new = list(first)
    new[header.index("slug")], new[header.index("title")] = "brand-new-record", "Brand new record"
    rows = [header, first, second, new]
    state = header.index("state")
    for line in rows[1:]:
        line[state] = ""
    if how == "missing":
        for line in rows:
            del line[state]
    client.force_login(editor)
    preview = upload(client, Intervention, "interventions.csv", as_csv(rows))
    assert preview.context.get("confirm_form"), preview.content.decode()
    confirm(client, Intervention, preview)
    states = dict(Intervention.objects.values_list("slug", "state"))
    assert (states[published.slug], states[in_review.slug]) == (State.PUBLISHED, State.IN_REVIEW)
    assert states["brand-new-record"] == State.DRAFT


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"name,slug,summary\nA,a,b\n", "The file has no “title” column. Its first line must name the columns"),
        (b"title;slug;summary\nA;a;b\n", "The file looks separated by semicolons, not commas"),
        (b"title,contries\nA,GH\n", "The file has columns this import does not know: “contries”."),
    ],
)
def test_a_file_with_the_wrong_columns_gets_one_plain_message(client, editor, settings, content, expected):
    settings.DEBUG = False
    client.force_login(editor)
    preview = upload(client, Intervention, "interventions.csv", content)
    html = preview.content.decode()
    assert expected in html
    assert "title, slug, summary, state" in html  # what the import reads
    assert "Traceback" not in html and "site-packages" not in html and "Line number" not in html
    assert not preview.context.get("confirm_form")
    assert Intervention.objects.count() == 0
