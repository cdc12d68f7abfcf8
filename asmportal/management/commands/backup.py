"""Back up the database and the uploaded files into one folder (see asmportal/operations/backups.py)."""

from django.core.management.base import BaseCommand, CommandError

from asmportal.operations import backups


class Command(BaseCommand):
    help = "Write a backup (database dump, uploaded files, row-count manifest) to a new folder under --output."

    def add_arguments(self, parser):
        parser.add_argument("--output", default="backups", help="Folder that receives the backup (default: backups).")

    def handle(self, *args, output, **options):
        try:
            target = backups.create(output)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written to {target}"))
