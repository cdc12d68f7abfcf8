"""The home page's world map: published records per country, linked to profiles, with a table."""

import json
from itertools import pairwise

import pytest
from django.urls import reverse

from asmportal.pages.world_map import OUTLINES, WorldMap, level_of
from catalog.models import Country, State
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication
from tests.factories import EventFactory, InterventionFactory, PublicationFactory, country


@pytest.fixture
def records(db):
    for factory in (InterventionFactory, PublicationFactory, EventFactory):
        for iso2, state in [
            ("GH", State.PUBLISHED),
            ("GH", State.PUBLISHED),
            ("PE", State.PUBLISHED),
            ("TZ", State.DRAFT),
        ]:
            factory(state=state).countries.set([country(iso2)])


@pytest.mark.parametrize(
    ("kind", "model"), [("interventions", Intervention), ("publications", Publication), ("events", Event)]
)
def test_each_country_shows_its_published_count_and_links_to_its_profile(client, records, kind, model):
    response = client.get(reverse("home"), {"map": kind})
    world = response.context["world_map"]
    shown = {shape.name: shape for shape in world.shapes}
    for iso2 in ("GH", "PE", "TZ"):
        name = Country.objects.get(iso2=iso2).name
        expected = model.objects.published().filter(countries__iso2=iso2).count()
        assert shown[name].count == expected
        assert shown[name].url == (reverse("country-profile", args=[iso2]) if expected else None)
    assert shown["Tanzania"].count == 0 and shown["Tanzania"].level == 0  # drafts never count
    assert [(name, count) for name, count, _ in world.table] == [("Ghana", 2), ("Peru", 1)]
    html = response.content.decode()
    assert f'aria-label="Ghana: 2 {kind}"' in html
    assert f"<caption>Published {kind} by country</caption>" in html


def test_an_unknown_kind_shows_interventions(client, records):
    assert client.get(reverse("home"), {"map": "<script>"}).context["world_map"].kind == "interventions"


def test_shades_grow_with_the_count_on_a_log_scale():
    assert level_of(0, 100) == 0
    assert [level_of(n, 1000) for n in (1, 10, 100, 1000)] == [1, 2, 3, 4]
    levels = [level_of(n, 500) for n in range(1, 501)]
    assert levels == sorted(levels)


def test_the_legend_covers_every_count_once(db):
    world = WorldMap()
    world.most = 500
    legend = world.legend
    assert legend[0].low == 1 and legend[-1].high == 500
    assert all(a.high + 1 == b.low for a, b in pairwise(legend))


def test_the_outlines_are_natural_earth_countries_with_their_licence():
    data = json.loads(OUTLINES.read_text())
    assert "Natural Earth" in data["source"]
    assert len(data["countries"]) > 170
    assert (OUTLINES.parent / "world-atlas-LICENSE").exists()
    codes = {c["m49"] for c in data["countries"]}
    assert {"288", "604", "834"} <= codes  # Ghana, Peru, Tanzania
