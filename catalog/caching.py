"""Whole responses for visitors, cached under the catalogue's data version.

A visitor's page, feed or calendar depends only on its address and the published data (and, for
events, on which of them have already happened). Keyed by the data version, a cached response is
never stale: any write to the catalogue changes the version, so the next request renders afresh.
Signed-in users (staff previewing drafts, with links of their own) always get a fresh rendering.
"""

import hashlib
from functools import wraps

from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone

from .models.versions import current_token

CACHE_SECONDS = 3600
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Cache-Control", "X-Content-Type-Options", "Link", "Vary")


def visitor_cache_key(request, kind, state, path=None):
    """The cache key of what a visitor gets at this address (scheme and host included: pages carry
    absolute links) under `state`, or None for a signed-in user, who always gets a fresh rendering.
    `path` stands in for the request's path and query when a part of the page depends on less."""
    if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
        return None
    address = f"{request.scheme}://{request.get_host()}{path or request.get_full_path()}"
    return f"{kind}:" + hashlib.sha256(repr((tuple(state), address)).encode()).hexdigest()


def cached_for_visitors(view, *, clock=None):
    """Wrap `view`. The key holds the data version and the year, or `clock()` when the response
    also depends on time: a state that includes both (e.g. a facet index's `state()`)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        state = clock() if clock else (current_token(), timezone.now().year)
        key = visitor_cache_key(request, "response", state)
        hit = cache.get(key)
        if hit is not None:
            content, headers = hit
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            return response
        response = view(request, *args, **kwargs)
        if callable(getattr(response, "render", None)):
            response = response.render()
        cacheable = response.status_code == 200 and not response.streaming
        if cacheable and "private" not in response.get("Cache-Control", ""):
            headers = [(name, response[name]) for name in KEPT_HEADERS if name in response]
            cache.set(key, (response.content, headers), CACHE_SECONDS)
        return response

    return wrapper
