"""The names of curated vocabulary entries (minerals, areas of work, topics) in the active
language, looked up by slug: what facets, chips and headings show in French or Spanish.

Kept in the process per vocabulary version, like the facet index: one query per language after a
vocabulary changes, none otherwise.
"""

from .. import names
from ..models.versions import VOCABULARIES, current_token

_names = {}  # (model label, language) -> (vocabulary token, {slug: translated name})


def translations(model, language):
    """{slug: name in `language`} of `model`'s entries that have one."""
    field = f"name_{language}"
    key = (model._meta.label_lower, language)
    token = current_token((VOCABULARIES,))
    found = _names.get(key)
    if found is None or found[0] != token:
        rows = model.objects.exclude(**{field: ""}).values_list("slug", field)
        found = _names[key] = (token, dict(rows))
    return found[1]


def localize(model, labels):
    """{slug: label} with each label in the active language where the entry has a translation."""
    language = names.current()
    if language == "en" or not any(f.name == f"name_{language}" for f in model._meta.concrete_fields):
        return labels
    translated = translations(model, language)
    return {slug: translated.get(slug, label) for slug, label in labels.items()}
