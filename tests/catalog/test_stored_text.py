"""Stored text is servable text: what a text field may hold, cleaned on every save and once in the
data already stored (issue 16)."""

import functools

import pytest
from django.apps import apps
from django.db.migrations.loader import MigrationLoader
from django.db.models.signals import pre_save

from catalog.browse.filters import clean_text as clean_query_text
from catalog.models import Organisation, Person
from catalog.text import TEXT_APPS, clean, clean_stored_text, text_fields
from interventions.models import Intervention
from newsletter.models import Digest
from tests.factories import InterventionFactory, PersonFactory

# Every character the rule removes or rewrites, and what it keeps (tab, newline, letters of any plane).
SAVED = "a\r\nb\rc\nd\te\x00\x02\x0c\x1b\x7f\x85\x9f\ufdd0\ufdef\ufffe\uffff\U0001fffe\U0010ffff\ud800\udfffé🪙\ufffd"
CLEANED = "a\nb\nc\nd\teé🪙\ufffd"


def test_the_rule_keeps_tab_newline_and_every_character_but_controls_and_non_characters():
    assert clean(SAVED) == CLEANED
    assert clean("Plain text, ünïcödé and 🪙") == "Plain text, ünïcödé and 🪙"
    assert clean("") == ""
    # Every plane's last two code points are non-characters, and so is U+FDD0–U+FDEF.
    planes = "".join(chr(plane * 0x10000 + last) for plane in range(17) for last in (0xFFFE, 0xFFFF))
    assert clean(planes + "".join(map(chr, range(0xFDD0, 0xFDF0))) + "x") == "x"
    assert clean("\ufdcf\ufdf0\ufffd") == "\ufdcf\ufdf0\ufffd"  # their neighbours are characters


def test_every_text_field_of_every_model_of_our_apps_is_cleaned_on_save():
    models = [m for label in TEXT_APPS for m in apps.get_app_config(label).get_models()]
    assert {Intervention, Organisation, Person, Digest} <= set(models)
    for model in models:
        instance = model()
        fields = text_fields(model)
        for name in fields:
            setattr(instance, name, SAVED)
        pre_save.send(sender=model, instance=instance, raw=False, using="default", update_fields=None)
        assert {name: getattr(instance, name) for name in fields} == dict.fromkeys(fields, CLEANED), model
    assert {"title", "summary", "slug", "website", "notes", "description"} <= set(text_fields(Intervention))


def test_a_saved_record_holds_the_cleaned_text(db):
    intervention = InterventionFactory(title=f"Gold {SAVED}", summary=SAVED, website="https://example.org/\x02")
    author = PersonFactory(given_names=f"Ann {SAVED}")
    stored = Intervention.objects.values("title", "summary", "website").get(pk=intervention.pk)
    assert stored == {"title": f"Gold {CLEANED}", "summary": CLEANED, "website": "https://example.org/"}
    assert Person.objects.get(pk=author.pk).given_names == f"Ann {CLEANED}"
    # The history keeps the cleaned text too: a revert cannot bring the characters back.
    assert intervention.history.first().title == f"Gold {CLEANED}"


def test_the_data_migration_cleans_what_is_already_stored(db):
    raw = SAVED.replace("\x00", "").replace("\ud800\udfff", "")  # the database refuses NUL and surrogates
    expected = clean(raw)
    intervention = InterventionFactory(title="Kept as it is")
    author = PersonFactory()
    Intervention.objects.filter(pk=intervention.pk).update(summary=raw, gaps=f"x{raw}")
    Person.objects.filter(pk=author.pk).update(family_name=raw)
    for label in TEXT_APPS:
        clean_stored_text(apps, None, app_label=label)
    stored = Intervention.objects.values("title", "summary", "gaps").get(pk=intervention.pk)
    assert stored == {"title": "Kept as it is", "summary": expected, "gaps": f"x{expected}"}
    assert Person.objects.get(pk=author.pk).family_name == expected


def test_every_app_with_text_runs_the_cleaning_migration():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    cleaned = {
        operation.code.keywords["app_label"]
        for migration in loader.disk_migrations.values()
        for operation in migration.operations
        if isinstance(getattr(operation, "code", None), functools.partial) and operation.code.func is clean_stored_text
    }
    assert cleaned == {label for label in TEXT_APPS if any(map(text_fields, apps.get_app_config(label).get_models()))}


@pytest.mark.parametrize(
    ("query", "cleaned"),
    [("a\nb", "a b"), ("a\r\nb", "a b"), ("a\rX", "a X"), ("x\uffff\ufffe", "x"), ("\x1b[31m\x00", "[31m")],
)
def test_search_text_is_cleaned_once_to_one_line(query, cleaned):
    assert clean_query_text(query, 300) == cleaned
