"""Enqueue the periodic jobs of settings.SCHEDULE as their time comes (see asmportal.background.schedule)."""

import signal
import time

from django.core.management.base import BaseCommand

from ...schedule import enqueue_due, jobs


class Command(BaseCommand):
    help = "Enqueue periodic jobs (alerts, reminders, purges) when due; --once for cron or a systemd timer."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Enqueue what is due now, then stop.")
        parser.add_argument("--interval", type=float, default=30.0, help="Seconds between looks (default 30).")

    def handle(self, *args, once=False, interval=30.0, **options):
        self.stopping = False
        if not once:
            signal.signal(signal.SIGTERM, self.stop)
            signal.signal(signal.SIGINT, self.stop)
            names = ", ".join(f"{job.name} every {job.every} s" for job in jobs())
            self.stdout.write(f"Scheduler started: {names}")
        while True:
            for job in enqueue_due():
                self.stdout.write(f"Enqueued {job.name}")
            if once or self.stopping:
                return
            deadline = time.monotonic() + interval
            while not self.stopping and time.monotonic() < deadline:
                time.sleep(min(1.0, interval))

    def stop(self, signum, frame):
        self.stopping = True
