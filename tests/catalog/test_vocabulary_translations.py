"""The French and Spanish data cover every seeded vocabulary row, every country and only real demo records."""

import csv

from django.utils.text import slugify

from asmportal.operations import demo_content
from asmportal.operations.demo_content.translations import OFFICIAL_TITLES, ORIGINAL_LANGUAGE, RECORDS
from catalog.data import country_grammar, vocabulary_translations
from catalog.seed import AREAS_OF_WORK, DATA_DIR, MINERALS, TOPICS

LANGUAGES = ("fr", "es")
MINERAL_SLUGS = {slugify(name.split(" (")[0]) for name, _group in MINERALS}


def demo_records():
    return [*demo_content.INTERVENTIONS, *demo_content.EVENTS, *demo_content.PUBLICATIONS]


def demo_topic_slugs():
    used = {slug for record in demo_records() for slug in record.get("topics", [])}
    return used | {slugify(name) for name in TOPICS} | {topic["slug"] for topic in demo_content.TOPICS}


def mostly_translated(pairs):
    """Most translations differ from the English; some are the same word ("Mica", "Jade", "Formalisation")."""
    pairs = list(pairs)
    assert sum(english != translated for english, translated in pairs) > 0.6 * len(pairs)


def test_every_area_of_work_has_a_french_and_a_spanish_name_and_description():
    assert set(vocabulary_translations.AREAS) == {number for number, _name, _description in AREAS_OF_WORK}
    assert set(vocabulary_translations.AREAS) == set(range(1, 10))
    for number, name, description in AREAS_OF_WORK:
        for language in LANGUAGES:
            entry = vocabulary_translations.AREAS[number][language]
            assert entry["name"].strip() and entry["description"].strip()
            assert entry["name"] != name and entry["description"] != description


def test_every_seeded_mineral_has_a_name_and_a_name_with_its_article():
    for table in (vocabulary_translations.MINERALS, vocabulary_translations.MINERAL_ARTICLES):
        assert set(table) == MINERAL_SLUGS
        for slug in MINERAL_SLUGS:
            assert all(table[slug][language].strip() for language in LANGUAGES)
    english = {slugify(name.split(" (")[0]): name for name, _group in MINERALS}
    for language in LANGUAGES:
        mostly_translated((english[slug], vocabulary_translations.MINERALS[slug][language]) for slug in english)
    assert vocabulary_translations.MINERAL_ARTICLES["gold"] == {"fr": "l'or", "es": "el oro"}


def test_every_seeded_and_demo_topic_has_a_name():
    names = {slugify(name): name for name in TOPICS} | {topic["slug"]: topic["name"] for topic in demo_content.TOPICS}
    for slug in demo_topic_slugs():
        entry = vocabulary_translations.TOPICS[slug]
        assert all(entry[language].strip() for language in LANGUAGES)
    for language in LANGUAGES:
        mostly_translated((names[slug], vocabulary_translations.TOPICS[slug][language]) for slug in names)


def test_every_seeded_country_has_a_french_preposition():
    with open(DATA_DIR / "countries.csv", encoding="utf-8", newline="") as handle:
        codes = {row["iso2"] for row in csv.DictReader(handle)}
    assert len(codes) == 249
    assert set(country_grammar.FR_IN) == codes
    assert set(country_grammar.FR_IN.values()) <= {"au", "en", "aux", "à"}
    assert set(country_grammar.FR_IN_NAME) <= codes


def test_french_phrases_read_as_expected():
    fr_in = country_grammar.fr_in
    assert fr_in("GH", "Ghana") == "au Ghana"
    assert fr_in("FR", "France") == "en France"
    assert fr_in("PH", "Philippines") == "aux Philippines"
    assert fr_in("MG", "Madagascar") == "à Madagascar"
    assert fr_in("CD", "Congo-Kinshasa") == "en République démocratique du Congo"


def test_record_translations_name_real_demo_records_and_are_complete():
    slugs = {record["slug"] for record in demo_records()}
    assert set(RECORDS) <= slugs
    assert set(OFFICIAL_TITLES) <= set(RECORDS)
    assert set(ORIGINAL_LANGUAGE) <= slugs
    english = {record["slug"]: record for record in demo_records()}
    for slug, translations in RECORDS.items():
        for language in LANGUAGES:
            assert translations[language]["title"].strip()
            assert translations[language]["summary"].strip()
            assert translations[language]["summary"] != english[slug]["summary"]
    assert demo_content.MAPPING in RECORDS
    assert "manila-2019-knowledge-sharing-meeting-asgm" in RECORDS
    assert {"shareasm-digital-day-2015", "shareasm-digital-day-2017", "shareasm-digital-day-2018"} <= set(RECORDS)
