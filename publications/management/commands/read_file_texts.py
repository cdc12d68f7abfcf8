from django.core.management.base import BaseCommand
from django.db import transaction

from publications.file_text import request_reading
from publications.models import Publication


class Command(BaseCommand):
    help = (
        "Queue the reading of publications' files for search: those never read (after an upgrade), "
        "or with --failed those whose reading failed, or with --all every one."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--failed", action="store_true", help="Only files whose reading failed.")
        which.add_argument("--all", action="store_true", help="Every file, read or not.")

    def handle(self, *args, failed=False, all=False, **options):
        publications = Publication.objects.exclude(file="")
        if failed:
            publications = publications.filter(file_text__state="failed")
        elif not all:
            publications = publications.filter(file_text__isnull=True)
        with transaction.atomic():
            count = request_reading(publications.only("pk", "file"))
        self.stdout.write(f"{count} files queued for reading; `manage.py db_worker` reads them.")
