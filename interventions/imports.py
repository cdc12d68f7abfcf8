from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from import_export import fields, widgets

from catalog.imports import (
    CLASSIFICATION_COLUMNS,
    ChoiceWidget,
    Column,
    PublishableResource,
    TextWidget,
    quoted,
)

from .iati import (
    IATI_COLUMNS,
    LANGUAGE_COLUMN,
    ORGANISATIONS_COLUMN,
    PROBLEMS_COLUMN,
    TRANSLATION_COLUMNS,
    Organisations,
)
from .models import Intervention, InterventionRole

ROLE_COLUMNS = {
    "funders": Column("organisations", role=InterventionRole.Role.FUNDING),
    "implementers": Column("organisations", role=InterventionRole.Role.IMPLEMENTING),
    "accountable": Column("organisations", role=InterventionRole.Role.ACCOUNTABLE),
    "extending": Column("organisations", role=InterventionRole.Role.EXTENDING),
}


class InterventionResource(PublishableResource):
    kind = fields.Field(attribute="kind", column_name="kind", widget=ChoiceWidget(Intervention.Kind, required=True))
    status = fields.Field(attribute="status", column_name="status", widget=ChoiceWidget(Intervention.Status))
    focus = fields.Field(attribute="focus", column_name="focus", widget=ChoiceWidget(Intervention.Focus))
    approach = fields.Field(attribute="approach", column_name="approach", widget=ChoiceWidget(Intervention.Approach))
    start_date = fields.Field(attribute="start_date", column_name="start_date", widget=widgets.DateWidget("%Y-%m-%d"))
    end_date = fields.Field(attribute="end_date", column_name="end_date", widget=widgets.DateWidget("%Y-%m-%d"))
    currency = fields.Field(attribute="currency", column_name="currency", widget=TextWidget())
    funders = fields.Field(column_name="funders")
    implementers = fields.Field(column_name="implementers")
    accountable = fields.Field(column_name="accountable")
    extending = fields.Field(column_name="extending")

    columns = {**CLASSIFICATION_COLUMNS, **ROLE_COLUMNS}
    role_model = InterventionRole
    role_parent = "intervention"

    # An IATI activities file (interventions.iati) is read into the same rows, with columns of its own:
    # which activity a row is and what of it could not be mapped to the portal's vocabularies; its
    # organisations with their IATI identifiers (found, or added to the catalogue); its translations.
    def column_problem(self, headers):
        return super().column_problem([h for h in headers if h not in IATI_COLUMNS])

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        self.iati_organisations = None
        if ORGANISATIONS_COLUMN in (dataset.headers or []):
            # Every organisation of the file found (or added, by the import) before the first row: outside
            # the rows' savepoints, inside the import's transaction, so a refused file adds none.
            self.iati_organisations = Organisations(self.actor, create=not self.checking)
            for cell in dataset[ORGANISATIONS_COLUMN]:
                self.iati_organisations.resolve(cell)

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        iati = self.iati_organisations is not None
        try:
            # The organisations of an IATI row are its own column's, found by IATI identifier as well as name.
            super().import_instance(
                instance, {k: v for k, v in row.items() if k not in ROLE_COLUMNS} if iati else row, **kwargs
            )
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        if iati:
            self.import_iati(instance, row, errors)
        if row.get(PROBLEMS_COLUMN):
            errors.setdefault(PROBLEMS_COLUMN, []).append(ValidationError(row[PROBLEMS_COLUMN]))
        if errors:
            raise ValidationError(errors)

    def import_iati(self, instance, row, errors):
        found, refused = self.iati_organisations.resolve(row.get(ORGANISATIONS_COLUMN))
        for column, organisations in found.items():
            instance._import_relations[column] = organisations
            instance._import_preview[column] = "; ".join(self.iati_organisations.label(o) for o in organisations)
        for column, names in refused.items():
            message = gettext(
                # Translators: names are the quoted names (and IATI identifiers) of organisations.
                "Not in the catalogue: %(names)s. You may not add organisations: ask a curator or an editor to "
                "add them, or to import this file."
            ) % {"names": quoted(names)}
            errors.setdefault(column, []).append(ValidationError(message))
        # The record's language, and the translations the file gives (those it does not give are kept).
        if row.get(LANGUAGE_COLUMN):
            instance.original_language = row[LANGUAGE_COLUMN]
        for column in TRANSLATION_COLUMNS:
            if row.get(column):
                setattr(instance, column, row[column])

    class Meta(PublishableResource.Meta):
        model = Intervention
        fields = [
            "title",
            "slug",
            "summary",
            "state",
            "kind",
            "status",
            "focus",
            "approach",
            "start_date",
            "end_date",
            "budget",
            "currency",
            "website",
            "iati_identifier",
            "description",
            "lessons_learned",
            "gaps",
            "countries",
            "minerals",
            "areas_of_work",
            "topics",
            "sources",
            "funders",
            "implementers",
            "accountable",
            "extending",
        ]
        export_order = fields
