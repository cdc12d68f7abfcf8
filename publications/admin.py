from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext

from catalog.curation import PublishableAdmin, RoleInline, SourceInline

from .file_text import request_reading
from .imports import PublicationResource
from .models import Publication, PublicationAuthor, PublicationOrganisation, PublicationSource, PublicationText


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


class FileTextFilter(admin.SimpleListFilter):
    """How reading the text of the file went (curators only)."""

    title = _("text of the file")
    parameter_name = "file_text"

    def lookups(self, request, model_admin):
        return [
            ("failed", _("Text extraction failed")),
            ("pending", _("Text extraction waiting")),
            ("done", _("Text read")),
        ]

    def queryset(self, request, queryset):
        if self.value() in PublicationText.State.values:
            return queryset.filter(file_text__state=self.value())
        return queryset


@admin.register(Publication)
class PublicationAdmin(PublishableAdmin):
    resource_classes = [PublicationResource]
    readonly_fields = [*PublishableAdmin.readonly_fields, "file_text_status"]
    actions = [*PublishableAdmin.actions, "read_file_text"]
    inlines = [PublicationAuthorInline, PublicationOrganisationInline, PublicationSourceInline]
    list_display = ["title", "kind", "date_display", "availability", "state_badge", "updated"]
    list_filter = [
        "state",
        "kind",
        "print_only",
        FileTextFilter,
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
                "fields": ["file", "file_text_status", "external_url", "print_only"],
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

    @admin.display(description=_("Text of the file"))
    def file_text_status(self, obj):
        status = PublicationText.objects.filter(publication=obj.pk).first() if obj.pk else None
        if status is None:
            return _("Not read (no file).") if not obj.file else _("Not read yet.")
        if status.state == PublicationText.State.FAILED:
            return format_html("{}: {}", status.get_state_display(), status.reason)
        if status.state == PublicationText.State.PENDING:
            return status.get_state_display()
        pages = ngettext("%(count)d page with text", "%(count)d pages with text", status.pages) % {
            "count": status.pages
        }
        if status.truncated:
            # Translators: appended to "12 pages with text" when reading stopped at a limit.
            pages += " " + str(_("(stopped at a limit of pages, text or time)"))
        return format_html("{}: {}", status.get_state_display(), pages)

    @admin.action(description=_("Read the text of the selected publications’ files again"), permissions=["change"])
    def read_file_text(self, request, queryset):
        count = request_reading(queryset)
        message = ngettext(
            "The file of %(count)d publication will be read again shortly.",
            "The files of %(count)d publications will be read again shortly.",
            count,
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)
