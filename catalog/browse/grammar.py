"""Headings composed in each interface language: "Publications on gold in Ghana, 2018–2020",
« Publications sur l'or au Ghana, 2018–2020 », «Publicaciones sobre el oro en Ghana, 2018–2020».

A facet declares its phrase in English with a translation context (`pgettext_lazy("heading,
mineral", "on {}")`); translators give the French and Spanish phrase. What a catalogue cannot
say, this module does: French puts "au", "en", "aux" or "à" before a country by its gender and
number, and both languages give a mineral its article ("l'or", "el oro").
"""

from django.utils.translation import gettext, pgettext

from ..data.country_grammar import FR_IN
from ..data.vocabulary_translations import MINERAL_ARTICLES
from ..names import current


def join(labels, language):
    """ "gold or cobalt", « l'or ou le cobalt », «el oro o el cobalto» (Spanish "u" before an o- sound)."""
    if not labels:
        return ""
    if language == "es":
        text = labels[0]
        for label in labels[1:]:
            sound = label.lower().removeprefix("el ").removeprefix("la ").removeprefix("los ").removeprefix("las ")
            text += (" u " if sound.startswith(("o", "ho")) else " o ") + label
        return text
    # Translators: joins a heading's alternatives: "in Ghana or Kenya".
    conjunction = pgettext("heading: joins alternatives", "or")
    return f" {conjunction} ".join(labels)


def value_form(facet, value, label, language):
    """A value as the heading's phrase takes it in `language`."""
    if facet.grammar == "mineral" and language in ("fr", "es"):
        return MINERAL_ARTICLES.get(value, {}).get(language) or label.lower()
    if facet.grammar == "country" and language == "fr":
        return f"{FR_IN.get(value, 'en')} {label}"
    return label.lower() if facet.lower else label


def phrase(facet, chosen, language):
    """One facet's part of the heading from its (value, label) pairs, e.g. "in Ghana or Kenya"."""
    forms = [value_form(facet, value, label, language) for value, label in chosen]
    if facet.grammar == "country" and language == "fr":
        return join(forms, language)  # the preposition is part of each form: « au Ghana ou en Guinée »
    return str(facet.phrase).format(join(forms, language))


def describe(noun, filterset, chosen):
    """Phrase a filter state: `chosen` maps each facet name to (value, label) pairs of its selected
    values, labels already in the active language."""
    language = current()
    data = filterset.cleaned()
    facets = filterset.facets
    order = filterset.heading_order or [f.name for f in facets]
    text = str(noun)
    for facet in facets:
        selected = chosen.get(facet.name) or []
        if selected and facet.prefix:  # "Past events"
            headings = [str(facet.HEADINGS[value]) for value, _ in selected if value in facet.HEADINGS]
            if len(headings) == 1:
                text = headings[0]
    parts = [text]
    if data.get("q"):
        # Translators: in a heading, after the noun: Publications matching “gold”.
        parts.append(gettext("matching “%(text)s”") % {"text": data["q"]})
    for facet in sorted(facets, key=lambda f: order.index(f.name) if f.name in order else len(order)):
        selected = chosen.get(facet.name) or []
        if selected and not facet.prefix:
            parts.append(phrase(facet, selected, language))
    text = " ".join(parts)
    year_from, year_to = data.get("year_from"), data.get("year_to")
    if year_from is not None and year_to is not None:
        text += f", {int(year_from)}–{int(year_to)}"
    elif year_from is not None:
        # Translators: the end of a heading: Publications on gold, since 2018.
        text += gettext(", since %(year)s") % {"year": int(year_from)}
    elif year_to is not None:
        text += gettext(", until %(year)s") % {"year": int(year_to)}
    return text
