"""Confirming a publications import: the whole file written in a few statements a row, every rule kept.

Each record ends with its links and parts, one history row (with its links), its search document and its
data versions; a file refused at the confirm (a row changed since the preview, or a failing write) writes
nothing at all.
"""

import csv
import io
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalog.models import AreaOfWork, Country, Language, Mineral, Organisation, State, Topic
from catalog.models.versions import current_token
from catalog.search import matching_ids
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication, PublicationAuthor, PublicationOrganisation
from tests.admin_kit import admin_url, upload

SCOPE = ["publications.publication"]


@pytest.fixture
def vocabulary(demo):
    def first(queryset, field, count=6):
        return list(queryset.order_by(field).values_list(field, flat=True)[:count])

    return {
        "countries": first(Country.objects, "iso2"),
        "minerals": first(Mineral.objects, "slug"),
        "areas": first(AreaOfWork.objects, "number"),
        "topics": first(Topic.objects, "slug"),
        "organisations": first(Organisation.objects, "slug"),
        "interventions": first(Intervention.objects.filter(state=State.PUBLISHED), "slug"),
        "events": first(Event.objects, "slug"),
    }


def line(vocabulary, n, prefix="zephyrine", state="draft", title_word="Quillwort"):
    def pick(name, step=0):
        values = vocabulary[name]
        return values[(n + step) % len(values)]

    return {
        "title": f"{title_word} study {n}",
        "slug": f"{prefix}-{n}",
        "summary": "What the study found.",
        "state": state,
        "kind": "report",
        "publication_date": "2021-06-01",
        "authors": f"Wanjiru Kamau {n}; Second Author",
        "author_organisations": pick("organisations"),
        "publishers": f"{pick('organisations', 1)}; {pick('organisations', 2)}",
        "commissioners": "",
        "languages": "en; fr",
        "external_url": f"https://example.org/{prefix}/{n}",
        "print_only": "false",
        "body": "Body text.",
        "countries": f"{pick('countries')}; {pick('countries', 1)}",
        "minerals": pick("minerals"),
        "areas_of_work": str(pick("areas")),
        "topics": pick("topics"),
        "sources": (
            f"https://example.org/{prefix}/{n}/source (2026-12-04); https://example.org/{n}/dates (2026-11-01, dates)"
        ),
        "interventions": pick("interventions"),
        "events": pick("events"),
    }


def as_csv(lines):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(lines[0]))
    writer.writeheader()
    writer.writerows(lines)
    return out.getvalue().encode()


def preview(client, lines):
    answer = upload(client, Publication, "publications.csv", as_csv(lines))
    assert answer.context.get("confirm_form"), answer.context["result"].invalid_rows
    return answer


def confirm(client, previewed):
    return client.post(admin_url(Publication, "process_import"), previewed.context["confirm_form"].initial)


def imported(prefix="zephyrine"):
    return Publication.objects.filter(slug__startswith=f"{prefix}-")


def test_confirming_costs_a_few_queries_a_row_whatever_the_files_length(client, editor, vocabulary):
    client.force_login(editor)
    counts = {}
    for rows in (20, 200):
        prefix = f"rows{rows}"
        previewed = preview(client, [line(vocabulary, n, prefix) for n in range(rows)])
        with CaptureQueriesContext(connection) as queries:
            answer = confirm(client, previewed)
        assert answer.status_code == 302 and imported(prefix).count() == rows
        counts[rows] = len(queries)
    slope = (counts[200] - counts[20]) / 180
    # A row: its record's insert in a savepoint (Publishable.save). Its links, roles, authors, sources,
    # history and search document are written for the whole file at its end.
    assert slope <= 4, counts


def test_a_confirmed_file_leaves_each_record_linked_indexed_and_in_history(client, editor, vocabulary):
    client.force_login(editor)
    lines = [line(vocabulary, n, state="published" if n % 2 else "draft") for n in range(6)]
    before = current_token(SCOPE)
    answer = confirm(client, preview(client, lines))
    assert answer.status_code == 302
    assert current_token(SCOPE) != before  # published records: the public's version moved

    records = {p.slug: p for p in imported()}
    assert len(records) == 6
    for n, row in enumerate(lines):
        record = records[row["slug"]]
        assert record.state == row["state"]
        assert [a.name for a in record.authors.all()] == [f"Wanjiru Kamau {n}", "Second Author"]
        roles = {(r.organisation.slug, r.role) for r in record.organisation_roles.all()}
        assert roles == {(row["author_organisations"], "author")} | {
            (slug.strip(), "publisher") for slug in row["publishers"].split(";")
        }
        assert sorted(record.countries.values_list("iso2", flat=True)) == sorted(
            c.strip() for c in row["countries"].split(";")
        )
        assert list(record.minerals.values_list("slug", flat=True)) == [row["minerals"]]
        assert list(record.areas_of_work.values_list("number", flat=True)) == [int(row["areas_of_work"])]
        assert list(record.topics.values_list("slug", flat=True)) == [row["topics"]]
        assert sorted(record.languages.values_list("code", flat=True)) == ["en", "fr"]
        assert list(record.interventions.values_list("slug", flat=True)) == [row["interventions"]]
        assert list(record.events.values_list("slug", flat=True)) == [row["events"]]
        assert [(s.url, s.backs) for s in record.sources.all()] == [
            (f"https://example.org/zephyrine/{n}/source", ""),
            (f"https://example.org/{n}/dates", "dates"),
        ]
        # One history row, by the editor, holding the record and its links as imported.
        (history,) = record.history.all()
        assert (history.history_type, history.history_user, history.title) == ("+", editor, row["title"])
        assert {link.country_id for link in history.countries.all()} == set(
            record.countries.values_list("pk", flat=True)
        )
        assert {link.language_id for link in history.languages.all()} == set(
            record.languages.values_list("pk", flat=True)
        )
        assert record.organisation_roles.first().history.get().history_user == editor
    # Found by search right away: by title, by an author's name (a part), by a country's name (a link).
    ids = {records[row["slug"]].pk for row in lines}
    assert set(matching_ids(Publication, "quillwort")) == ids
    assert set(matching_ids(Publication, "wanjiru kamau")) == ids
    country = Country.objects.get(iso2=lines[0]["countries"].split(";")[0])
    assert records["zephyrine-0"].pk in matching_ids(Publication, country.name)
    shown = Publication.objects.published().search("quillwort")
    assert {p.slug for p in shown} == {row["slug"] for row in lines if row["state"] == "published"}


def test_importing_a_file_again_updates_links_parts_and_search_with_one_more_history_row(client, editor, vocabulary):
    client.force_login(editor)
    confirm(client, preview(client, [line(vocabulary, n) for n in range(4)]))
    changed = []
    for n in range(4):
        row = line(vocabulary, n + 1, title_word="Hornbeam")  # every vocabulary pick moves on by one
        row["slug"], row["authors"] = f"zephyrine-{n}", f"Second Author; Amina Otieno {n}"
        row["sources"] = f"https://example.org/zephyrine/{n}/source (2026-12-05)"
        changed.append(row)
    assert confirm(client, preview(client, changed)).status_code == 302

    assert imported().count() == 4
    for n, row in enumerate(changed):
        record = imported().get(slug=row["slug"])
        assert record.title == row["title"]
        assert [a.name for a in record.authors.all()] == ["Second Author", f"Amina Otieno {n}"]
        roles = {(r.organisation.slug, r.role) for r in record.organisation_roles.all()}
        assert roles == {(row["author_organisations"], "author")} | {
            (slug.strip(), "publisher") for slug in row["publishers"].split(";")
        }
        assert sorted(record.countries.values_list("iso2", flat=True)) == sorted(
            c.strip() for c in row["countries"].split(";")
        )
        assert list(record.minerals.values_list("slug", flat=True)) == [row["minerals"]]
        assert list(record.interventions.values_list("slug", flat=True)) == [row["interventions"]]
        assert [(s.url, s.checked_on.isoformat()) for s in record.sources.all()] == [
            (f"https://example.org/zephyrine/{n}/source", "2026-12-05")
        ]
        assert [h.history_type for h in record.history.all()] == ["~", "+"]
        assert {link.mineral.slug for link in record.history.first().minerals.all()} == {row["minerals"]}
    assert set(matching_ids(Publication, "hornbeam")) == set(imported().values_list("pk", flat=True))
    assert matching_ids(Publication, "quillwort") == []
    assert matching_ids(Publication, "wanjiru") == []


def nothing_written(prefix="zephyrine"):
    return (
        not imported(prefix).exists()
        and not Publication.history.filter(slug__startswith=f"{prefix}-").exists()
        and not PublicationAuthor.objects.filter(name__startswith="Wanjiru Kamau").exists()
        and not PublicationOrganisation.objects.filter(publication__slug__startswith=f"{prefix}-").exists()
        and matching_ids(Publication, "quillwort") == []
    )


def test_a_file_changed_under_it_since_the_preview_is_refused_whole(client, editor, vocabulary):
    gone = Organisation.objects.create(name="Short-lived Foundation", slug="short-lived-foundation")
    lines = [line(vocabulary, n) for n in range(5)]
    lines[-1]["publishers"] = gone.slug
    client.force_login(editor)
    previewed = preview(client, lines)
    gone.delete()  # the last line now names an organisation the portal no longer has
    before = current_token(SCOPE)
    answer = confirm(client, previewed)
    assert answer.status_code == 302
    assert "Nothing was imported" in client.get(answer.url).content.decode()
    assert nothing_written()
    assert current_token(SCOPE) == before


def test_a_write_failing_after_the_last_row_refuses_the_whole_file(client, editor, vocabulary):
    client.force_login(editor)
    previewed = preview(client, [line(vocabulary, n, state="published") for n in range(5)])
    before = current_token(SCOPE)
    with mock.patch("catalog.imports.record_history", side_effect=RuntimeError("disk full")):
        answer = confirm(client, previewed)
    assert "Nothing was imported" in client.get(answer.url).content.decode()
    assert nothing_written()
    assert current_token(SCOPE) == before


def test_curators_confirm_drafts_but_the_file_with_a_published_line_writes_nothing(client, curator, vocabulary):
    client.force_login(curator)
    assert confirm(client, preview(client, [line(vocabulary, n, state="review") for n in range(3)])).status_code
    assert set(imported().values_list("state", flat=True)) == {State.IN_REVIEW}
    refused = upload(
        client, Publication, "publications.csv", as_csv([line(vocabulary, n, "other", "published") for n in range(3)])
    )
    assert not refused.context.get("confirm_form")
    assert not imported("other").exists()
    assert Language.objects.filter(code="en").exists()
