"""Tasks that try again: `@background_task()` is Django's `@task()` whose failures are retried later,
each wait twice as long as the one before, until `attempts` have been made.

The failed attempt stays on record as failed (the staff's list of background tasks shows it), and a
new one is enqueued to run after the back-off. Backends that cannot defer a task (the immediate one
the tests use by default) get no retry: the failure is raised where the task was enqueued.
"""

import functools
import logging
from datetime import timedelta

from django.tasks import task, task_backends
from django.utils import timezone

logger = logging.getLogger(__name__)

DEFAULT_ATTEMPTS = 5
DEFAULT_BACKOFF = 60  # seconds before the second attempt; then 120, 240, 480...


def backoff(attempt, first=DEFAULT_BACKOFF):
    """Seconds to wait after failed attempt number `attempt` (1, 2, ...)."""
    return first * 2 ** (attempt - 1)


def background_task(*, attempts=DEFAULT_ATTEMPTS, first_backoff=DEFAULT_BACKOFF, **options):
    def decorate(function):
        @functools.wraps(function)
        def run(*args, attempt=1, **kwargs):
            try:
                return function(*args, **kwargs)
            except Exception:
                retry = attempt < attempts and task_backends[the_task.backend].supports_defer
                if retry:
                    when = timezone.now() + timedelta(seconds=backoff(attempt, first_backoff))
                    the_task.using(run_after=when).enqueue(*args, attempt=attempt + 1, **kwargs)
                logger.warning(
                    "Task %s failed (attempt %d of %d)%s",
                    the_task.name,
                    attempt,
                    attempts,
                    "; it will be tried again" if retry else "",
                )
                raise

        the_task = task(**options)(run)
        return the_task

    return decorate
