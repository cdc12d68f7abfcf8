"""Every URL pattern the site answers, read from the resolver, so matrices and fuzzing cannot miss one."""

from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver


def url_patterns(resolver=None, namespace=None, prefix=""):
    """(name, kwarg names, whole pattern text) for every named pattern outside the admin, nested ones included."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = entry.namespace or namespace
            if inner == admin.site.name:
                continue
            yield from url_patterns(entry, inner, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield name, tuple(entry.pattern.regex.groupindex), prefix + str(entry.pattern)


def arguments(pattern):
    """A pattern's keyword arguments, or "#0", "#1"... where its groups are unnamed (positional)."""
    regex = pattern.pattern.regex
    if regex.groupindex or not regex.groups:
        return tuple(regex.groupindex)
    return tuple(f"#{n}" for n in range(regex.groups))


def admin_url_patterns():
    """(name, argument names) for every named admin URL, each model's included."""
    for entry in admin.site.get_urls():
        if isinstance(entry, URLResolver):  # a model's URLs
            for inner in entry.url_patterns:
                if inner.name:
                    yield f"admin:{inner.name}", arguments(inner)
        elif entry.name:
            yield f"admin:{entry.name}", arguments(entry)
