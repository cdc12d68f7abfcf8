"""Background work: failed tasks are tried again later and shown to staff; periodic jobs are enqueued
once per slot, however many schedulers run."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from asmportal.background.models import ScheduledRun
from asmportal.background.schedule import enqueue_due
from asmportal.background.tasks import background_task, backoff

from ..task_kit import work_off

CALLS = []


@background_task(attempts=3)
def flaky(fail_times):
    CALLS.append(fail_times)
    if len(CALLS) <= fail_times:
        raise ConnectionError("The mail server hung up")
    return len(CALLS)


@background_task()
def tick():
    return "tick"


@pytest.fixture(autouse=True)
def fresh_calls():
    CALLS.clear()


def test_a_failed_task_is_tried_again_later_with_a_longer_wait_each_time(db):
    flaky.enqueue(2)
    assert work_off() == 1  # the retry waits for its time
    first = DBTaskResult.objects.get(status="FAILED")
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    wait = (retry.run_after - first.finished_at).total_seconds()
    assert backoff(1) - 5 < wait <= backoff(1)
    assert work_off() == 0  # not before its time
    work_off(retry.run_after + timedelta(seconds=1))
    third = DBTaskResult.objects.get(status="READY")
    assert third.args_kwargs["kwargs"] == {"attempt": 3}
    second = DBTaskResult.objects.get(pk=retry.pk)
    assert backoff(2) - 5 < (third.run_after - second.finished_at).total_seconds() <= backoff(2)
    work_off(third.run_after + timedelta(seconds=1))
    assert DBTaskResult.objects.successful().get().return_value == 3
    assert CALLS == [2, 2, 2]


def test_a_task_that_keeps_failing_stops_after_its_attempts(db):
    flaky.enqueue(10)
    for _ in range(5):
        work_off(timezone.now() + timedelta(days=1))
    assert len(CALLS) == 3
    assert DBTaskResult.objects.failed().count() == 3
    assert not DBTaskResult.objects.ready().exists()


def test_staff_see_a_failure_and_its_message_but_no_traceback(db, client, superuser):
    flaky.enqueue(10)
    work_off()
    client.force_login(superuser)
    page = client.get(reverse("admin:django_tasks_database_dbtaskresult_changelist") + "?status__exact=FAILED")
    text = page.content.decode()
    assert "flaky" in text and "ConnectionError: The mail server hung up" in text
    assert "Traceback" not in text and "File &quot;" not in text
    detail = client.get(
        reverse("admin:django_tasks_database_dbtaskresult_change", args=[DBTaskResult.objects.failed().get().pk])
    )
    assert "ConnectionError: The mail server hung up" in detail.content.decode()
    assert "Traceback" not in detail.content.decode()


def test_each_slot_of_a_periodic_job_is_enqueued_once(db, settings):
    settings.SCHEDULE = {"tick": ("tests.asmportal.test_background.tick", 3600)}
    noon = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    assert [job.name for job in enqueue_due(noon)] == ["tick"]
    assert enqueue_due(noon + timedelta(minutes=59)) == []  # a second scheduler, or a restart, in the same hour
    assert [job.name for job in enqueue_due(noon + timedelta(hours=1))] == ["tick"]
    assert ScheduledRun.objects.count() == 2
    assert DBTaskResult.objects.filter(task_path="tests.asmportal.test_background.tick").count() == 2
    work_off()
    assert DBTaskResult.objects.successful().count() == 2


def test_the_scheduler_command_once_enqueues_what_is_due(db, settings):
    settings.SCHEDULE = {"tick": ("tests.asmportal.test_background.tick", 60)}
    call_command("run_scheduler", "--once")
    call_command("run_scheduler", "--once")
    assert DBTaskResult.objects.ready().count() in (1, 2)  # two runs may straddle a minute's edge
    assert ScheduledRun.objects.filter(job="tick").count() == DBTaskResult.objects.count()


REDIS_TASKS = "redis://127.0.0.1:6379/7"


def test_with_redis_tasks_run_on_rq_and_a_failure_is_retried_later(tmp_path):
    """TASKS_URL moves the queue to Redis: a worker runs the task, and a failed one is deferred."""
    import os
    import subprocess
    import sys

    import redis

    from ..needs import missing

    connection = redis.Redis.from_url(REDIS_TASKS)
    try:
        connection.flushdb()
    except redis.exceptions.ConnectionError:
        missing("Redis is not running on 127.0.0.1:6379")
    env = {**os.environ, "TASKS_URL": REDIS_TASKS, "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}"}

    def run(*args):
        done = subprocess.run(
            [sys.executable, "manage.py", *args], env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""

    enqueue = "from tests.asmportal.test_background import flaky, tick; print(tick.enqueue().id, flaky.enqueue(10).id)"
    tick_id, flaky_id = run("shell", "--no-imports", "-c", enqueue).split()
    run("rqworker", "default", "--burst")
    check = (
        "import django_rq; from rq.registry import ScheduledJobRegistry; from django.tasks import task_backends; "
        f"b = task_backends['default']; print(b.get_result('{tick_id}').status, b.get_result('{flaky_id}').status, "
        "len(ScheduledJobRegistry(queue=django_rq.get_queue('default'))))"
    )
    try:
        assert run("shell", "--no-imports", "-c", check) == "SUCCESSFUL FAILED 1"  # the retry waits its turn
    finally:
        connection.flushdb()
        connection.close()
