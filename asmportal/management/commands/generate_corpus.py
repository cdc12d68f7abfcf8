import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from asmportal.operations.corpus import Corpus, delete_corpus


class Command(BaseCommand):
    help = (
        "Load a deterministic SYNTHETIC corpus for benchmarks: N interventions, N publications, N/5 events, "
        "all linked (slugs start with 'synthetic-'). Never for a real portal."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=1000, help="Interventions and publications to make.")
        parser.add_argument("--seed", type=int, default=1, help="The same seed gives the same corpus.")
        parser.add_argument("--delete", action="store_true", help="Remove the synthetic records instead.")
        parser.add_argument("--force", action="store_true", help="Allow it with DEBUG off (benchmark servers).")

    def handle(self, *args, scale, seed, delete, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError("Refusing to load synthetic records with DEBUG off; pass --force on a benchmark server.")
        if delete:
            for name, count in delete_corpus().items():
                self.stdout.write(f"Deleted {count} synthetic {name}.")
            return
        if scale < 1:
            raise CommandError("--scale must be at least 1.")
        started = time.perf_counter()
        Corpus(scale, seed).build(log=lambda line: self.stdout.write(f"  {line}"))
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # fresh statistics, so the planner knows the new table sizes
        self.stdout.write(f"Synthetic corpus at scale {scale} (seed {seed}) in {time.perf_counter() - started:.1f}s.")
