from django.core.exceptions import ValidationError
from import_export import fields, widgets

from catalog.imports import (
    CLASSIFICATION_COLUMNS,
    ChoiceWidget,
    Column,
    PublishableResource,
    TextWidget,
)

from .iati import IATI_COLUMNS, PROBLEMS_COLUMN
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

    # An IATI activities file (interventions.iati) is read into the same rows, with two columns of its own:
    # which activity a row is, and what of it could not be mapped to the portal's vocabularies.
    def column_problem(self, headers):
        return super().column_problem([h for h in headers if h not in IATI_COLUMNS])

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        if row.get(PROBLEMS_COLUMN):
            errors.setdefault(PROBLEMS_COLUMN, []).append(ValidationError(row[PROBLEMS_COLUMN]))
        if errors:
            raise ValidationError(errors)

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
