"""Marking text that is not in the page's language: `<h1{{ title|lang_attr }}>` gives the element
the text's own `lang` (screen readers read it in that language), and `{{ title|original_language }}`
tells a sighted visitor, in the page's language, which language they are reading."""

from django import template
from django.utils.html import format_html

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


@register.filter
def original_language(text):
    """A small label naming the language of `text` when it is not the page's: "English"."""
    lang = _foreign(text)
    if not lang:
        return ""
    name = RecordLanguage(lang).label if lang in RecordLanguage.values else lang
    return format_html('<span class="text-language" title="{}">{}</span>', name, lang.upper())
