from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from import_export.formats.base_formats import CSV, XLSX

from catalog.curation import PublishableAdmin, RoleInline, SourceInline

from .iati import IATIActivities, IATIFileError
from .imports import InterventionResource
from .models import Intervention, InterventionRole, InterventionSource


class InterventionRoleInline(RoleInline):
    model = InterventionRole


class InterventionSourceInline(SourceInline):
    model = InterventionSource


@admin.register(Intervention)
class InterventionAdmin(PublishableAdmin):
    resource_classes = [InterventionResource]
    import_formats = [CSV, XLSX, IATIActivities]  # spreadsheets, and IATI activities files (interventions.iati)
    inlines = [InterventionRoleInline, InterventionSourceInline]
    list_display = ["title", "kind", "status", "focus", "period", "featured", "state_badge", "updated"]
    list_filter = [
        "state",
        "kind",
        "status",
        "focus",
        "approach",
        "featured",
        "areas_of_work",  # all nine are listed, so an empty one shows as a gap
        # Large vocabularies list only the values some intervention uses.
        ("minerals", admin.RelatedOnlyFieldListFilter),
        ("countries", admin.RelatedOnlyFieldListFilter),
        ("organisations", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = [
        *PublishableAdmin.search_fields,
        "description",
        "iati_identifier",
        "organisations__name",
        "organisations__acronym",
    ]
    date_hierarchy = "start_date"
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "kind", "status", "focus", "approach", "featured"]}),
        (_("Dates and budget"), {"fields": [("start_date", "end_date"), "date_precision", ("budget", "currency")]}),
        PublishableAdmin.classification_fieldset,
        (_("Details"), {"fields": ["description", "lessons_learned", "gaps", "website", "iati_identifier"]}),
        PublishableAdmin.translations_fieldset("title", "summary", "description"),
        PublishableAdmin.workflow_fieldset,
    ]

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, IATIFileError):  # the reader says what is wrong with the file, in words
            form.add_error("import_file", str(e))
        else:
            super().add_data_read_fail_error_to_form(form, e)

    @admin.display(description=_("Dates"), ordering="start_date")
    def period(self, obj):
        return obj.period
