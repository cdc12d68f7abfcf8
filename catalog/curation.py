"""The admin every content type is curated in: review workflow, publishing rights, history, import."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import AdminErrorList
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from import_export.forms import ImportForm
from simple_history.admin import SimpleHistoryAdmin

from . import editorial
from .models import State
from .models.translations import translation_fields
from .uploads import FileContentValidator, MaxFileSizeValidator

IMPORT_MAX_BYTES = 5 * 1024 * 1024  # a spreadsheet of thousands of records is well under a megabyte
CHOOSE_AGAIN = _(
    # Translators: {name} is the name of the file the curator chose, e.g. report.pdf.
    "“{name}” was not saved, because something else on this page needs correcting, and a browser cannot keep "
    "a chosen file after a failed save. Choose the file again before you save."
)


class CheckedImportForm(ImportForm):
    """Spreadsheets are checked before anything parses them: size, and for .xlsx the archive's
    shape, so a zip bomb is refused without being unpacked."""

    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        MaxFileSizeValidator(IMPORT_MAX_BYTES)(upload)
        FileContentValidator()(upload)
        return upload


class PublishableAdminForm(forms.ModelForm):
    editor = editorial.OPERATOR  # the signed-in user, set per request by PublishableAdmin.get_form

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "state" in self.fields:  # absent where the user may only view
            # Only the menu is narrowed: the field still accepts every state, so a forged or stale
            # choice reaches clean_state and is refused with the rule's own message.
            field = self.fields["state"]
            allowed = editorial.settable_states(self.editor, self._meta.model, self.instance.pk)
            field.widget.choices = [(value, label) for value, label in field.choices if value in allowed]

    def clean_state(self):
        # Judged against the row in the database: a past version offered for revert, or a stale form,
        # says nothing about what the public sees now.
        new = self.cleaned_data["state"]
        message = editorial.refusal(self.editor, self._meta.model, self.instance.pk, new)
        if message:
            raise ValidationError(message)
        return new


class PublishableAdmin(ImportExportMixin, SimpleHistoryAdmin):
    form = PublishableAdminForm
    import_form_class = CheckedImportForm
    list_display = ["title", "state_badge", "updated"]
    list_filter = ["state"]
    search_fields = ["title", "slug", "summary"]
    autocomplete_fields = ["countries", "minerals", "areas_of_work", "topics"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["published_at", "created", "updated"]
    actions = ["send_to_review", "publish", "unpublish"]
    show_facets = admin.ShowFacets.ALWAYS
    save_on_top = True
    list_per_page = 50

    class Media:
        css = {"all": ["css/admin.css"]}

    classification_fieldset = (
        _("Classification"),
        {"fields": ["areas_of_work", "countries", "minerals", "topics"]},
    )
    workflow_fieldset = (_("Workflow"), {"fields": ["state", "notes", "published_at", "created", "updated"]})

    @staticmethod
    def translations_fieldset(*fields):
        """The record's language and its versions in each interface language, side by side."""
        return (
            _("Language and translations"),
            {
                "fields": ["original_language", *(tuple(translation_fields(field)) for field in fields)],
                "description": _(
                    "The title, summary and description above are in the original language. Add them in "
                    "English, French or Spanish where you have a faithful translation: pages in that language "
                    "show it, and show the original, marked with its language, where there is none."
                ),
            },
        )

    @admin.display(description=pgettext_lazy("editorial", "State"), ordering="state")
    def state_badge(self, obj):
        # Coloured by a class (css/admin.css), not a style attribute: the CSP refuses those.
        return format_html('<strong class="state-badge state-{}">{}</strong>', obj.state, obj.get_state_display())

    def process_dataset(self, dataset, form, request, **kwargs):
        # The confirm step re-runs every check; a row refused now (the record changed since the preview,
        # or the confirmation was forged) refuses the whole file, as the preview would have.
        kwargs.setdefault("rollback_on_validation_errors", True)
        return super().process_dataset(dataset, form, request, **kwargs)

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            self.message_user(
                request,
                gettext("Nothing was imported: the file no longer passes its checks. Upload it again."),
                messages.ERROR,
            )
            return HttpResponseRedirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_import"))
        return super().process_result(result, request)

    def has_publish_permission(self, request):
        return editorial.may_publish(request.user, self.model)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # Rendered on a POST only when the save failed (a saved form redirects).
        if request.method == "POST" and context.get("errors") and ask_for_files_again(context["adminform"].form):
            formsets = [inline.formset for inline in context["inline_admin_formsets"]]
            context["errors"] = AdminErrorList(context["adminform"].form, formsets)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.editor = request.user
        return form

    def _move(self, request, queryset, state, verb, done, refused_message):
        """Change state one record at a time so each change lands in the record's history.

        `verb` names the action in the history (English, as stored); `done(count)` and
        `refused_message` (with %(records)s) are what the curator reads."""
        moved, refused = 0, []
        with transaction.atomic():
            for obj in queryset.exclude(state=state):
                obj.state = state
                try:
                    editorial.check(obj)
                    obj.validate_constraints()
                except ValidationError as exc:
                    # Translators: a record refused by a bulk action: its title, then why.
                    reason = gettext("“%(record)s”: %(reasons)s")
                    refused.append(reason % {"record": obj, "reasons": " ".join(exc.messages)})
                    continue
                obj._change_reason = f"Bulk action: {verb}"
                obj.save()
                moved += 1
        self.message_user(request, done(moved), messages.SUCCESS)
        if refused:
            self.message_user(request, refused_message % {"records": "; ".join(refused)}, messages.ERROR)

    @admin.action(description=_("Send selected to review"), permissions=["change"])
    def send_to_review(self, request, queryset):
        self._move(
            request,
            queryset,
            State.IN_REVIEW,
            "sent to review",
            lambda n: (
                ngettext("Sent to review: %(count)d record.", "Sent to review: %(count)d records.", n) % {"count": n}
            ),
            # Translators: followed by each refused record's title and the reason.
            gettext("Not sent to review: %(records)s"),
        )

    @admin.action(description=_("Publish selected"), permissions=["publish"])
    def publish(self, request, queryset):
        self._move(
            request,
            queryset,
            State.PUBLISHED,
            "published",
            lambda n: ngettext("Published: %(count)d record.", "Published: %(count)d records.", n) % {"count": n},
            # Translators: followed by each refused record's title and the reason.
            gettext("Not published: %(records)s"),
        )

    @admin.action(description=_("Unpublish selected (back to draft)"), permissions=["publish"])
    def unpublish(self, request, queryset):
        self._move(
            request,
            queryset.filter(state=State.PUBLISHED),
            State.DRAFT,
            "unpublished",
            lambda n: ngettext("Unpublished: %(count)d record.", "Unpublished: %(count)d records.", n) % {"count": n},
            # Translators: followed by each refused record's title and the reason.
            gettext("Not unpublished: %(records)s"),
        )


def ask_for_files_again(form):
    """Tell the curator, at each file field, that the file they chose is gone: the page is sent back
    without it. True if there was one. A refused file has its own error and needs no second one."""
    asked = False
    for name, field in form.fields.items():
        upload = form.files.get(form.add_prefix(name))
        if isinstance(field, forms.FileField) and upload and not form.has_error(name):
            form.add_error(name, ValidationError(CHOOSE_AGAIN.format(name=upload.name), code="choose_again"))
            asked = True
    return asked


class RoleInline(admin.TabularInline):
    """Organisations in a role on a record, picked by autocomplete.

    No empty row is offered ("Add another" makes one), and a new row's role starts blank: a row
    saves only what the curator chose, never a preset role they did not notice."""

    autocomplete_fields = ["organisation"]
    extra = 0
    beside_title = True  # admin/change_form.html shows it right after the first fieldset

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "role":
            kwargs["choices"] = db_field.get_choices(include_blank=True)
            kwargs["initial"] = None
        return super().formfield_for_choice_field(db_field, request, **kwargs)


class SourceInline(admin.TabularInline):
    """The pages a record cites, in the order its Sources section lists them."""

    fields = ["url", "title", "checked_on", "backs", "position"]
    extra = 0  # no empty row saved by accident; "Add another" makes one
    verbose_name_plural = _("sources: the pages this record’s facts come from")
