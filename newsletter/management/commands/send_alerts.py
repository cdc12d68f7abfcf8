"""Send every alert that is due now (what the scheduled `send-alerts` job runs)."""

from django.core.management.base import BaseCommand, CommandError

from ...sending import NotAllSent, send_alerts


class Command(BaseCommand):
    help = "Send the search alerts due now: one mail per alert with new matches, none when nothing is new."

    def handle(self, *args, **options):
        try:
            sent = send_alerts()
        except NotAllSent as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"{sent} alert(s) sent")
