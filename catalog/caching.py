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


def cached_for_visitors(view, *, clock=None):
    """Wrap `view`. `clock()` names the moment's state when the response also depends on time
    (e.g. how many events have passed); it is part of the key."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        state = (current_token(), timezone.now().year, *(clock() if clock else ()))
        address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        key = "response:" + hashlib.sha256(repr((state, address)).encode()).hexdigest()
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
