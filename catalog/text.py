"""Stored text is servable text: the one rule for what a text field of our apps may hold.

Control characters other than tab and newline, Unicode non-characters and lone surrogates have no
place in a title or a summary (they come in pasted from PDFs and spreadsheets): XML 1.0 forbids
them, RFC 5545 and RIS break on them, and a database refuses NUL and surrogates outright. They are
removed on every save (a pre_save receiver, connected in CatalogConfig.ready), so forms, imports,
history reverts and the demo loader all store the same text, and a data migration per app
(`cleaning_migration`) cleans what was stored before. Line breaks are stored as "\\n" only.

Output formats still escape what their own syntax forbids (text written with update() or raw SQL
never passes a save); `clean` and `one_line` are what they use.
"""

import functools
import re

from django.db import migrations, models

# The apps whose models hold curated text (catalog imports none of them: models are looked up by label).
TEXT_APPS = ("catalog", "interventions", "events", "publications", "figures", "newsletter", "suggestions")

# Unicode category Cc but tab and newline; non-characters (U+FDD0–U+FDEF and the last two code
# points of every plane); surrogates, which can only be lone ones in a Python str.
_NON_CHARACTERS = "".join(f"{chr(p << 16 | 0xFFFE)}{chr(p << 16 | 0xFFFF)}" for p in range(17))
FORBIDDEN = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ud800-\udfff{_NON_CHARACTERS}]")


def clean(text):
    """The text without forbidden characters, line breaks as "\\n"."""
    if text.isprintable():  # the common case, in C: nothing to remove (tab and newline are not printable)
        return text
    return FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text):
    """Clean text on one line, every run of white space one space: for names, headings, line-based formats."""
    return " ".join(clean(text).split())


@functools.cache
def text_fields(model):
    """The attribute names of a model's stored text (CharField, TextField and their kinds: slug, URL, email)."""
    return tuple(f.attname for f in model._meta.concrete_fields if isinstance(f, models.CharField | models.TextField))


def clean_text_fields(sender, instance, **kwargs):
    """pre_save: every text field of a model of our apps is cleaned, whoever saves it."""
    if sender._meta.app_label not in TEXT_APPS:
        return
    for name in text_fields(sender):
        value = getattr(instance, name)
        if type(value) is str:
            setattr(instance, name, clean(value))


def clean_stored_text(apps, schema_editor, *, app_label):
    """Migration code: cleans every text field of every (historical) model of an app, only the rows that change."""
    for model in apps.get_app_config(app_label).get_models():
        fields = text_fields(model)
        if not fields:
            continue
        manager = model._base_manager
        changes = []  # gathered first: SQLite should not be written to while a read is open
        for pk, *values in manager.values_list("pk", *fields).iterator(chunk_size=2000):
            changed = {
                name: clean(v) for name, v in zip(fields, values, strict=True) if type(v) is str and clean(v) != v
            }
            if changed:
                changes.append((pk, changed))
        for pk, changed in changes:
            manager.filter(pk=pk).update(**changed)


def cleaning_migration(app_label):
    """The operation each app's data migration runs (quick on an empty database; nothing to undo)."""
    return migrations.RunPython(
        functools.partial(clean_stored_text, app_label=app_label), migrations.RunPython.noop, elidable=True
    )
