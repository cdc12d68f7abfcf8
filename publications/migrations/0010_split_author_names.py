"""Each author's undivided name becomes a person with a family name and given names.

"Taylor, Lisa Rende" and "Lisa Rende Taylor" split as written; one word, an acronym or a name with
words organisations use keep the whole name as the family name and are flagged "needs checking"
(listed by `manage.py people_to_check`). Authors with the same name become one person.
Reversed, each author gets back the person's name as one string."""

from django.db import migrations
from django.utils.text import slugify

from catalog.people import split_name


def split_authors(apps, schema_editor):
    Person = apps.get_model("catalog", "Person")
    PublicationAuthor = apps.get_model("publications", "PublicationAuthor")
    people = {}
    taken = set(Person.objects.values_list("slug", flat=True))
    for author in PublicationAuthor.objects.filter(person__isnull=True).order_by("pk"):
        family, given, confident = split_name(author.name)
        key = (family.lower(), given.lower())
        if key not in people:
            person = Person.objects.filter(family_name__iexact=family, given_names__iexact=given).first()
            if person is None:
                base = slugify(f"{given} {family}")[:190] or "person"
                slug, n = base, 1
                while slug in taken:
                    n += 1
                    slug = f"{base}-{n}"
                taken.add(slug)
                person = Person.objects.create(
                    family_name=family or "?", given_names=given, slug=slug, needs_checking=not confident
                )
            people[key] = person
        author.person = people[key]
        author.save(update_fields=["person"])


def join_names(apps, schema_editor):
    PublicationAuthor = apps.get_model("publications", "PublicationAuthor")
    for author in PublicationAuthor.objects.select_related("person").order_by("pk"):
        author.name = f"{author.person.given_names} {author.person.family_name}".strip()
        author.save(update_fields=["name"])


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0011_person"),
        ("publications", "0009_author_person"),
    ]

    operations = [migrations.RunPython(split_authors, join_names)]
