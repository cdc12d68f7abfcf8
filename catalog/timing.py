"""The Server-Timing header: where a request's time went (database, facet counting, templates).

Browsers show it in their developer tools, and `make bench` reads it to report server time and SQL
statements per request. On when SERVER_TIMING is set (and in development).
"""

import time
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import connection

_timings = ContextVar("server_timings", default=None)


@contextmanager
def timed(name):
    """Add the time spent in the block to `name` for the current request (if it is being timed)."""
    timings = _timings.get()
    started = time.perf_counter()
    try:
        yield
    finally:
        if timings is not None:
            timings[name] += time.perf_counter() - started


class ServerTimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = settings.SERVER_TIMING

    def __call__(self, request):
        if not self.enabled:
            return self.get_response(request)
        timings = defaultdict(float)
        queries = [0]

        def count_query(execute, sql, params, many, context):
            queries[0] += 1
            with timed("db"):
                return execute(sql, params, many, context)

        token = _timings.set(timings)
        started = time.perf_counter()
        try:
            with connection.execute_wrapper(count_query):
                response = self.get_response(request)
        finally:
            _timings.reset(token)
        total = time.perf_counter() - started
        parts = [f'db;dur={timings["db"] * 1000:.2f};desc="{queries[0]} SQL"']
        parts += [f"{name};dur={seconds * 1000:.2f}" for name, seconds in timings.items() if name != "db"]
        parts.append(f"total;dur={total * 1000:.2f}")
        response["Server-Timing"] = ", ".join(parts)
        return response

    def process_template_response(self, request, response):
        if self.enabled:
            render = response.render

            def timed_render():
                with timed("template"):
                    return render()

            response.render = timed_render
        return response
