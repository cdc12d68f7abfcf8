"""What browsers and proxies may keep: every page says so (Django leaves it unsaid unless asked).

A visitor's page is the same for every visitor, so it may be kept for a minute and then revalidated
with its ETag (catalog/caching.py answers that with a 304 that costs no rendering). A signed-in
user's page carries their own links and drafts: only their browser may keep it, and must revalidate.
A response that set its own Cache-Control (a draft preview, the admin, robots.txt) keeps it.
"""

from django.utils.cache import patch_cache_control, patch_vary_headers

VISITOR_SECONDS = 60


class CacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD") or response.has_header("Cache-Control"):
            return response
        if response.status_code not in (200, 304):
            return response
        # The same address answers a visitor and a signed-in user differently.
        patch_vary_headers(response, ["Cookie"])
        user = getattr(request, "user", None)
        # A response that sets a cookie (a CSRF token for a form on it) is that visitor's alone.
        personal = (user is not None and user.is_authenticated) or bool(response.cookies)
        if personal:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, max_age=VISITOR_SECONDS)
        return response
