"""The curators' queue: what visitors suggested, newest first, to accept or decline.

What a visitor sent is shown as sent and cannot be edited; a curator records the decision (who and
when are kept), may note what was done, and may thank a sender who left an address. Nothing here
changes a record: the link leads to the record's own admin page, where a curator edits it."""

from django.contrib import admin, messages
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Suggestion
from .tasks import thank_sender

SENT = ("kind", "record_type", "concerns", "record_title", "source_link", "message", "name", "email", "language")
DECISION = ("state", "decided_by", "decided_at", "notified_at", "thanks_requested_at", "thanked_at")


@admin.register(Suggestion)
class SuggestionAdmin(admin.ModelAdmin):
    # "title" gets the changelist's readable title column (css/admin.css).
    list_display = ("title", "kind", "state", "received_at", "excerpt", "has_address", "thanked_at")
    list_display_links = ("received_at", "title")
    list_filter = ("state", "kind", "record_type", "language")
    search_fields = ("record_title", "message", "name")
    list_select_related = ("intervention", "publication", "event")
    date_hierarchy = "received_at"
    actions = ["accept", "decline", "thank"]
    fieldsets = [
        (_("What the visitor sent"), {"fields": ("received_at", *SENT)}),
        (_("Decision"), {"fields": (*DECISION, "curator_note")}),
    ]
    readonly_fields = ("received_at", *SENT, *DECISION)

    class Media:
        css = {"all": ["css/admin.css"]}

    def has_add_permission(self, request):
        return False  # suggestions come from visitors

    @admin.display(description=_("concerns"))
    def title(self, suggestion):
        if suggestion.kind == Suggestion.Kind.NEW_RECORD:
            return format_html("{} — {}", suggestion.get_record_type_display(), suggestion.record_title)
        if suggestion.concerns_about_page:
            return _("The About page")
        return suggestion.record_title

    @admin.display(description=_("message"))
    def excerpt(self, suggestion):
        return Truncator(suggestion.message).chars(120)

    @admin.display(description=_("address left"), boolean=True)
    def has_address(self, suggestion):
        return bool(suggestion.email)

    @admin.display(description=_("record"))
    def concerns(self, suggestion):
        """Links to the record's admin page and, while it is published, its public page."""
        record = suggestion.record
        if suggestion.concerns_about_page:
            return format_html('<a href="{}">{}</a>', reverse("about"), _("The About page"))
        if record is None:
            return _("No record: a new one is suggested.") if suggestion.kind == Suggestion.Kind.NEW_RECORD else "—"
        opts = record._meta
        links = [
            (reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk]), _("edit in the admin"))
        ]
        if record.is_public:
            links.append((record.get_absolute_url(), _("public page")))
        return format_html("{} ({})", record.title, format_html_join(" · ", '<a href="{}">{}</a>', links))

    @admin.display(description=_("source link"))
    def source_link(self, suggestion):
        if not suggestion.source_url:
            return "—"
        return format_html(
            '<a href="{}" rel="noopener noreferrer nofollow">{}</a>', suggestion.source_url, suggestion.source_url
        )

    def decide(self, request, queryset, state):
        now = timezone.now()
        changed = 0
        with transaction.atomic():
            for suggestion in queryset.exclude(state=state):
                suggestion.state, suggestion.decided_by, suggestion.decided_at = state, request.user, now
                suggestion.save(update_fields=["state", "decided_by", "decided_at"])
                self.log_change(request, suggestion, [{"changed": {"fields": ["state"]}}])
                changed += 1
        return changed

    @admin.action(description=_("Accept selected suggestions"), permissions=["change"])
    def accept(self, request, queryset):
        count = self.decide(request, queryset, Suggestion.State.ACCEPTED)
        self.message_user(
            request,
            ngettext("%(count)d suggestion accepted.", "%(count)d suggestions accepted.", count) % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Decline selected suggestions"), permissions=["change"])
    def decline(self, request, queryset):
        count = self.decide(request, queryset, Suggestion.State.DECLINED)
        self.message_user(
            request,
            ngettext("%(count)d suggestion declined.", "%(count)d suggestions declined.", count) % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Thank the senders (once, by email)"), permissions=["change"])
    def thank(self, request, queryset):
        """Queue one thank-you mail per decided suggestion whose sender left an address and has not
        been thanked; the claim on thanks_requested_at makes a second click, or a second curator, a no-op."""
        now, queued, skipped = timezone.now(), 0, 0
        for pk in queryset.values_list("pk", flat=True):
            with transaction.atomic():
                claimed = (
                    Suggestion.objects.filter(pk=pk, thanks_requested_at__isnull=True)
                    .exclude(email="")
                    .exclude(state=Suggestion.State.NEW)
                    .update(thanks_requested_at=now)
                )
                if claimed:
                    thank_sender.enqueue(pk)
                    queued += 1
                else:
                    skipped += 1
        if queued:
            self.message_user(
                request,
                ngettext(
                    "A thank-you email to %(count)d sender is on its way.",
                    "Thank-you emails to %(count)d senders are on their way.",
                    queued,
                )
                % {"count": queued},
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d suggestion skipped: not yet decided, no address left, or already thanked.",
                    "%(count)d suggestions skipped: not yet decided, no address left, or already thanked.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )
