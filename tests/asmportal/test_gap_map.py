"""The gap map: every cell equals a direct count, links land on exactly those records, drafts never count."""

import csv
import io
import random
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.urls import reverse

from catalog.models import AreaOfWork, Mineral, State
from catalog.models.versions import bump
from interventions.models import Intervention, InterventionRole
from tests.factories import InterventionFactory, InterventionRoleFactory, OrganisationFactory, country
from tests.shared import shared_data

COUNTRIES = ["GH", "PE", "CD", "TZ", "PH"]
MINERALS = ["gold", "cobalt", "tin", "mica"]
STATUSES = [Intervention.Status.IMPLEMENTATION, Intervention.Status.CLOSED, Intervention.Status.PIPELINE]


@pytest.fixture(scope="module")
def gap_catalogue(django_db_setup, django_db_blocker):
    """Built once for this module's tests, each of which runs in its own transaction over it."""
    with shared_data(django_db_blocker), django_db_blocker.unblock():
        yield build_catalogue()


@pytest.fixture
def catalogue(gap_catalogue, db):
    return gap_catalogue


def build_catalogue():
    rng = random.Random(7)
    areas = list(AreaOfWork.objects.order_by("number"))
    funders = [OrganisationFactory(slug=f"funder-{n}") for n in range(3)]
    for n in range(40):
        record = InterventionFactory(
            slug=f"record-{n}",
            status=rng.choice(STATUSES),
            state=State.PUBLISHED if n % 5 else rng.choice([State.DRAFT, State.IN_REVIEW]),
        )
        # Areas 3 and 9 get nothing: gaps that must show as gaps.
        record.areas_of_work.set(rng.sample([a for a in areas if a.number not in (3, 9)], rng.randint(1, 3)))
        record.countries.set([country(c) for c in rng.sample(COUNTRIES, rng.randint(1, 2))])
        record.minerals.set(Mineral.objects.filter(slug__in=rng.sample(MINERALS, rng.randint(1, 2))))
        InterventionRoleFactory(
            intervention=record, organisation=rng.choice(funders), role=InterventionRole.Role.FUNDING
        )
    return funders


def direct_count(area, by, value, filters):
    records = Intervention.objects.published().filter(areas_of_work__slug=area)
    records = records.filter(**({"countries__iso2": value} if by == "country" else {"minerals__slug": value}))
    if "status" in filters:
        records = records.filter(status__in=filters["status"])
    if "mineral" in filters and by != "mineral":
        records = records.filter(minerals__slug__in=filters["mineral"])
    if "funder" in filters:
        records = records.filter(
            roles__role=InterventionRole.Role.FUNDING, roles__organisation__slug__in=filters["funder"]
        )
    return records.distinct().count()


def table(client, query):
    response = client.get(reverse("gap-map"), query)
    assert response.status_code == 200
    return response


def random_filters(rng, funders):
    filters = {}
    if rng.random() < 0.6:
        filters["status"] = rng.sample(STATUSES, rng.randint(1, 2))
    if rng.random() < 0.5:
        filters["mineral"] = rng.sample(MINERALS, 1)
    if rng.random() < 0.5:
        filters["funder"] = [rng.choice(funders).slug]
    return filters


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("by", ["country", "mineral"])
def test_cells_equal_a_direct_count_and_links_list_exactly_those_records(client, catalogue, seed, by):
    rng = random.Random(seed)
    filters = random_filters(rng, catalogue)
    response = table(client, {"by": by, **filters})
    gap_map = response.context["map"]
    assert gap_map.rows and gap_map.columns
    checked = 0
    for row in gap_map.rows:
        for column, cell in zip(gap_map.columns, row.cells, strict=True):
            assert cell.count == direct_count(row.value, by, column.value, filters), (row.value, column.value)
            if checked < 6:  # the browse page at the cell's link lists exactly that many records
                query = parse_qs(urlsplit(cell.url).query)
                total = client.get(reverse("interventions:facets"), query).json()["total"]
                assert total == cell.count, cell.url
                checked += 1


def test_empty_cells_are_gaps_named_in_words(client, catalogue):
    html = table(client, {}).content.decode()
    gap_map = table(client, {}).context["map"]
    education = next(row for row in gap_map.rows if row.number == 3)
    assert all(cell.count == 0 for cell in education.cells)
    assert education.gaps == len(gap_map.columns)
    # Quiet on screen, "none" to a screen reader; a cell with a number is its link.
    assert html.count('<td class="gap-level-0"><span class="visually-hidden">none</span></td>') == gap_map.gaps
    assert ">none<" not in html.replace('<span class="visually-hidden">none</span>', "")
    linked = re.findall(r'<td class="gap-level-[1-4]"><a href="[^"]+">(\d+)</a></td>', html)
    assert sorted(int(n) for n in linked) == sorted(c.count for row in gap_map.rows for c in row.cells if c.count)
    assert f"{gap_map.gaps} of {gap_map.cells} cells are gaps" in html


def test_the_table_scrolls_sideways_only_with_a_cue_and_fixed_names_and_totals(client, catalogue):
    html = table(client, {}).content.decode()
    assert '<div class="gap-map-scroller gap-map-many">' not in html  # five countries: few columns
    wrap = re.search(r'<div class="gap-map-wrap"[^>]*>', html).group()
    assert 'tabindex="0"' in wrap and 'role="region"' in wrap and 'aria-describedby="gap-map-hint"' in wrap
    assert '<p class="gap-map-hint small" id="gap-map-hint">Scroll sideways for more countries' in html
    assert "Scroll sideways for more minerals" in table(client, {"by": "mineral"}).content.decode()
    # The stylesheet: one scroll box, sideways only; the corner, names and totals stay put on
    # opaque backgrounds above the columns that pass under them.
    css = (settings.BASE_DIR / "static" / "scss" / "_gap-map.scss").read_text()
    assert "max-height" not in css.split(".gap-map-wrap {")[1].split("}")[0]
    assert "overflow-y: hidden" in css
    assert "thead th.corner { z-index: 3; }" in css
    assert re.search(r"thead th\.corner, tbody th, tfoot th \{\s*position: sticky;\s*left: 0;\s*z-index: 2;", css)
    assert re.search(r"\.gap-map thead th\.total, \.gap-map td\.total \{\s*position: sticky;\s*right: 0;", css)


def test_many_columns_say_so_for_browsers_without_scroll_timelines(client, db):
    for iso2 in ["GH", "PE", "CD", "TZ", "PH", "KE", "BO"]:
        InterventionFactory().countries.set([country(iso2)])
    html = table(client, {}).content.decode()
    assert '<div class="gap-map-scroller gap-map-many">' in html


def test_drafts_and_records_in_review_never_count(client, catalogue):
    gap_map = table(client, {}).context["map"]
    assert gap_map.total == Intervention.objects.published().count() < Intervention.objects.count()
    Intervention.objects.filter(state=State.PUBLISHED).update(state=State.DRAFT)
    bump()  # update() sends no signals
    emptied = table(client, {}).context["map"]
    assert emptied.total == 0
    assert all(cell.count == 0 for row in emptied.rows for cell in row.cells)


def test_it_is_a_real_table_for_screen_readers(client, catalogue):
    html = table(client, {}).content.decode()
    assert "<caption" in html
    assert '<th scope="col" class="corner">Area of work</th>' in html
    assert html.count('<th scope="row">') == 10  # nine areas and the totals row


def test_the_csv_has_the_same_numbers(client, catalogue):
    query = {"by": "mineral", "status": "implementation"}
    gap_map = table(client, query).context["map"]
    response = client.get(reverse("gap-map-csv"), query)
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][1:-1] == [c.label for c in gap_map.columns]
    for line, row in zip(rows[1:-1], gap_map.rows, strict=True):
        assert [int(n) for n in line[1:-1]] == [c.count for c in row.cells]
        assert int(line[-1]) == row.total
    assert int(rows[-1][-1]) == gap_map.total


def test_chosen_areas_and_columns_narrow_the_table(client, catalogue):
    gap_map = table(client, {"area": "research-and-monitoring", "country": ["GH", "PE"]}).context["map"]
    assert [row.value for row in gap_map.rows] == ["research-and-monitoring"]
    assert {c.value for c in gap_map.columns} <= {"GH", "PE"}


@pytest.mark.parametrize(
    "query",
    [
        "by=%00",
        "by=planet",
        "area=nonsense",
        "country=ZZ&by=country",
        "q=%22%28",
        "funder=" + "x" * 3000,
        "year_from=abc",
    ],
)
def test_odd_queries_get_a_page(client, catalogue, query):
    assert client.get(f"{reverse('gap-map')}?{query}").status_code == 200
    assert client.get(f"{reverse('gap-map-csv')}?{query}").status_code == 200
