"""`manage.py translations extract|compile|check`: the catalogues in locale/ (see README)."""

from django.core.management.base import BaseCommand, CommandError

from asmportal.translation import catalogues


class Command(BaseCommand):
    help = (
        "extract: add new strings to locale/*/LC_MESSAGES/django.po; compile: build the .mo files; "
        "check: fail when a string is missing from a catalogue or a translation is empty or fuzzy."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["extract", "compile", "check"])

    def handle(self, *args, action, **options):
        if action == "extract":
            catalogues.extract(verbosity=options["verbosity"])
            self.stdout.write("catalogues updated: translate the new entries, then run `make messages` again")
        elif action == "compile":
            for path in catalogues.compile_all():
                self.stdout.write(f"compiled {path}")
        else:
            found = catalogues.problems()
            for line in found:
                self.stderr.write(line)
            if found:
                raise CommandError(f"{len(found)} catalogue problem(s): see above")
            self.stdout.write("catalogues complete")
