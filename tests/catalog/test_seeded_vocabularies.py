"""What `migrate` alone must leave in a new database."""

from django.contrib.auth.models import Group

from catalog.models import AreaOfWork, Country, Language, Mineral, Topic

FACTS_AREAS = [
    "Area-based work (child-labour-free zones).",
    "Social dialogue and information sharing.",
    "Inclusive and equitable quality education and awareness raising.",
    "Legislation, industry standards, guidelines, toolkits, multi-stakeholder initiatives",
    "Human rights, gender, community and family-based work.",
    "Research, monitoring, baseline and perception studies.",
    "Investment and funding.",
    "Technical advisory and advocacy, capacity building",
    "Decent work for adults and youth, and social protection systems",
]


def test_the_nine_areas_of_work_are_numbered_as_in_the_2020_mapping(db):
    areas = list(AreaOfWork.objects.order_by("number"))
    assert [a.number for a in areas] == list(range(1, 10))
    for area, wording in zip(areas, FACTS_AREAS, strict=True):
        assert area.description.startswith(wording)
        assert area.slug


def test_every_iso_country_is_present_with_its_un_m49_region(db):
    assert Country.objects.count() == 249
    ghana = Country.objects.get(iso2="GH")
    assert (ghana.iso3, ghana.m49, ghana.region, ghana.subregion, ghana.intermediate_region) == (
        "GHA",
        "288",
        "Africa",
        "Sub-Saharan Africa",
        "Western Africa",
    )
    assert Country.objects.get(iso2="PH").subregion == "South-eastern Asia"
    assert Country.objects.get(iso2="CD").name == "Democratic Republic of the Congo"
    assert Country.objects.get(iso2="GB").region == "Europe"
    assert not Country.objects.exclude(iso2="AQ").filter(region="").exists()


def test_minerals_languages_and_starter_topics_are_seeded(db):
    slugs = set(Mineral.objects.values_list("slug", flat=True))
    assert {
        "gold",
        "cobalt",
        "copper",
        "tin",
        "tantalum",
        "tungsten",
        "mica",
        "diamonds",
        "coloured-gemstones",
        "jade",
        "lithium",
    } <= slugs
    assert Mineral.objects.get(slug="tantalum").name == "Tantalum (coltan)"
    assert Language.objects.get(code="sw").name == "Swahili"
    assert Topic.objects.filter(slug="child-labour").exists()


def test_curators_cannot_publish_and_editors_can(db):
    curators = set(Group.objects.get(name="Curators").permissions.values_list("codename", flat=True))
    editors = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    for model in ["intervention", "event", "publication"]:
        assert {f"add_{model}", f"change_{model}"} <= curators
        assert f"publish_{model}" not in curators
        assert f"delete_{model}" not in curators
        assert {f"publish_{model}", f"delete_{model}"} <= editors
    assert curators < editors
