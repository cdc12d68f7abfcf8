from django.contrib import admin
from django.db.models import Count
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .models import Delivery, Digest, NewsletterSend, Subscription


@admin.register(Digest)
class DigestAdmin(admin.ModelAdmin):
    list_display = ["title", "since", "until", "item_count", "created_by", "created"]
    list_select_related = ["created_by"]
    search_fields = ["title", "intro"]
    date_hierarchy = "until"
    fields = ["title", "intro", "since", "until", "criteria", "created_by", "created"]
    readonly_fields = ["since", "until", "criteria", "created_by", "created"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(item_count=Count("items"))

    @admin.display(description=_("Records"), ordering="item_count")
    def item_count(self, digest):
        return digest.item_count

    def add_view(self, request, form_url="", extra_context=None):
        # Digests are composed on the builder page, where records are chosen from the catalogue.
        return redirect(reverse("newsletter:builder"))


class ReadOnlyAdmin(admin.ModelAdmin):
    """Written by visitors and the workers, never by hand: staff look, and subscribers delete their own."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Subscription)
class SubscriptionAdmin(ReadOnlyAdmin):
    list_display = ["email", "kind", "title", "state", "frequency", "language", "confirmed_at", "last_sent_at"]
    list_filter = ["kind", "state", "frequency", "language"]
    search_fields = ["email", "title"]
    date_hierarchy = "requested_at"
    fields = [
        "email",
        "kind",
        "title",
        "scope",
        "query",
        "frequency",
        "language",
        "state",
        "consent",
        "requested_at",
        "confirmed_at",
        "matched_until",
        "next_due_at",
        "last_sent_at",
    ]
    readonly_fields = fields


class DeliveryInline(admin.TabularInline):
    model = Delivery
    fields = ["email", "state", "attempted_at", "sent_at", "error"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(NewsletterSend)
class NewsletterSendAdmin(ReadOnlyAdmin):
    list_display = ["digest", "audience", "tested_at", "started_at", "started_by", "finished_at"]
    list_select_related = ["digest", "started_by"]
    fields = ["digest", "audience", "tested_at", "tested_by", "started_at", "started_by", "progress_at", "finished_at"]
    readonly_fields = fields
    inlines = [DeliveryInline]
