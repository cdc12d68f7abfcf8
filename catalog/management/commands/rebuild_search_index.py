from django.apps import apps
from django.core.management.base import BaseCommand

from catalog.models import Publishable
from catalog.search import index


class Command(BaseCommand):
    help = "Rebuild the full-text search index of every content type (after an upgrade or a bulk update())."

    def handle(self, *args, **options):
        for model in apps.get_models():
            if issubclass(model, Publishable):
                total = 0
                for obj in model._base_manager.iterator(chunk_size=500):
                    index(obj)
                    total += 1
                self.stdout.write(f"{model._meta.verbose_name_plural}: {total} indexed")
