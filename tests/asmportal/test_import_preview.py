"""The import preview (the dry run): every linked column shown as it will be saved, every rule kept, no writes,
and a number of queries that does not grow with the file."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalog.models import State
from catalog.models.versions import current_token
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication
from tests.admin_kit import EXAMPLES, admin_url, confirm, upload
from tests.factories import InterventionFactory, PublicationFactory

PUBLICATION_COLUMNS = (EXAMPLES / "publications.csv").read_text(encoding="utf-8").splitlines()[0].split(",")


def as_csv(rows, columns=PUBLICATION_COLUMNS):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow({column: row.get(column, "") for column in columns})
    return out.getvalue().encode()


def upload_as(client, model, name, content, format_name):
    """The upload with the format chosen by hand, whatever the file's name says."""
    url = admin_url(model, "import")
    form = client.get(url).context["form"]
    chosen = next(value for value, label in form.fields["format"].choices if label.lower() == format_name)
    return client.post(url, {"format": chosen, "import_file": SimpleUploadedFile(name, content)})


def publication_row(n, **cells):
    row = {
        "title": f"Checked publication {n}",
        "state": "draft",
        "kind": "report",
        "publication_date": "2020-03-01",
        "authors": f"Author, {n}; Author, Second",
        "author_organisations": "ILO",
        "publishers": "IIED",
        "languages": "en; fr",
        "external_url": f"https://example.org/p/{n}",
        "countries": "GH; TZ",
        "minerals": "gold; cobalt",
        "areas_of_work": "2",
        "topics": "child-labour",
        "events": "manila-2019-knowledge-sharing-meeting-asgm",
        "interventions": "iied-asm-knowledge-programme",
        "sources": f"https://example.org/source/{n} (2026-12-04)",
    }
    return row | cells


def cells(row):
    return {cell.column: str(cell.html) for cell in row.cells}


def preview_rows(response):
    result = response.context["result"]
    assert not result.has_errors() and not result.has_validation_errors(), result.invalid_rows
    return result.valid_rows()


# --- What the preview shows ---------------------------------------------------------------------


def test_every_linked_column_shows_the_names_the_row_resolves_to(client, editor, demo):
    client.force_login(editor)
    response = upload(client, Publication, "publications.csv", as_csv([publication_row(1)]))
    (row,) = preview_rows(response)
    shown = cells(row)
    assert shown["countries"] == "Ghana; Tanzania"
    assert shown["minerals"] == "Gold; Cobalt"
    assert shown["areas_of_work"].startswith("2. ")
    assert shown["topics"] == "Child labour"
    assert shown["languages"] == "English; French"
    assert shown["authors"] == "Author, 1; Author, Second"
    assert shown["author_organisations"].startswith("International Labour Organization")
    assert shown["publishers"].startswith("International Institute for Environment and Development")
    assert shown["interventions"] and shown["events"]  # their titles, not blank
    assert shown["sources"] == "https://example.org/source/1 (2026-12-04)"
    html = response.content.decode()
    assert "Gold; Cobalt" in html and "Ghana; Tanzania" in html
    assert "admin-import.css" in html
    assert 'style="' not in html.split('class="import-rows"', 1)[1]  # the CSP refuses inline styles
    assert not Publication.objects.filter(title__startswith="Checked publication").exists()


def test_a_line_updating_a_record_shows_what_its_links_were_and_will_be(client, editor, demo):
    record = PublicationFactory(title="Held record", slug="held-record", state=State.DRAFT)
    record.countries.set(demo_countries("GH"))
    client.force_login(editor)
    response = upload(
        client,
        Publication,
        "publications.csv",
        as_csv([publication_row(1, title="Held record", slug="held-record", countries="TZ")]),
    )
    (row,) = preview_rows(response)
    assert row.import_type == "update"
    assert cells(row)["countries"] == "<del>Ghana</del> <ins>Tanzania</ins>"
    assert list(record.countries.values_list("iso2", flat=True)) == ["GH"]  # nothing saved yet


def demo_countries(*codes):
    from catalog.models import Country

    return Country.objects.filter(iso2__in=codes)


def test_interventions_and_events_show_their_organisations_and_records(client, editor, demo):
    client.force_login(editor)
    response = upload(client, Intervention, "interventions.csv", (EXAMPLES / "interventions.csv").read_bytes())
    first = cells(preview_rows(response)[0])
    assert first["funders"].startswith("International Labour Organization")
    assert first["implementers"].startswith("International Institute for Environment and Development")
    assert first["countries"] == "Ghana; Tanzania"
    response = upload(client, Event, "events.csv", (EXAMPLES / "events.csv").read_bytes())
    first = cells(preview_rows(response)[0])
    assert first["country"] == "GH" and first["countries"] == "Ghana; Burkina Faso"
    assert first["hosts"].startswith("International Labour Organization")
    assert first["start"] == "2025-03-11"  # in the event's own time zone, as the curator wrote it


def test_refused_lines_are_listed_with_their_line_and_reason_and_their_cells(client, editor, demo):
    rows = [publication_row(n) for n in range(300)]
    rows[-1]["countries"] = "GH; Atlantis"
    client.force_login(editor)
    response = upload(client, Publication, "publications.csv", as_csv(rows))
    html = response.content.decode()
    assert "Nothing was imported: 1 line needs fixing" in html
    assert "<strong>Line 301</strong>, column <code>countries</code>: Unknown country: “Atlantis”" in html
    (refused,) = response.context["result"].invalid_rows
    flagged = [cell.column for cell in refused.cells if cell.flagged]
    assert flagged == ["countries"]
    assert not Publication.objects.filter(title__startswith="Checked publication").exists()


# --- The rules the dry run keeps, without writing -------------------------------------------------


def test_the_check_writes_nothing_and_moves_no_version(client, editor, demo):
    client.force_login(editor)
    before = (Publication.objects.count(), Publication.history.count(), current_token())
    with CaptureQueriesContext(connection) as queries:
        response = upload(client, Publication, "publications.csv", as_csv([publication_row(n) for n in range(5)]))
    assert len(preview_rows(response)) == 5
    writes = [q["sql"] for q in queries if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
    assert not [sql for sql in writes if "publications_" in sql or "catalog_" in sql], writes
    assert (Publication.objects.count(), Publication.history.count(), current_token()) == before


def test_what_the_check_passes_the_import_saves_with_every_link(client, editor, demo):
    client.force_login(editor)
    preview = upload(client, Publication, "publications.csv", as_csv([publication_row(1)]))
    confirm(client, Publication, preview)
    saved = Publication.objects.get(title="Checked publication 1")
    assert sorted(saved.countries.values_list("iso2", flat=True)) == ["GH", "TZ"]
    assert [a.person.cited_name for a in saved.authors.all()] == ["Author, 1", "Author, Second"]
    assert saved.sources.count() == 1 and saved.state == State.DRAFT


def test_curators_see_each_line_that_would_cross_the_published_line(client, curator, demo):
    published = PublicationFactory(slug="already-public", state=State.PUBLISHED)
    rows = [publication_row(n) for n in range(50)]
    rows[10]["state"] = "published"
    rows.append(publication_row(99, title=published.title, slug=published.slug, state="draft"))
    rows.append(publication_row(98, title="Kept public", slug=published.slug + "-2", state=""))
    client.force_login(curator)
    response = upload(client, Publication, "publications.csv", as_csv(rows))
    lines = {row.number + 1 for row in response.context["result"].invalid_rows}
    assert lines == {12, 52}
    published.refresh_from_db()
    assert published.state == State.PUBLISHED


def test_a_record_with_no_state_said_keeps_its_own_for_a_curator(client, curator, demo):
    published = PublicationFactory(slug="stays-public", state=State.PUBLISHED)
    client.force_login(curator)
    response = upload(
        client,
        Publication,
        "publications.csv",
        as_csv([publication_row(1, title="Renamed", slug=published.slug, state="")]),
    )
    (row,) = preview_rows(response)
    assert cells(row)["state"] == "published"


def test_constraints_are_judged_in_the_check_as_the_database_would(client, editor, demo):
    InterventionFactory(iati_identifier="XM-DAC-41-1")
    header = (EXAMPLES / "interventions.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    base = {"kind": "project", "state": "draft", "countries": "GH"}
    rows = [
        base | {"title": "Ends before it starts", "start_date": "2020-01-01", "end_date": "2019-01-01"},
        base | {"title": "Negative budget", "budget": "-5"},
        base | {"title": "Taken identifier", "iati_identifier": "XM-DAC-41-1"},
        base | {"title": "First of two", "iati_identifier": "XM-NEW-1"},
        base | {"title": "Second of two", "iati_identifier": "XM-NEW-1"},
        base | {"title": "Fine", "iati_identifier": "XM-NEW-2", "budget": "0"},
    ]
    client.force_login(editor)
    response = upload(client, Intervention, "interventions.csv", as_csv(rows, header))
    refused = {row.number + 1: row.error_dict for row in response.context["result"].invalid_rows}
    assert set(refused) == {2, 3, 4, 6}
    assert "intervention_end_after_start" in str(refused[2])
    assert "intervention_budget_non_negative" in str(refused[3])
    assert "already has the IATI identifier “XM-DAC-41-1”" in str(refused[4])
    assert "already has the IATI identifier “XM-NEW-1”" in str(refused[6])


def test_a_source_listed_twice_is_refused_by_name(client, editor, demo):
    client.force_login(editor)
    twice = "https://example.org/a (2026-12-04); https://example.org/a (2026-12-05)"
    response = upload(client, Publication, "publications.csv", as_csv([publication_row(1, sources=twice)]))
    assert "“https://example.org/a” is listed twice; list each source once." in response.content.decode()


def test_a_blank_print_only_is_no_and_a_missing_address_is_explained(client, editor, demo):
    client.force_login(editor)
    response = upload(
        client, Publication, "publications.csv", as_csv([publication_row(1, external_url="", print_only="")])
    )
    assert "Give the publication a file or a web address, or tick “print only”" in response.content.decode()
    response = upload(client, Publication, "publications.csv", as_csv([publication_row(1, print_only="")]))
    assert cells(preview_rows(response)[0])["print_only"] == "0"


# --- Cost: queries do not grow with the file ------------------------------------------------------


def check_queries(client, model, name, content):
    with CaptureQueriesContext(connection) as queries:
        response = upload(client, model, name, content)
    assert response.context["result"] is not None
    return len(queries), response


@pytest.mark.parametrize("who", ["editor", "curator"])
def test_checking_a_file_costs_the_same_queries_for_20_lines_as_for_200(client, demo, who, request):
    client.force_login(request.getfixturevalue(who))
    for n in range(0, 200, 2):  # half the lines update a record, half make one
        PublicationFactory(title=f"Checked publication {n}", slug=f"checked-publication-{n}", state=State.DRAFT)
    small, response = check_queries(
        client, Publication, "publications.csv", as_csv([publication_row(n) for n in range(20)])
    )
    assert len(preview_rows(response)) == 20
    large, response = check_queries(
        client, Publication, "publications.csv", as_csv([publication_row(n) for n in range(200)])
    )
    assert len(preview_rows(response)) == 200
    assert large - small <= 2, (small, large)


def test_a_refused_line_costs_no_extra_queries_either(client, editor, demo):
    client.force_login(editor)
    rows = [publication_row(n, countries="Atlantis") for n in range(200)]
    small, _ = check_queries(client, Publication, "publications.csv", as_csv(rows[:20]))
    large, response = check_queries(client, Publication, "publications.csv", as_csv(rows))
    assert len(response.context["result"].invalid_rows) == 200
    assert large - small <= 2, (small, large)


@pytest.mark.parametrize(("model", "name"), [(Intervention, "interventions.csv"), (Event, "events.csv")])
def test_other_types_check_in_constant_queries_too(client, editor, demo, model, name):
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    header, first = text.splitlines()[0], next(csv.reader(io.StringIO(text.splitlines()[1])))
    columns = header.split(",")

    def lines(count):
        rows = []
        for n in range(count):
            row = dict(zip(columns, first, strict=True))
            row["title"], row["slug"] = f"Line {n}", f"line-{n}"
            rows.append(row)
        return as_csv(rows, columns)

    client.force_login(editor)
    small, _ = check_queries(client, model, name, lines(20))
    large, response = check_queries(client, model, name, lines(200))
    assert len(preview_rows(response)) == 200
    assert large - small <= 2, (small, large)


# --- Files -------------------------------------------------------------------------------------------


def test_a_file_the_chosen_format_cannot_read_is_explained_in_words(client, editor, demo):
    client.force_login(editor)
    pretty = b'[\n  {\n    "title": "A",\n    "kind": "report"\n  }\n]\n'  # JSON, as editors write it
    response = upload_as(client, Publication, "records.json", pretty, "csv")
    html = response.content.decode()
    assert "The file could not be read as the format chosen. This import reads .csv files" in html
    assert "InvalidDimensions" not in html and "Traceback" not in html
    assert not response.context.get("confirm_form")
    assert not Publication.objects.filter(title="A").exists()


def test_a_file_of_another_kind_is_named_for_what_it_is(client, editor, demo):
    client.force_login(editor)
    response = upload_as(client, Publication, "records.tsv", b"title\tkind\nA\treport\n", "csv")
    html = response.content.decode()
    assert "The file looks separated by tabs, not commas" in html
    assert "“records.tsv” is a tab-separated file: the import reads .csv or .xlsx files." in html
    assert not Publication.objects.filter(title="A").exists()


def test_an_explicitly_chosen_format_wins_over_the_file_name(client, editor, demo):
    client.force_login(editor)
    response = upload_as(client, Publication, "export.txt", as_csv([publication_row(1)]), "csv")
    assert len(preview_rows(response)) == 1


# --- The in-memory constraint check agrees with the database's ----------------------------------------


def constraint_cases():
    from datetime import UTC, date, datetime

    start = datetime(2020, 1, 1, tzinfo=UTC)
    return [
        (Event, {"start": start, "end": datetime(2019, 1, 1, tzinfo=UTC)}),
        (Event, {"start": start, "end": None}),
        (Event, {"start": None, "end": start, "state": State.PUBLISHED}),
        (Event, {"start": None, "state": State.DRAFT, "participant_count": -1}),
        (Event, {"start": start, "country_count": 0}),
        (Intervention, {"start_date": date(2020, 1, 1), "end_date": date(2020, 1, 1), "budget": 0}),
        (Intervention, {"start_date": None, "end_date": date(2019, 1, 1), "budget": -1}),
        (Publication, {"print_only": False, "external_url": ""}),
        (Publication, {"print_only": True, "external_url": ""}),
        (Publication, {"print_only": False, "external_url": "https://example.org"}),
    ]


@pytest.mark.parametrize(("model", "values"), constraint_cases())
def test_each_check_constraint_is_judged_as_the_database_judges_it(db, model, values):
    from django.core.exceptions import ValidationError
    from django.db.models import CheckConstraint

    from catalog.import_checks import evaluate, readable

    instance = model(**values)
    for constraint in model._meta.constraints:
        if not isinstance(constraint, CheckConstraint):
            continue
        assert readable(model, constraint.condition), constraint.name
        try:
            constraint.validate(model, instance)
            by_database = True
        except ValidationError:
            by_database = False
        assert (evaluate(constraint.condition, instance) is not False) == by_database, (constraint.name, values)
