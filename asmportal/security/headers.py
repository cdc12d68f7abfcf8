"""Browser policy headers that Django's SecurityMiddleware does not set."""

from django.conf import settings

# Records other systems fetch cross-origin (feeds, calendars, exports, the API, files and static
# assets) may be read from any site; everything else only from ours.
SHARED_PREFIXES = ("/api/", "/static/", "/media/")
SHARED_SUFFIXES = ("/feed/", "/download/", ".ics", ".csv", ".json", ".bib", ".ris", ".xml", ".txt")


class BrowserPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        path = request.path
        shared = path.startswith(SHARED_PREFIXES) or path.endswith(SHARED_SUFFIXES)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "cross-origin" if shared else "same-origin")
        return response
