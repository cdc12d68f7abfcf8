"""List the people whose names were split without confidence, for curators to check."""

from django.core.management.base import BaseCommand

from catalog.models import Person


class Command(BaseCommand):
    help = "List people flagged “needs checking” (names split into family and given names without confidence)."

    def handle(self, *args, **options):
        people = Person.objects.needing_check().order_by("family_name", "given_names")
        for person in people:
            self.stdout.write(f"{person.slug}\t{person.family_name}\t{person.given_names}")
        self.stderr.write(f"{len(people)} to check; untick “needs checking” in the admin once a name is right.")
