from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from catalog.curation import PublishableAdmin, RoleInline, SourceInline

from .imports import PublicationResource
from .models import Publication, PublicationAuthor, PublicationOrganisation, PublicationSource


class PublicationAuthorInline(admin.TabularInline):
    model = PublicationAuthor
    extra = 0  # no empty row; "Add another" makes one
    fields = ["position", "person"]
    autocomplete_fields = ["person"]
    beside_title = True  # what a curator enters first, so next to the title (admin/change_form.html)


class PublicationOrganisationInline(RoleInline):
    model = PublicationOrganisation


class PublicationSourceInline(SourceInline):
    model = PublicationSource


@admin.register(Publication)
class PublicationAdmin(PublishableAdmin):
    resource_classes = [PublicationResource]
    inlines = [PublicationAuthorInline, PublicationOrganisationInline, PublicationSourceInline]
    list_display = ["title", "kind", "date_display", "availability", "state_badge", "updated"]
    list_filter = [
        "state",
        "kind",
        "print_only",
        # Large vocabularies list only the values some publication uses (every ISO language would be ~180 rows
        # of "(0)"); the nine areas of work are all listed, so an empty one shows as a gap.
        ("languages", admin.RelatedOnlyFieldListFilter),
        "areas_of_work",
        ("minerals", admin.RelatedOnlyFieldListFilter),
        ("countries", admin.RelatedOnlyFieldListFilter),
        ("organisations", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = [
        *PublishableAdmin.search_fields,
        "body",
        "doi",
        "isbn",
        "authors__person__family_name",
        "authors__person__given_names",
        "organisations__name",
        "organisations__acronym",
    ]
    autocomplete_fields = [*PublishableAdmin.autocomplete_fields, "languages", "interventions", "events"]
    date_hierarchy = "publication_date"
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "kind", ("publication_date", "date_precision"), "languages"]}),
        (
            _("Where to get it"),
            {
                "fields": ["file", "external_url", "print_only"],
                "description": _("Give a file, a link, or tick “print only” — a publication needs at least one."),
            },
        ),
        (_("Identifiers and licence"), {"fields": [("doi", "isbn"), "licence"]}),
        (_("Links"), {"fields": ["interventions", "events"]}),
        PublishableAdmin.classification_fieldset,
        (_("Text"), {"fields": ["body"]}),
        PublishableAdmin.translations_fieldset("title", "summary", "body"),
        PublishableAdmin.workflow_fieldset,
    ]

    @admin.display(description=_("Date"), ordering="publication_date")
    def date_display(self, obj):
        return obj.date_display

    @admin.display(description=_("Available as"))
    def availability(self, obj):
        return ", ".join(
            label
            for label, present in [
                (pgettext("available as", "file"), bool(obj.file)),
                (pgettext("available as", "link"), bool(obj.external_url)),
                (pgettext("available as", "print"), obj.print_only),
            ]
            if present
        )
