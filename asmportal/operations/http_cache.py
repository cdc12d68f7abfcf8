"""What browsers and proxies may keep: every page says so (Django leaves it unsaid unless asked).

A visitor's page is the same for every visitor, so any cache may keep it, but must ask again before
using it (`no-cache`): an unpublished record must not outlive its withdrawal in anyone's cache. The
question is cheap: catalog/caching.py answers it with a 304 that costs no rendering. A signed-in
user's page carries their own links and drafts: only their browser may keep it. A response that set
its own Cache-Control (a draft preview, the admin, robots.txt) keeps it.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers


class CacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD") or response.has_header("Cache-Control"):
            return response
        if response.status_code >= 500 or 300 <= response.status_code < 304:
            return response
        # The same address answers a visitor and a signed-in user differently.
        patch_vary_headers(response, ["Cookie"])
        if self.personal(request, response):
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, no_cache=True)
        return response

    @staticmethod
    def personal(request, response):
        """Signed in (judged by the session cookie too: the API replaces request.user), or setting a
        cookie (a CSRF token for a form on the page): the answer is this visitor's alone."""
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        return signed_in or settings.SESSION_COOKIE_NAME in request.COOKIES or bool(response.cookies)
