from django.contrib import admin
from django.db.models import Count
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .models import Digest


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
