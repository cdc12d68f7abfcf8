"""The background floor's own periodic job."""

from datetime import timedelta

from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from .schedule import forget_before
from .tasks import background_task

KEEP_DAYS = 30


@background_task()
def forget_old_runs():
    """Scheduled runs and finished task results older than a month say nothing anyone needs."""
    forget_before(KEEP_DAYS)
    DBTaskResult.objects.finished().filter(finished_at__lt=timezone.now() - timedelta(days=KEEP_DAYS)).delete()
