"""Running queued background tasks inside a test: what a worker would run now, in this process and
the test's own transaction (the end-to-end tests run a real worker process instead)."""

from django.db.models import Q
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult, get_date_max


def work_off(now=None):
    """Run every task due by `now` (default: now), oldest first, and those they enqueue; return how many ran."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )
    ran = 0
    while True:
        due = DBTaskResult.objects.filter(status="READY").filter(
            Q(run_after=get_date_max()) | Q(run_after__lte=now or timezone.now())
        )
        result = due.order_by("enqueued_at").first()
        if result is None:
            return ran
        result.claim("test")
        worker.run_task(result)
        ran += 1
