"""Importing interventions in the admin: the example file in CSV and XLSX; bad rows and cells refused, with reasons."""

import csv
import io

import pytest

from catalog.models import State
from interventions.models import Intervention, InterventionRole
from tests.admin_kit import EXAMPLES, confirm, to_xlsx, upload


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
    assert [(s.url, s.backs) for s in first.sources.all()] == [
        ("https://example.org/interventions-1", ""),
        ("https://example.org/announcement", "dates"),
    ]
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
