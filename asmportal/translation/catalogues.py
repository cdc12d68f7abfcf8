"""The translation catalogues (locale/<lang>/LC_MESSAGES/django.po): extracting their strings,
compiling them, and checking they are complete.

Compiling uses Babel (already a dependency for CLDR names), so running the portal needs no system
gettext; extracting uses Django's makemessages, which needs xgettext (translators and CI only).
"""

import os
import shutil
import tempfile
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import call_command
from django.test.utils import override_settings

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
# Folders makemessages must not read: dependencies, generated files, tests and tooling.
IGNORED = [
    ".venv",
    ".venv/*",
    "node_modules/*",
    "staticfiles/*",
    "static/*",
    "tests/*",
    "bench/*",
    "scripts/*",
    "loadtest/*",
    "docs/*",
    "examples/*",
    "media/*",
    "backups/*",
]


def translated_languages():
    """The interface languages that have a catalogue: all but the default (English source text)."""
    return [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def po_path(language, root=LOCALE_DIR):
    return Path(root) / language / "LC_MESSAGES" / "django.po"


def read(path):
    with open(path, "rb") as handle:
        return read_po(handle)


def extract(root=LOCALE_DIR, verbosity=0):
    """Bring every catalogue under `root` up to the source: new strings added (untranslated),
    vanished ones kept as obsolete by msgmerge's rules, translations untouched."""
    with override_settings(LOCALE_PATHS=[str(root)]):
        call_command(
            "makemessages",
            locale=translated_languages(),
            ignore_patterns=IGNORED,
            add_location="file",
            no_obsolete=True,
            verbosity=verbosity,
        )


def compile_all(root=LOCALE_DIR):
    """Write django.mo next to each django.po; returns the paths written."""
    written = []
    for language in translated_languages():
        source = po_path(language, root)
        if not source.exists():
            continue
        catalogue = read(source)
        target = source.with_suffix(".mo")
        # Written aside and moved into place: test workers compiling at once never read half a file.
        with tempfile.NamedTemporaryFile("wb", dir=target.parent, delete=False) as handle:
            write_mo(handle, catalogue, use_fuzzy=False)
        os.replace(handle.name, target)
        written.append(target)
    return written


def stale(root=LOCALE_DIR):
    """True when some catalogue is newer than its compiled file (or has none)."""
    for language in translated_languages():
        source = po_path(language, root)
        target = source.with_suffix(".mo")
        if source.exists() and (not target.exists() or target.stat().st_mtime < source.stat().st_mtime):
            return True
    return False


def problems():
    """What keeps the catalogues from being complete, as sentences: strings in the source that a
    catalogue lacks, and entries that are empty or fuzzy."""
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in translated_languages():
            source = po_path(language)
            if not source.exists():
                found.append(f"{language}: no catalogue at {source}")
                continue
            copy = po_path(language, scratch)
            copy.parent.mkdir(parents=True)
            shutil.copy(source, copy)
        extract(scratch)
        for language in translated_languages():
            source = po_path(language)
            if not source.exists():
                continue
            committed = {message.id: message for message in read(source) if message.id}
            current = [message for message in read(po_path(language, scratch)) if message.id]
            for message in current:
                key = message.id
                if key not in committed:
                    found.append(f"{language}: not in the catalogue (run `make messages`): {_show(key)}")
                    continue
                entry = committed[key]
                strings = entry.string if isinstance(entry.string, tuple | list) else (entry.string,)
                if not all(strings):
                    found.append(f"{language}: not translated: {_show(key)}")
                elif entry.fuzzy:
                    found.append(f"{language}: marked fuzzy (check the translation, then drop the flag): {_show(key)}")
    return found


def _show(key):
    text = key[0] if isinstance(key, tuple | list) else key
    return repr(text[:80])
