from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from import_export import fields, widgets

from catalog.imports import (
    CLASSIFICATION_COLUMNS,
    ChoiceWidget,
    Column,
    Lookup,
    PublishableResource,
)
from catalog.models import DatePrecision, Person
from catalog.people import format_person, parse_people
from events.models import Event
from interventions.models import Intervention

from .models import Publication, PublicationAuthor, PublicationOrganisation

RELATED_COLUMNS = {
    "languages": Column("languages", attribute="languages", export_as="code"),
    "interventions": Column("interventions", attribute="interventions", export_as="slug"),
    "events": Column("events", attribute="events", export_as="slug"),
    "author_organisations": Column("organisations", role=PublicationOrganisation.Role.AUTHOR),
    "publishers": Column("organisations", role=PublicationOrganisation.Role.PUBLISHER),
    "commissioners": Column("organisations", role=PublicationOrganisation.Role.COMMISSIONER),
}


class PublicationResource(PublishableResource):
    kind = fields.Field(attribute="kind", column_name="kind", widget=ChoiceWidget(Publication.Kind, required=True))
    publication_date = fields.Field(
        attribute="publication_date", column_name="publication_date", widget=widgets.DateWidget("%Y-%m-%d")
    )
    date_precision = fields.Field(
        attribute="date_precision", column_name="date_precision", widget=ChoiceWidget(DatePrecision)
    )
    print_only = fields.Field(attribute="print_only", column_name="print_only", widget=widgets.BooleanWidget())
    authors = fields.Field(column_name="authors")
    languages = fields.Field(column_name="languages")
    interventions = fields.Field(column_name="interventions")
    events = fields.Field(column_name="events")
    author_organisations = fields.Field(column_name="author_organisations")
    publishers = fields.Field(column_name="publishers")
    commissioners = fields.Field(column_name="commissioners")

    columns = {**CLASSIFICATION_COLUMNS, **RELATED_COLUMNS}
    role_model = PublicationOrganisation
    role_parent = "publication"

    class Meta(PublishableResource.Meta):
        model = Publication
        fields = [
            "title",
            "slug",
            "summary",
            "state",
            "kind",
            "publication_date",
            "date_precision",
            "authors",
            "author_organisations",
            "publishers",
            "commissioners",
            "languages",
            "external_url",
            "print_only",
            "doi",
            "isbn",
            "licence",
            "body",
            "countries",
            "minerals",
            "areas_of_work",
            "topics",
            "sources",
            "interventions",
            "events",
        ]
        export_order = fields

    def get_lookups(self):
        lookups = super().get_lookups()
        hint = gettext("Use the slug or exact title of a record already in the portal.")
        lookups["interventions"] = Lookup(Intervention.objects.all(), ["slug", "title"], "intervention", hint)
        lookups["events"] = Lookup(Event.objects.all(), ["slug", "title"], "event", hint)
        return lookups

    def before_import_row(self, row, **kwargs):
        super().before_import_row(row, **kwargs)
        if not str(row.get("date_precision") or "").strip():
            row["date_precision"] = DatePrecision.DAY
        if "print_only" in row and not str(row["print_only"]).strip():
            row["print_only"] = "false"  # an empty cell is the field's default, not an error

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        try:
            people = parse_people(row.get("authors"))
        except ValidationError as exc:
            errors.setdefault("authors", []).extend(exc.error_list)
            people = []
        instance._import_authors = people if "authors" in row else None
        if "authors" in row:
            instance._import_preview["authors"] = "; ".join(format_person(p.family, p.given) for p in people)
        if errors:
            raise ValidationError(errors)

    def save_links(self, instance):
        super().save_links(instance)
        people = getattr(instance, "_import_authors", None)
        stored = [(a.person.family_name, a.person.given_names) for a in instance.authors.select_related("person")]
        if people is not None and [(p.family, p.given) for p in people] != stored:
            instance.authors.all().delete()
            PublicationAuthor.objects.bulk_create(
                PublicationAuthor(publication=instance, person=Person.objects.named(*split), position=position)
                for position, split in enumerate(people, 1)
            )

    def stored_prefetch(self):
        return [*super().stored_prefetch(), "authors__person"]

    def stored_preview(self, publication):
        return super().stored_preview(publication) | {"authors": self.dehydrate_authors(publication)}

    def linked_columns(self):
        return super().linked_columns() | {"authors"}

    def dehydrate_authors(self, publication):
        return "; ".join(author.person.cited_name for author in publication.authors.all())
