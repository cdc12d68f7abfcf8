"""Requests no page can answer, refused before any view runs."""

from django.http import HttpResponseBadRequest


class RefuseNulInPathMiddleware:
    """A NUL character in the path names nothing, and PostgreSQL refuses it in any text it is asked
    to compare (a 500 from every lookup by slug or code). Answer 400 with a plain message instead.
    Query strings are left to the views, which already clean what they use."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path:
            return HttpResponseBadRequest(
                "This address contains a NUL character, which no page of the portal has.",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
