"""Periodic jobs: `settings.SCHEDULE` names each job, the task it enqueues and how often.

One scheduler (`manage.py run_scheduler`, beside the workers, or `run_scheduler --once` from cron or
a systemd timer) enqueues each job once per slot of its interval. It only enqueues: the task runs on
whichever backend is configured, the database queue or Redis, so the schedule is the same for both.
A slot is claimed in the database before its task is enqueued, so two schedulers, or a scheduler
restarted mid-slot, never enqueue the same run twice.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import ScheduledRun


@dataclass(frozen=True)
class Job:
    name: str
    task_path: str  # the dotted path of a django.tasks Task
    every: int  # seconds; slots are aligned to UTC midnight, 1 January 1970

    def slot(self, now):
        return int(now.timestamp()) // self.every

    @property
    def task(self):
        return import_string(self.task_path)


def jobs():
    return [Job(name, path, int(every)) for name, (path, every) in settings.SCHEDULE.items()]


def enqueue_due(now=None):
    """Enqueue every job whose current slot has not been enqueued yet; return the jobs enqueued."""
    now = now or timezone.now()
    enqueued = []
    for job in jobs():
        try:
            with transaction.atomic():
                run = ScheduledRun.objects.create(job=job.name, slot=job.slot(now))
                result = job.task.enqueue()
                run.task_id = str(result.id)[:64]
                run.save(update_fields=["task_id"])
        except IntegrityError:
            continue  # this slot is already someone else's
        enqueued.append(job)
    return enqueued


def forget_before(days=30):
    """Runs older than `days` say nothing a live scheduler needs."""
    return ScheduledRun.objects.filter(enqueued_at__lt=timezone.now() - timedelta(days=days)).delete()
