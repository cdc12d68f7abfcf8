"""Every record cites its sources: on its page, in the API and the exports, edited in the admin and
imported from a spreadsheet, the same list in the same order."""

import csv
import io
import json
from datetime import date

import pytest

from events.models import Event, EventSource
from interventions.models import Intervention, InterventionSource
from publications.models import Publication, PublicationSource
from tests.admin_kit import admin_url, confirm, form_data, upload
from tests.factories import EventFactory, InterventionFactory, PublicationFactory

TYPES = {
    "interventions": (InterventionFactory, InterventionSource, "intervention"),
    "events": (EventFactory, EventSource, "event"),
    "publications": (PublicationFactory, PublicationSource, "publication"),
}
MODELS = {"interventions": Intervention, "events": Event, "publications": Publication}


def cited(kind, **fields):
    """A published record citing two pages: one for the record, one marked as the source of its dates."""
    factory, source_model, parent = TYPES[kind]
    record = factory(**fields)
    source_model.objects.create(
        **{parent: record}, url="https://www.ilo.org/project", title="Project page", checked_on=date(2026, 12, 4)
    )
    source_model.objects.create(
        **{parent: record}, url="https://www.dol.gov/grant", checked_on=date(2026, 11, 30), backs="dates", position=1
    )
    return record


@pytest.mark.parametrize("kind", TYPES)
def test_the_page_lists_its_sources_and_marks_the_one_a_date_comes_from(client, db, kind):
    record = cited(kind)
    html = client.get(record.get_absolute_url()).content.decode()
    section = html[html.index('id="sources-heading"') :]
    assert section.index("Project page") < section.index("https://www.dol.gov/grant")
    assert "ilo.org · checked 4 December 2026" in section
    assert "dol.gov · checked 30 November 2026 · source of the dates" in section
    assert '<li id="source-2">' in section
    # The date on the page points at the source it comes from, numbered as the list numbers it.
    assert '<sup class="source-marks"><a href="#source-2" aria-label="Source 2">[2]</a></sup>' in html
    assert 'href="#source-1"' not in html


@pytest.mark.parametrize("kind", TYPES)
def test_a_record_without_sources_says_so(client, db, kind):
    record = TYPES[kind][0]()
    assert "No source is recorded for this" in client.get(record.get_absolute_url()).content.decode()


@pytest.mark.parametrize("kind", TYPES)
def test_the_api_and_both_exports_give_the_same_sources(client, db, kind):
    record = cited(kind)
    expected = [
        {"url": "https://www.ilo.org/project", "checked_on": "2026-12-04", "backs": ""},
        {"url": "https://www.dol.gov/grant", "checked_on": "2026-11-30", "backs": "dates"},
    ]
    api = client.get(f"/api/{kind}/{record.slug}/").json()
    assert [{k: s[k] for k in ("url", "checked_on", "backs")} for s in api["sources"]] == expected
    assert api["sources"][0]["title"] == "Project page"

    exported = json.loads(b"".join(client.get(f"/{kind}/export.json").streaming_content))
    assert exported[0]["sources"] == expected

    rows = list(csv.DictReader(io.StringIO(b"".join(client.get(f"/{kind}/export.csv").streaming_content).decode())))
    assert (
        rows[0]["Sources"] == "https://www.ilo.org/project (2026-12-04); https://www.dol.gov/grant (2026-11-30, dates)"
    )


def test_an_unpublished_records_sources_reach_no_export(client, db):
    cited("interventions", state="draft")
    assert "ilo.org" not in b"".join(client.get("/interventions/export.csv").streaming_content).decode()


@pytest.mark.parametrize("kind", TYPES)
def test_a_curator_adds_a_source_in_the_admin(client, superuser, kind):
    record = TYPES[kind][0]()
    client.force_login(superuser)
    url = admin_url(MODELS[kind], "change", record.pk)
    data = form_data(client.get(url))
    data.update(
        {
            "sources-TOTAL_FORMS": "1",  # the form shows no empty row: "Add another" adds one
            "sources-0-url": "https://www.oecd.org/page",
            "sources-0-title": "OECD page",
            "sources-0-checked_on": "2026-12-04",
            "sources-0-backs": "figures",
            "sources-0-position": "0",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    assert [(s.url, s.backs) for s in record.sources.all()] == [("https://www.oecd.org/page", "figures")]


def test_the_admin_refuses_an_address_that_is_not_on_the_web(client, superuser):
    record = InterventionFactory()
    client.force_login(superuser)
    url = admin_url(Intervention, "change", record.pk)
    data = form_data(client.get(url))
    data.update(
        {"sources-TOTAL_FORMS": "1", "sources-0-url": "javascript:alert(1)", "sources-0-checked_on": "2026-12-04"}
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Enter a valid URL." in response.content.decode()
    assert not record.sources.exists()


IMPORT_HEADER = "title,slug,kind,sources\n"


def test_an_export_imports_again_with_the_same_sources(client, editor, db):
    record = cited("interventions")
    exported = b"".join(client.get("/interventions/export.csv").streaming_content).decode()
    cell = next(csv.DictReader(io.StringIO(exported.lstrip("\ufeff"))))["Sources"]
    InterventionSource.objects.all().delete()
    client.force_login(editor)
    row = io.StringIO()
    csv.writer(row).writerow([record.title, record.slug, "project", cell])
    preview = upload(client, Intervention, "sources.csv", (IMPORT_HEADER + row.getvalue()).encode())
    assert not preview.context["result"].has_validation_errors()
    confirm(client, Intervention, preview)
    assert [(s.url, s.checked_on, s.backs) for s in record.sources.all()] == [
        ("https://www.ilo.org/project", date(2026, 12, 4), ""),
        ("https://www.dol.gov/grant", date(2026, 11, 30), "dates"),
    ]


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("https://www.ilo.org/project", "is not a source. Write each as its address and the date it was checked"),
        ("https://www.ilo.org/project (4 December)", "“4 December” is not a date"),
        ("ftp://files.example.org/x (2026-12-04)", "is not a web address (http or https)"),
        ("https://www.ilo.org/project (2026-12-04, rumour)", "“rumour” is not a fact a source can back"),
    ],
)
def test_a_bad_source_cell_is_refused_by_name_and_changes_nothing(client, editor, db, cell, message):
    record = cited("interventions")
    before = list(record.sources.values_list("url", "checked_on", "backs"))
    client.force_login(editor)
    row = io.StringIO()
    csv.writer(row).writerow([record.title, record.slug, "project", cell])
    preview = upload(client, Intervention, "sources.csv", (IMPORT_HEADER + row.getvalue()).encode())
    assert preview.context["result"].has_validation_errors()
    assert message in preview.content.decode()
    assert list(record.sources.values_list("url", "checked_on", "backs")) == before


def test_a_file_without_a_sources_column_keeps_the_sources(client, editor, db):
    record = cited("interventions")
    client.force_login(editor)
    preview = upload(
        client, Intervention, "plain.csv", f"title,slug,kind\n{record.title},{record.slug},project\n".encode()
    )
    confirm(client, Intervention, preview)
    assert record.sources.count() == 2


def test_a_page_backing_two_facts_is_listed_once(client, db):
    record = cited("interventions", budget=5000000, currency="USD")
    InterventionSource.objects.create(
        intervention=record, url="https://www.dol.gov/grant", checked_on=date(2026, 11, 30), backs="budget", position=2
    )
    html = client.get(record.get_absolute_url()).content.decode()
    assert html.count('<li id="source-') == 2
    assert "source of the dates and the budget" in html
    assert html.count('<a href="#source-2" aria-label="Source 2">[2]</a>') == 2  # by the dates and by the budget


@pytest.mark.parametrize("role", ["curator", "editor"])
def test_curators_and_editors_edit_a_records_sources(client, db, request, role):
    """The Sources inline is theirs as a record's organisations are: shown, and saved."""
    client.force_login(request.getfixturevalue(role))
    record = InterventionFactory(state="draft")
    url = admin_url(Intervention, "change", record.pk)
    data = form_data(client.get(url))
    assert "sources-TOTAL_FORMS" in data
    data.update(
        {
            "sources-TOTAL_FORMS": "1",
            "sources-0-url": "https://www.ilo.org/page",
            "sources-0-checked_on": "2026-12-04",
            "sources-0-position": "0",
        }
    )
    assert client.post(url, data).status_code == 302
    assert [s.url for s in record.sources.all()] == ["https://www.ilo.org/page"]


def test_granting_the_source_permissions_keeps_the_groups_other_permissions(db):
    """Migration 0002 adds; it must not reset the groups (newsletter's migration gave Editors the digests)."""
    from django.contrib.auth.models import Group

    editors = {p.codename for p in Group.objects.get(name="Editors").permissions.all()}
    curators = {p.codename for p in Group.objects.get(name="Curators").permissions.all()}
    assert {"add_digest", "change_interventionsource", "publish_publication"} <= editors
    assert {"add_eventsource", "change_intervention"} <= curators
    assert "publish_publication" not in curators
