"""The same page in each interface language: the switcher's links, the hreflang alternates, and
the notice that offers a visitor the language their browser prefers.

Every address has one language, given by its prefix (none for English, /fr/, /es/); the rest of
the address and its query string are the same in every language, so switching keeps them. The
page is never redirected by Accept-Language: shared links and crawlers get what they asked for.
The notice is chosen in the browser (static/js/language.js reads navigator.languages), so the
page itself is the same for every visitor and stays cacheable as one response per address.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import is_valid_path
from django.utils.translation import get_language, override

DEFAULT = settings.LANGUAGE_CODE


@dataclass(frozen=True)
class Alternate:
    code: str  # as in settings.LANGUAGES: "en-gb", "fr", "es"
    name: str  # in its own language: "Français"
    url: str  # the same page in that language, path and query string kept
    current: bool

    @property
    def hreflang(self):
        return self.code.split("-")[0]


def unprefixed(path, language):
    """`path` without its language prefix ("/fr/events/" -> "/events/")."""
    prefix = f"/{language}/"
    if language != DEFAULT and path.startswith(prefix):
        return path[len(prefix) - 1 :]
    return path


def in_language(rest, code):
    return rest if code == DEFAULT else f"/{code}{rest}"


def alternates(request):
    """The current page in every interface language, or [] for an address that has only one
    (the API, the sitemap, an address that names nothing)."""
    if getattr(request, "single_language", False):
        return []
    current = get_language() or DEFAULT
    rest = unprefixed(request.path_info, current)
    other = next(code for code, _ in settings.LANGUAGES if code != DEFAULT)
    with override(other):  # a prefixed address resolves only under its own language
        if not is_valid_path(in_language(rest, other)):
            return []
    query = request.META.get("QUERY_STRING", "")
    script = request.META.get("SCRIPT_NAME", "").rstrip("/")
    return [
        Alternate(code, name, script + in_language(rest, code) + (f"?{query}" if query else ""), code == current)
        for code, name in settings.LANGUAGES
    ]


def context(request):
    """For base.html: the switcher, the <link rel="alternate" hreflang> set and the notice."""
    return {"language_alternates": alternates(request)}
