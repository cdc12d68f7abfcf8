"""Restore a backup made by `manage.py backup`, then prove every table came back whole."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from asmportal.operations import backups


class Command(BaseCommand):
    help = "Replace the database and uploaded files with a backup folder's, and check every table's row count."

    def add_arguments(self, parser):
        parser.add_argument("source", help="A folder written by `manage.py backup`.")
        parser.add_argument("--yes", action="store_true", help="Overwrite a database that already holds records.")

    def handle(self, *args, source, yes, **options):
        if not yes and self.holds_records():
            raise CommandError(
                f"The database {connection.settings_dict['NAME']} already holds records; "
                "restoring replaces them all. Run again with --yes to go ahead."
            )
        try:
            manifest = backups.restore(source)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        if missing := backups.differences(manifest):
            lines = ", ".join(f"{label}: {want} in the backup, {got} now" for label, (want, got) in missing.items())
            raise CommandError(f"The restore is incomplete: {lines}")
        total = sum(manifest["rows"].values())
        self.stdout.write(
            self.style.SUCCESS(f"Restored {source}: {total} rows in {len(manifest['rows'])} tables match.")
        )

    @staticmethod
    def holds_records():
        tables = connection.introspection.table_names()
        if "interventions_intervention" not in tables:
            return False
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM interventions_intervention LIMIT 1")
            return cursor.fetchone() is not None
