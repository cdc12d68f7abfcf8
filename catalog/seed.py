"""The vocabularies every installation starts with; loaded by a data migration."""

import csv
from pathlib import Path

from django.utils.text import slugify

DATA_DIR = Path(__file__).resolve().parent / "data"

# The nine areas of work of the 2020 ILO mapping: a short label, and the mapping's own wording.
AREAS_OF_WORK = [
    (1, "Area-based work", "Area-based work (child-labour-free zones)."),
    (2, "Social dialogue and information sharing", "Social dialogue and information sharing."),
    (3, "Education and awareness raising", "Inclusive and equitable quality education and awareness raising."),
    (
        4,
        "Legislation, standards and best practice",
        "Legislation, industry standards, guidelines, toolkits, multi-stakeholder initiatives, and promotion of "
        "best practices, including formalisation and traceability.",
    ),
    (5, "Human rights, gender, community and family", "Human rights, gender, community and family-based work."),
    (6, "Research and monitoring", "Research, monitoring, baseline and perception studies."),
    (7, "Investment and funding", "Investment and funding."),
    (
        8,
        "Technical advice, advocacy and capacity building",
        "Technical advisory and advocacy, capacity building and technical support to improve productivity, "
        "working conditions, decontamination of lands, etc.",
    ),
    (
        9,
        "Decent work and social protection",
        "Decent work for adults and youth, and social protection systems, including nutrition and health programmes.",
    ),
]

MINERALS = [
    ("Gold", "precious-metals"),
    ("Silver", "precious-metals"),
    ("Cobalt", "battery"),
    ("Lithium", "battery"),
    ("Copper", "base-metals"),
    ("Tin", "3tg"),
    ("Tantalum (coltan)", "3tg"),
    ("Tungsten", "3tg"),
    ("Mica", "industrial"),
    ("Diamonds", "gemstones"),
    ("Coloured gemstones", "gemstones"),
    ("Jade", "gemstones"),
    ("Sand and gravel", "industrial"),
    ("Other minerals", "other"),
]

TOPICS = [
    "Child labour",
    "Forced labour",
    "Occupational safety and health",
    "Mercury",
    "Gender",
    "Formalisation",
    "Traceability",
    "Due diligence",
    "Education",
    "Social protection",
]


def read_csv(name):
    with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def seed_vocabularies(apps):
    """Create or refresh the seeded rows; safe to run again."""
    Country = apps.get_model("catalog", "Country")
    for row in read_csv("countries.csv"):
        Country.objects.update_or_create(
            iso2=row["iso2"],
            defaults={
                "iso3": row["iso3"],
                "m49": row["m49"],
                "name": row["name"],
                "official_name": row["official_name"],
                "slug": slugify(row["name"]),
                "region": row["region"],
                "subregion": row["subregion"],
                "intermediate_region": row["intermediate_region"],
            },
        )
    Language = apps.get_model("catalog", "Language")
    for row in read_csv("languages.csv"):
        Language.objects.update_or_create(code=row["code"], defaults={"name": row["name"]})
    AreaOfWork = apps.get_model("catalog", "AreaOfWork")
    for number, name, description in AREAS_OF_WORK:
        AreaOfWork.objects.update_or_create(
            number=number, defaults={"name": name, "slug": slugify(name), "description": description}
        )
    Mineral = apps.get_model("catalog", "Mineral")
    for name, group in MINERALS:
        Mineral.objects.update_or_create(slug=slugify(name.split(" (")[0]), defaults={"name": name, "group": group})
    Topic = apps.get_model("catalog", "Topic")
    for name in TOPICS:
        Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name})
