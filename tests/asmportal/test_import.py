"""Bulk import from CSV and XLSX in the admin: preview first, and one bad row writes nothing."""

import csv
import io
import zipfile
from pathlib import Path
from unittest import mock

import openpyxl
import pytest
import tablib
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from catalog.models import State
from interventions.models import Intervention, InterventionRole
from publications.models import Publication
from tests.factories import InterventionRoleFactory

EXAMPLES = Path(settings.BASE_DIR) / "examples" / "import"


def to_xlsx(csv_text):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in csv.reader(io.StringIO(csv_text)):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(client, model, name, content):
    """Step 1 of the admin import: upload; the answer is the preview (a dry run)."""
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_import")
    form = client.get(url).context["form"]
    extension = name.rsplit(".", 1)[1]
    format_index = next(value for value, label in form.fields["format"].choices if label.lower() == extension)
    return client.post(url, {"format": format_index, "import_file": SimpleUploadedFile(name, content)})


def confirm(client, model, preview):
    opts = model._meta
    data = preview.context["confirm_form"].initial
    return client.post(reverse(f"admin:{opts.app_label}_{opts.model_name}_process_import"), data, follow=True)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_example_intervention_file_previews_then_imports(client, editor, demo, fmt):
    text = (EXAMPLES / "interventions.csv").read_text(encoding="utf-8")
    content = text.encode() if fmt == "csv" else to_xlsx(text)
    client.force_login(editor)
    before = Intervention.objects.count()

    preview = upload(client, Intervention, f"interventions.{fmt}", content)
    assert preview.status_code == 200
    assert not preview.context["result"].has_errors()
    assert not preview.context["result"].has_validation_errors()
    assert "Example import: community monitoring" in preview.content.decode()
    assert Intervention.objects.count() == before  # the preview wrote nothing

    confirm(client, Intervention, preview)
    assert Intervention.objects.count() == before + 2
    first = Intervention.objects.get(slug="example-import-community-monitoring-of-child-labour-at-gold-mines")
    assert first.state == State.DRAFT
    assert sorted(first.countries.values_list("iso2", flat=True)) == ["GH", "TZ"]
    assert sorted(first.areas_of_work.values_list("number", flat=True)) == [1, 6]
    second = Intervention.objects.get(slug="example-import-mercury-free-processing-training")
    assert (second.kind, second.status, second.focus, second.currency) == (
        "programme",
        "implementation",
        "working-conditions",
        "EUR",
    )
    assert sorted(second.areas_of_work.values_list("number", flat=True)) == [7, 8]
    roles = {(r.organisation.acronym or r.organisation.name, r.role) for r in second.roles.all()}
    assert roles == {
        ("GEF", "funding"),
        ("SECO", "funding"),
        ("UNIDO", "implementing"),
        ("ARM", "implementing"),
        ("UNEP", "accountable"),
    }
    assert second.history.first().history_user.username == "editor"


def test_the_example_publication_file_imports_with_links_and_authors_in_order(client, editor, demo):
    client.force_login(editor)
    preview = upload(client, Publication, "publications.csv", (EXAMPLES / "publications.csv").read_bytes())
    assert not preview.context["result"].has_validation_errors(), preview.context["result"].invalid_rows
    confirm(client, Publication, preview)
    notes = Publication.objects.get(slug="example-import-notes-from-the-manila-knowledge-sharing-meeting")
    assert [a.name for a in notes.authors.all()] == ["Author One", "Author Two"]
    assert list(notes.events.values_list("slug", flat=True)) == ["manila-2019-knowledge-sharing-meeting-asgm"]
    assert sorted(notes.languages.values_list("code", flat=True)) == ["en", "fr"]
    leaflet = Publication.objects.get(slug="example-import-printed-leaflet-for-miners")
    assert leaflet.print_only and leaflet.date_display == "2018"
    assert list(leaflet.interventions.values_list("slug", flat=True)) == ["iied-asm-knowledge-programme"]


def test_one_bad_row_refuses_the_whole_file_naming_row_and_field(client, editor, demo):
    rows = list(csv.reader(io.StringIO((EXAMPLES / "interventions.csv").read_text(encoding="utf-8"))))
    header = rows[0]
    rows[2][header.index("countries")] = "Peru; Narnia"
    rows[2][header.index("funders")] = "GEF; Nobody Foundation"
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    client.force_login(editor)
    before = (Intervention.objects.count(), InterventionRole.objects.count())

    preview = upload(client, Intervention, "interventions.csv", out.getvalue().encode())
    html = preview.content.decode()
    assert preview.context["result"].has_validation_errors()
    assert "confirm_form" not in preview.context or preview.context["confirm_form"] is None
    assert "Nothing was imported: 1 line needs fixing" in html
    assert "<strong>Line 3</strong>, column <code>countries</code>: Unknown country: “Narnia”" in html
    assert "Unknown organisation: “Nobody Foundation”" in html
    invalid = preview.context["result"].invalid_rows
    assert [row.number for row in invalid] == [2]
    assert {"countries", "funders"} <= set(invalid[0].field_specific_errors)
    assert (Intervention.objects.count(), InterventionRole.objects.count()) == before


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("kind", "spaceship", "is not one of"),
        ("start_date", "next spring", "Value could not be parsed"),
        ("end_date", "2020-01-01", "end"),
        ("budget", "-10", "budget"),
        ("areas_of_work", "12", "Unknown area of work"),
        ("title", "", "title"),
    ],
)
def test_bad_cells_are_refused_with_a_clear_message(client, editor, demo, column, value, message):
    rows = list(csv.reader(io.StringIO((EXAMPLES / "interventions.csv").read_text(encoding="utf-8"))))
    rows[1][rows[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    client.force_login(editor)
    before = Intervention.objects.count()
    preview = upload(client, Intervention, "interventions.csv", out.getvalue().encode())
    assert preview.context["result"].has_validation_errors()
    assert message.lower() in preview.content.decode().lower()
    assert Intervention.objects.count() == before


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


def test_the_example_event_file_imports_with_local_times_and_organisers(client, editor, demo):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from events.models import Event

    client.force_login(editor)
    preview = upload(client, Event, "events.csv", (EXAMPLES / "events.csv").read_bytes())
    assert not preview.context["result"].has_validation_errors(), preview.context["result"].invalid_rows
    assert not preview.context["result"].has_errors()
    confirm(client, Event, preview)
    dialogue = Event.objects.get(slug="example-import-regional-dialogue-on-child-labour-in-gold-mining")
    assert (dialogue.state, dialogue.country.iso2, dialogue.all_day) == (State.DRAFT, "GH", True)
    assert sorted(dialogue.countries.values_list("iso2", flat=True)) == ["BF", "GH"]
    assert {(o.organisation.acronym, o.role) for o in dialogue.organisers.all()} == {
        ("ILO", "host"),
        ("IIED", "co-organiser"),
    }
    webinar = Event.objects.get(slug="example-import-webinar-on-mercury-free-processing")
    assert webinar.state == State.IN_REVIEW
    assert webinar.start == datetime(2025, 6, 5, 14, 0, tzinfo=ZoneInfo("Africa/Nairobi"))
    assert not webinar.all_day


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
