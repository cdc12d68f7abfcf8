"""The whole chain, as it runs in production: a web server, a task worker and the scheduler as
separate processes on their own database (SQLite or PostgreSQL, as the suite runs), and a real SMTP
server here. A visitor signs up and confirms over HTTP; a matching record is published; the alert
goes out once (from the command, and from the scheduled run); one click unsubscribes; nothing more
comes. The newsletter's worker is killed mid-batch, and every subscriber still gets the issue once.
"""

import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from html import unescape
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.parse import urlencode, urlsplit
from urllib.request import HTTPCookieProcessor, Request, build_opener

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings

from ..db_copies import copy_to_postgres, copy_to_sqlite
from ..mail_kit import Inbox, body, free_port, links
from ..needs import missing

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.system]


def manage(env, *args, check=True, timeout=120):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=check,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def shell(env, code):
    return manage(env, "shell", "--no-imports", "-c", code).stdout.strip()


class Database:
    """A database of the suite's kind, made for these processes alone."""

    def __init__(self, tmp, blocker):
        engine = settings.DATABASES["default"]["ENGINE"]
        self.name = f"asm_e2e_{uuid.uuid4().hex[:10]}"
        if engine.endswith("sqlite3"):
            copy_to_sqlite(blocker, tmp / "e2e.sqlite3")
            self.url, self.drop = f"sqlite:///{tmp / 'e2e.sqlite3'}?timeout=30", None
        elif engine.endswith("postgresql"):
            import psycopg

            base = settings.DATABASES["default"]
            server = {"host": base["HOST"] or "127.0.0.1", "port": base["PORT"] or 5432, "user": base["USER"]}
            if not copy_to_postgres(blocker, server, self.name):
                with psycopg.connect(dbname="postgres", autocommit=True, **server) as connection:
                    connection.execute(f'CREATE DATABASE "{self.name}"')
            self.url = f"postgres://{server['user']}@{server['host']}:{server['port']}/{self.name}"

            def drop():
                with psycopg.connect(dbname="postgres", autocommit=True, **server) as connection:
                    connection.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

            self.drop = drop
        else:
            missing(f"no end-to-end database for {engine}")


class System:
    def __init__(self, tmp, inbox, smtp_port, blocker):
        self.inbox = inbox
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.database = Database(tmp, blocker)
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "CACHE_URL", "TASKS_URL")},
            "DATABASE_URL": self.database.url,
            "DEBUG": "1",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
            "SITE_URL": self.url,
            "ALERTS_EVERY_SECONDS": "1",
            "RESUME_EVERY_SECONDS": "1",
            "NEWSLETTER_STALL_SECONDS": "1",
            "NEWSLETTER_RATE_PER_MINUTE": "300",
            "PYTHONUNBUFFERED": "1",
        }
        self.processes = {}
        self.logs = tmp

    def start(self, name, *args):
        log = open(self.logs / f"{name}.log", "a")  # noqa: SIM115 (closed with the process)
        process = subprocess.Popen(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT
        )
        self.processes[name] = (process, log)

    def scheduler(self, running=True):
        if running and "scheduler" not in self.processes:
            self.start("scheduler", "run_scheduler", "--interval", "0.5")
        elif not running and "scheduler" in self.processes:
            self.stop("scheduler")

    def worker(self):
        self.start("worker", "db_worker", "--interval", "0.2", "--no-startup-delay", "--no-reload")

    def stop(self, name, sig=signal.SIGTERM):
        process, log = self.processes.pop(name)
        process.send_signal(sig)
        process.wait(timeout=20)
        log.close()

    def log(self, name):
        return (self.logs / f"{name}.log").read_text()

    def up(self):
        # On a copy of the migrated test database (tests/db_copies.py) this only checks; else it builds.
        manage(self.env, "migrate", "--no-input", timeout=300)
        self.start("web", "runserver", "--noreload", f"127.0.0.1:{self.port}")
        self.worker()
        self.opener = build_opener(HTTPCookieProcessor(CookieJar()))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                self.get("/healthz")
                return self
            except OSError:
                time.sleep(0.3)
        pytest.fail("the web server did not start:\n" + self.log("web"))

    def down(self):
        for name in list(self.processes):
            self.stop(name)
        if self.database.drop:
            self.database.drop()

    def get(self, path):
        with self.opener.open(self.url + path, timeout=30) as response:
            return response.read().decode()

    def post(self, path, data, csrf_from=None):
        page = self.get(csrf_from or path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        request = Request(self.url + path, data=urlencode({"csrfmiddlewaretoken": token, **data}).encode())
        request.add_header("Referer", self.url + path)
        with self.opener.open(request, timeout=30) as response:
            return response.status, response.read().decode()

    def shell(self, code):
        return shell(self.env, code)


@pytest.fixture(scope="module")
def system(tmp_path_factory, django_db_setup, django_db_blocker):
    inbox = Inbox()
    smtp_port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    running = System(tmp_path_factory.mktemp("e2e"), inbox, smtp_port, django_db_blocker)
    try:
        yield running.up()
    finally:
        running.down()
        controller.stop()


PUBLISH_ON_GOLD_IN_GHANA = """
from catalog.models import Country, Mineral, State
from publications.models import Publication
p = Publication.objects.create(title={title!r}, slug={slug!r}, summary="On gold.", state=State.PUBLISHED,
                               kind="report", external_url="https://example.org/r")
p.countries.add(Country.objects.get(iso2="GH")); p.minerals.add(Mineral.objects.get(slug="gold"))
"""
DROP_QUEUED_ALERT_RUNS = """
from django_tasks_db.models import DBTaskResult
DBTaskResult.objects.filter(status="READY", task_path="newsletter.tasks.send_due_alerts").delete()
"""
RUNNING_ALERT_RUNS = """
from django_tasks_db.models import DBTaskResult
print(DBTaskResult.objects.filter(status="RUNNING", task_path="newsletter.tasks.send_due_alerts").count())
"""
MAKE_DUE = """
from django.utils import timezone
from newsletter.models import Subscription
print(Subscription.objects.alerts().update(next_due_at=timezone.now()))
"""


def wait_quietly(inbox, seconds):
    count = len(inbox)
    time.sleep(seconds)
    return len(inbox) - count


def test_alert_from_sign_up_to_one_click_unsubscribe(system):
    inbox, address = system.inbox, "follower@example.org"
    inbox.clear()
    system.scheduler(running=False)  # first the command alone: no scheduled run may be queued or running
    system.shell(DROP_QUEUED_ALERT_RUNS)
    for _ in range(40):
        if system.shell(RUNNING_ALERT_RUNS) == "0":
            break
        time.sleep(0.5)
    alert = "/alerts/publications/?mineral=gold&country=GH"
    status, page = system.post(alert, {"email": address, "frequency": "daily"})
    assert status == 200 and "Check your inbox" in page
    confirmation = inbox.wait_for(1)[-1]
    confirm = next(url for url in links(confirmation) if "/confirm/" in url)
    assert confirm.startswith(system.url)
    status, page = system.post(urlsplit(confirm).path, {})
    assert status == 200 and "Your alerts and subscriptions" in page

    # Published and due: the command sends exactly one email, listing it, and the scheduled runs add none.
    system.shell(PUBLISH_ON_GOLD_IN_GHANA.format(title="Gold in Ghana, first", slug="gold-ghana-1"))
    assert system.shell(MAKE_DUE).endswith("1")
    out = manage(system.env, "send_alerts").stdout
    assert "1 alert(s) sent" in out
    mail = inbox.wait_for(2)[-1]
    assert "Gold in Ghana, first" in body(mail) and "Gold in Ghana, first" in unescape(body(mail, "html"))
    assert wait_quietly(inbox, 2.5) == 0

    # The scheduled run: the next record goes out by itself once the alert is due.
    system.scheduler()
    system.shell(PUBLISH_ON_GOLD_IN_GHANA.format(title="Gold in Ghana, second", slug="gold-ghana-2"))
    system.shell(MAKE_DUE)
    second = inbox.wait_for(3, timeout=30)[-1]
    assert "Gold in Ghana, second" in body(second) and "Gold in Ghana, first" not in body(second)
    assert wait_quietly(inbox, 2.5) == 0

    # One click (RFC 8058) from the mail's header; then nothing more, whatever is published.
    unsubscribe = second["List-Unsubscribe"].strip("<>")
    request = Request(unsubscribe, data=b"List-Unsubscribe=One-Click")
    with build_opener().open(request, timeout=30) as response:
        assert response.status == 200
    assert (
        system.shell("from newsletter.models import Subscription; print(Subscription.objects.alerts().count())") == "0"
    )
    system.shell(PUBLISH_ON_GOLD_IN_GHANA.format(title="Gold in Ghana, third", slug="gold-ghana-3"))
    system.shell(MAKE_DUE)
    assert "0 alert(s) sent" in manage(system.env, "send_alerts").stdout  # (nor by the scheduled runs)
    assert wait_quietly(inbox, 2.5) == 0


START_A_SEND = """
from datetime import timedelta
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from newsletter.models import Digest, DigestItem, NewsletterSend, Subscription
from newsletter.tasks import send_newsletter_batch
from publications.models import Publication
now = timezone.now()
for n in range({count}):
    Subscription.objects.create(email=f"subscriber{{n}}@example.org", kind="newsletter", state="active",
                                consent="Agreed", confirmed_at=now)
p = Publication.objects.create(title="In this issue", slug="in-this-issue", state="published", kind="report",
                               external_url="https://example.org/issue")
d = Digest.objects.create(title="Issue 1", since=now - timedelta(days=30), until=now, criteria={{"language": "en"}})
DigestItem.objects.create(digest=d, content_type=ContentType.objects.get_for_model(p), object_id=p.pk)
s = NewsletterSend.objects.create(digest=d, tested_at=now, started_at=now)
send_newsletter_batch.enqueue(s.pk)
"""


def test_a_newsletter_send_survives_its_worker_being_killed(system):
    inbox = system.inbox
    inbox.clear()
    count = 12
    system.scheduler()
    system.shell(START_A_SEND.format(count=count))
    inbox.wait_for(4)
    time.sleep(0.05)  # the worker marks the fourth sent, then waits its turn (0.2 s a mail)
    system.stop("worker", signal.SIGKILL)
    delivered = len(inbox)
    assert delivered < count, "the batch ended before the worker was killed"
    time.sleep(1)
    assert len(inbox) == delivered  # nothing is sent while no worker runs

    system.worker()  # the scheduler notices the stalled send and resumes it
    inbox.wait_for(count, timeout=60)
    assert wait_quietly(inbox, 2.5) == 0
    received = Counter(address for recipients, _ in inbox.messages for address in recipients)
    assert received == {f"subscriber{n}@example.org": 1 for n in range(count)}
    assert "finished" in system.shell(
        "from newsletter.models import NewsletterSend; s = NewsletterSend.objects.get(); "
        "print('finished' if s.finished_at else 'running', s.tally())"
    )
