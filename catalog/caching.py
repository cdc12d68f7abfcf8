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
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date

from .models.versions import current_token, current_version

CACHE_SECONDS = 3600
VARYING_HEADERS = ("Accept", "Accept-Language", "HX-Request", "HX-History-Restore-Request")
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Cache-Control", "X-Content-Type-Options", "Link", "Vary")


def visitor_cache_key(request, kind, state, path=None):
    """The cache key of what a visitor gets at this address (scheme and host included: pages carry
    absolute links) under `state`, or None for a signed-in user, who always gets a fresh rendering.
    `path` stands in for the request's path and query when a part of the page depends on less."""
    if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
        return None
    address = f"{request.scheme}://{request.get_host()}{path or request.get_full_path()}"
    return f"{kind}:" + hashlib.sha256(repr((tuple(state), address)).encode()).hexdigest()


def cached_for_visitors(view, *, clock=None, passed=None):
    """Wrap `view`. The key holds the data version and the year, or `clock()` when the response
    also depends on time: a state that includes both (e.g. a facet index's `state()`). Visitors
    polling with the ETag or date they have get a 304 (`conditional`)."""

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

    return conditional(wrapper, clock=clock, passed=passed)


def conditional(view, *, clock=None, passed=None):
    """Wrap `view` with conditional GET for visitors: an ETag and a Last-Modified derived from the
    data version (and `clock()`, for what changes with time), and a 304 without building the
    response when a feed reader or calendar client polls with what it already has.

    `passed()` gives the latest moment that changed the answer without a write (an event that has
    just become past), so Last-Modified moves with it."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        found = validators(request, clock, passed)
        if found is None:
            return view(request, *args, **kwargs)
        etag, last_modified = found
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:
            # A browser replaces the stored response's Vary with the 304's: without the full list, a
            # page kept for a plain visit would later answer an htmx request for its region.
            patch_vary_headers(not_modified, (*VARYING_HEADERS, "Accept-Encoding", "Cookie"))
            not_modified["ETag"] = etag
            return not_modified
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.has_header("ETag"):
            response["ETag"] = etag
            response["Last-Modified"] = http_date(last_modified)
        return response

    return wrapper


def validators(request, clock=None, passed=None):
    """(ETag, Last-Modified timestamp) of what a visitor gets at this address now, or None for a
    signed-in user (whose pages carry links of their own) and for anything but GET and HEAD."""
    if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
        return None
    token, changed_at = current_version()
    now = timezone.now()
    state = clock() if clock else (token, now.year)
    # Everything else a response depends on: its address, format and language, and htmx's region.
    headers = tuple(request.headers.get(name, "") for name in VARYING_HEADERS)
    key = visitor_cache_key(request, "etag", (*state, *headers))
    # Ongoing records count as active up to this year: a new year is a change too.
    moments = [changed_at, now.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)]
    if passed is not None and (moment := passed()) is not None:
        moments.append(moment)
    return f'"{key.partition(":")[2][:40]}"', int(max(moments).timestamp())
