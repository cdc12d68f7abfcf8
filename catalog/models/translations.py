"""Text kept in more than one language: a record's own text with curators' translations of it,
and the names of the shared vocabularies.

A record keeps the language it was written in (`original_language`) and its text in the plain
fields (`title`, `summary`, ...). Curators may add versions in the interface languages
(`title_fr`, `title_es`, `title_en`, ...). A page shows the version in its own language where
there is one and the original otherwise; what it shows knows its language, so the page can mark
it (`lang="..."`) for screen readers and for the visitor.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# The interface languages a record's text may be translated into: the suffixes of the fields.
TRANSLATION_LANGUAGES = ("en", "fr", "es")


class RecordLanguage(models.TextChoices):
    """Languages a record's own text may be written in."""

    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    SPANISH = "es", _("Spanish")
    PORTUGUESE = "pt", _("Portuguese")


def primary(code):
    """ "fr" of "fr", "en" of "en-gb": what translation fields are suffixed with."""
    return (code or "en").split("-")[0].lower()


def current_language():
    return primary(get_language())


class LocalizedText(str):
    """A piece of text that knows the language it is written in (a BCP 47 code in `lang`)."""

    lang = "en"

    def __new__(cls, text, lang):
        obj = super().__new__(cls, text or "")
        obj.lang = primary(lang)
        return obj

    @property
    def foreign(self):
        """True when the text is not in the language of the page it is shown on."""
        return self.lang != current_language()


def localized(obj, field, language=None):
    """`obj`'s `field` in `language` (the active one by default) where a curator has given it,
    else the original, each as LocalizedText."""
    language = primary(language) if language else current_language()
    original = primary(getattr(obj, "original_language", "en"))
    if language != original and language in TRANSLATION_LANGUAGES:
        text = getattr(obj, f"{field}_{language}", "")
        if text:
            return LocalizedText(text, language)
    return LocalizedText(getattr(obj, field), original)


def all_versions(obj, field):
    """Every version of `field` (the original first), for the search index."""
    texts = [getattr(obj, field) or ""]
    texts += [getattr(obj, f"{field}_{code}", "") or "" for code in TRANSLATION_LANGUAGES]
    return "\n".join(dict.fromkeys(t for t in texts if t))


def translation_fields(field):
    """The names of `field`'s translation fields, in TRANSLATION_LANGUAGES order."""
    return [f"{field}_{code}" for code in TRANSLATION_LANGUAGES]


def vocabulary_name(obj, language=None):
    """A vocabulary entry's name in `language` (the active one by default), or its English name."""
    language = primary(language) if language else current_language()
    if language != "en":
        name = getattr(obj, f"name_{language}", "")
        if name:
            return name
    return obj.name
