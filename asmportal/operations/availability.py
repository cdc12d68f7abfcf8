"""What the site says when its database is away: a 503 page for people, /healthz for machines.

Django closes a broken connection when the request ends and opens a fresh one on the next
request (persistent connections are health-checked), so the site recovers by itself once the
database is back, without a restart. Nothing here closes connections itself: that would also end
the transaction a request (or a test) is inside.
"""

import logging
import sys

from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)
UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """handler500: a lost database is a 503 ("try again soon"), anything else the usual 500 page.
    Django calls it while handling the exception, so sys.exc_info() names it. Rendered without
    context processors, which might need the database themselves."""
    if isinstance(sys.exc_info()[1], UNAVAILABLE):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.render_to_string("500.html"))


def not_found(request, exception):
    """handler404: Django's page, without the same address in other languages (an address that
    names nothing has no versions, and the page must not echo a hidden record's address back)."""
    request.single_language = True
    return defaults.page_not_found(request, exception)


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache():
    cache.set("healthz", "ok", 10)
    if cache.get("healthz") != "ok":
        raise RuntimeError("the cache did not keep a value")


CHECKS = {"database": _check_database, "cache": _check_cache}


@never_cache
@require_GET
def healthz(request):
    """200 with every check "ok", or 503 naming what failed (the kind of error, not its details:
    this answer is public)."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except (DatabaseError, RuntimeError, OSError, ConnectionError) as error:
            logger.warning("healthz: %s check failed: %r", name, error)
            results[name] = f"failing ({type(error).__name__})"
        else:
            results[name] = "ok"
    healthy = all(value == "ok" for value in results.values())
    return JsonResponse({"status": "ok" if healthy else "unavailable", **results}, status=200 if healthy else 503)
