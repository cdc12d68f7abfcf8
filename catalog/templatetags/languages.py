"""Marking text that is not in the page's language: `<h1{{ title|lang_attr }}>` gives the element
the text's own `lang` (screen readers read it in that language), and `{{ title|original_language }}`
tells a sighted visitor, in the page's language, which language they are reading."""

from django import template
from django.utils.html import format_html

from .. import names
from ..models.translations import RecordLanguage, current_language

register = template.Library()


def _foreign(text):
    lang = getattr(text, "lang", None)
    return lang if lang and lang != current_language() else None


@register.filter
def lang_attr(text):
    """' lang="fr"' when `text` (LocalizedText) is in another language than the page, else ""."""
    lang = _foreign(text)
    return format_html(' lang="{}"', lang) if lang else ""


def _name(lang):
    default = str(RecordLanguage(lang).label) if lang in RecordLanguage.values else lang
    return names.language(lang, default=default)


@register.filter
def original_language(text):
    """A small badge after a title shown in another language than the page's: "EN", named in full
    (in the page's language) for the pointer and for screen readers."""
    lang = _foreign(text)
    if not lang:
        return ""
    return format_html(
        '<span class="text-language" title="{name}"><span aria-hidden="true">{code}</span>'
        '<span class="visually-hidden">({name})</span></span>',
        name=_name(lang),
        code=lang.upper(),
    )


@register.filter
def language_name(code):
    """The name of the language `code` ("en"), in the page's language, as in running text
    ("anglais", "inglés", "English")."""
    lang = str(code)
    language = current_language()
    if language == "en":
        return _name(lang)
    name = names.language(lang, default=lang, language=language)
    return name[:1].lower() + name[1:]
