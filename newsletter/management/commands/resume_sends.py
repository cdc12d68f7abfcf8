"""Carry on newsletter sends whose worker stopped (what the scheduled `resume-newsletter-sends` job runs)."""

from django.core.management.base import BaseCommand

from ...sending import stalled_sends
from ...tasks import send_newsletter_batch


class Command(BaseCommand):
    help = "Enqueue the next batch of every newsletter send not heard from for NEWSLETTER_STALL_SECONDS."

    def add_arguments(self, parser):
        parser.add_argument("--after", type=int, default=None, help="Seconds without progress (default: the setting).")

    def handle(self, *args, after=None, **options):
        sends = stalled_sends(after=after)
        for send in sends:
            send_newsletter_batch.enqueue(send.pk)
        self.stdout.write(f"{len(sends)} send(s) resumed")
