"""Facet values keep one stable order on every surface: areas of work by their number (and named with
it), the rest selected first, then by count, equal counts in the catalogue's order, then by name."""

import re
from types import SimpleNamespace

import pytest
from django.urls import reverse

from catalog.browse.counting import FacetCounts
from catalog.browse.facet_index import FacetIndex
from catalog.browse.facets import FieldFacet
from catalog.browse.listing import MAX_FACET_VALUES, Listing, in_order
from catalog.models import AreaOfWork, Mineral
from tests.factories import InterventionFactory, PublicationFactory, country


def area(number):
    return AreaOfWork.objects.get(number=number)


def numbered(number):
    found = area(number)
    return f"{found.number}. {found.name}"


def intervention(countries=(), areas=(), minerals=()):
    record = InterventionFactory()
    record.countries.set([country(c) for c in countries])
    record.areas_of_work.set([area(n) for n in areas])
    record.minerals.set(Mineral.objects.filter(slug__in=minerals))
    return record


@pytest.fixture
def catalogue(db):
    """Area 9 is the most used, area 2 the least; regions Africa 5, Asia 3, Americas 2 in all, but
    among gold interventions Africa 2, Asia 1, Americas 1."""
    intervention(["GH"], [9, 5], ["gold"])
    intervention(["GH"], [9], ["gold"])
    intervention(["GH"], [9, 5])
    intervention(["KE"], [2])
    intervention(["TZ"], [2])
    intervention(["PH"], [9], ["gold"])
    intervention(["PH"], [5])
    intervention(["PH"], [9])
    intervention(["PE"], [9], ["gold"])
    intervention(["PE"], [9])


def facet(client, name, **query):
    """(label, count, selected) of one facet as facets.json lists it."""
    data = client.get(reverse("interventions:facets"), query).json()
    group = next(group for group in data["facets"] if group["name"] == name)
    return [(v["label"], v["count"], v["selected"]) for v in group["values"]]


def labels(client, name, **query):
    return [label for label, _, _ in facet(client, name, **query)]


def test_areas_of_work_go_by_their_number_and_carry_it_whatever_their_counts(client, catalogue):
    assert facet(client, "area") == [(numbered(2), 2, False), (numbered(5), 3, False), (numbered(9), 7, False)]
    # Ticking one moves nothing: the numbers are the order.
    assert labels(client, "area", area=area(9).slug) == [numbered(2), numbered(5), numbered(9)]
    assert labels(client, "area", mineral="gold") == [numbered(5), numbered(9)]


def test_selected_values_come_first_then_the_most_records(client, catalogue):
    assert labels(client, "region") == ["Africa", "Asia", "Americas"]
    assert labels(client, "region", region="Americas") == ["Americas", "Africa", "Asia"]
    assert labels(client, "region", region=["Americas", "Asia"]) == ["Asia", "Americas", "Africa"]


def test_equal_counts_go_by_name_when_the_catalogue_has_them_equal_too(client, catalogue):
    assert facet(client, "country", area=area(2).slug) == [("Kenya", 1, False), ("Tanzania", 1, False)]
    # Peru and the Philippines both have 2 in area 9, but the Philippines has more in all: it stays ahead.
    assert facet(client, "country", area=area(9).slug) == [
        ("Ghana", 3, False),
        ("Philippines", 2, False),
        ("Peru", 2, False),
    ]
    assert labels(client, "country") == ["Ghana", "Philippines", "Peru", "Kenya", "Tanzania"]


def test_a_tick_elsewhere_does_not_swap_values_it_leaves_equal(client, catalogue):
    """The issue's case: Asia (3) before the Americas (2); gold leaves both at 1. By name alone the
    Americas would jump ahead; they keep the catalogue's order."""
    assert facet(client, "region", mineral="gold") == [("Africa", 2, False), ("Asia", 1, False), ("Americas", 1, False)]
    # And a value whose count the tick changes moves by it, as the rule says.
    assert labels(client, "region", area=area(5).slug) == ["Africa", "Asia"]


def test_the_page_the_chips_and_the_charts_list_areas_as_facets_json_does(client, catalogue):
    query = {"area": [area(9).slug, area(2).slug], "region": "Africa"}
    response = client.get(reverse("interventions:list"), query)
    html = response.content.decode()
    on_page = re.findall(r'name="area" value="([^"]+)"', html)
    assert on_page == [area(2).slug, area(5).slug, area(9).slug]
    listing = response.context["listing"]
    assert [v.label for v in listing.group("area").values] == labels(client, "area", **query)
    assert [chip.label for chip in listing.chips][:2] == [
        f"Area of work: {numbered(2)}",
        f"Area of work: {numbered(9)}",
    ]
    # The heading phrases the plain names.
    assert response.context["heading"].startswith(
        f"Interventions on {area(2).name.lower()} or {area(9).name.lower()} in Africa"
    )
    bars = response.context["charts"]["areas"].bars
    assert [bar.label for bar in bars] == [numbered(2), numbered(5), numbered(9)]


def test_publications_and_events_number_their_areas_too(client, db):
    PublicationFactory().areas_of_work.set([area(7), area(3)])
    data = client.get(reverse("publications:facets")).json()
    group = next(group for group in data["facets"] if group["name"] == "area")
    assert [v["label"] for v in group["values"]] == [numbered(3), numbered(7)]


def test_an_area_selected_but_carried_by_no_record_keeps_its_number_and_place(client, catalogue):
    values = facet(client, "area", area=area(1).slug)
    assert values[0] == (numbered(1), 0, True)
    assert [label for label, _, _ in values] == [numbered(1), numbered(2), numbered(5), numbered(9)]


def test_a_record_published_later_is_placed_by_its_number_too(client, catalogue, monkeypatch):
    assert labels(client, "area") == [numbered(2), numbered(5), numbered(9)]  # the index is built
    patched, patch = [], FacetIndex.patched
    monkeypatch.setattr(FacetIndex, "patched", lambda self, key: patched.append(patch(self, key)) or patched[-1])
    intervention(["GH"], [1, 3])
    assert labels(client, "area") == [numbered(1), numbered(2), numbered(3), numbered(5), numbered(9)]
    assert patched and patched[-1] is not None  # the index followed by patching, not rebuilding


# --- the rules on their own ---------------------------------------------------------------------


def counts(order="count", *, numbers=None, totals=None):
    return SimpleNamespace(facet=SimpleNamespace(order=order), numbers=numbers or {}, totals=totals or {})


def test_the_order_rules():
    candidates = [("b", "Beta", 2, False), ("a", "alpha", 2, False), ("c", "Gamma", 5, False), ("d", "Delta", 1, True)]
    by_count = [c[0] for c in in_order(counts(), candidates)]
    assert by_count == ["d", "c", "a", "b"]  # selected, then most, then by name (case ignored)
    # Equal counts follow the catalogue-wide counts before the name.
    assert [c[0] for c in in_order(counts(totals={"b": 9, "a": 3}), candidates)] == ["d", "c", "b", "a"]
    # A numbered vocabulary ignores counts and selection alike.
    numbers = {"a": 3, "b": 1, "c": 2, "d": 4}
    assert [c[0] for c in in_order(counts("number", numbers=numbers), candidates)] == ["b", "c", "a", "d"]
    # Years: newest first.
    years = [("2019", "2019", 1, False), ("2021", "2021", 3, True), ("2020", "2020", 9, False)]
    assert [c[0] for c in in_order(counts("value-desc"), years)] == ["2021", "2020", "2019"]


def test_long_facets_keep_the_selected_value_and_split_top_and_more_in_the_same_order(rf, db):
    facet = FieldFacet("roles__organisation__slug", "Organisation")
    facet.name = "organisation"
    values = {f"org-{n:03d}": f"Org {n:03d}" for n in range(MAX_FACET_VALUES + 10)}
    hits = {value: 100 - n for n, value in enumerate(values)}
    rare = "org-069"  # the fewest records: beyond the cut, but selected
    fc = FacetCounts(facet, [rare], hits, values, totals=hits)
    listing = object.__new__(Listing)
    listing.path, listing.params = "/interventions/", rf.get("/").GET
    group = listing._group(fc)
    assert group.values[0].value == rare and group.values[0].selected
    assert len(group.values) == MAX_FACET_VALUES and group.hidden == 10
    assert [v.value for v in group.values[1:]] == list(values)[: MAX_FACET_VALUES - 1]
    assert group.top + group.more == group.values and len(group.top) == facet.show
