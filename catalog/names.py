"""Names of countries, regions and languages in each interface language, from CLDR (Babel).

English keeps the portal's own stored names (curated, and what existing links and exports
say); French and Spanish take CLDR's, so "/fr/countries/PE/" says « Pérou » and
"/es/countries/PE/" says «Perú».
"""

import functools

from babel import Locale, UnknownLocaleError
from django.utils.translation import get_language

# The UN M49 codes of the region names the country seed stores, so they can be named per locale.
M49_REGIONS = {
    "Africa": "002",
    "Americas": "019",
    "Asia": "142",
    "Europe": "150",
    "Oceania": "009",
    "Sub-Saharan Africa": "202",
    "Northern Africa": "015",
    "Latin America and the Caribbean": "419",
    "Northern America": "021",
    "Eastern Asia": "030",
    "South-eastern Asia": "035",
    "Southern Asia": "034",
    "Western Asia": "145",
    "Central Asia": "143",
    "Eastern Europe": "151",
    "Northern Europe": "154",
    "Southern Europe": "039",
    "Western Europe": "155",
    "Australia and New Zealand": "053",
    "Melanesia": "054",
    "Micronesia": "057",
    "Polynesia": "061",
    "Western Africa": "011",
    "Eastern Africa": "014",
    "Middle Africa": "017",
    "Southern Africa": "018",
    "Caribbean": "029",
    "Central America": "013",
    "South America": "005",
}
# Where CLDR's short name reads as shorthand in running text, the name people in the field use.
PREFERRED = {
    "fr": {"CD": "République démocratique du Congo", "CG": "République du Congo"},
    "es": {"CD": "República Democrática del Congo", "CG": "República del Congo"},
}
INTERFACE = ("fr", "es")


def current():
    """The active interface language's primary code: "en", "fr" or "es"."""
    return (get_language() or "en").split("-")[0].lower()


@functools.cache
def _locale(language):
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return None


def country(iso2, *, default, language=None):
    language = language or current()
    if language == "en":
        return default
    preferred = PREFERRED.get(language, {}).get(iso2)
    if preferred:
        return preferred
    locale = _locale(language)
    return (locale.territories.get(iso2) if locale else None) or default


def country_names(iso2, default):
    """Every name a search should find a country by: the stored one and each locale's."""
    found = [default] + [country(iso2, default=default, language=code) for code in INTERFACE]
    return list(dict.fromkeys(found))


def region(name, language=None):
    """A UN M49 region or sub-region, stored by its English name, in the active language."""
    language = language or current()
    code = M49_REGIONS.get(name)
    if language == "en" or code is None:
        return name
    locale = _locale(language)
    return (locale.territories.get(code) if locale else None) or name


def language(code, *, default, language=None):
    """A language's name ("Français" in French, "Francés" in Spanish), capitalised as a label."""
    language = language or current()
    if language == "en":
        return default
    locale = _locale(language)
    name = locale.languages.get(code) if locale else None
    return name[:1].upper() + name[1:] if name else default


def language_names(code, default):
    found = [default] + [language(code, default=default, language=lang) for lang in INTERFACE]
    return list(dict.fromkeys(found))
