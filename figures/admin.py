from django.contrib import admin, messages
from django.db import transaction
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from catalog import editorial
from catalog.curation import PublishableAdminForm
from catalog.models import State

from .display import value_text
from .models import Figure


class FigureAdminForm(PublishableAdminForm):
    """The state menu offers what the user may set, judged by the editorial rule; the model's
    clean() explains a bad range, period, scope or source next to the field."""

    class Meta:
        model = Figure
        fields = "__all__"


@admin.register(Figure)
class FigureAdmin(admin.ModelAdmin):
    form = FigureAdminForm
    list_display = ["__str__", "measure", "scope", "described", "source", "state_badge", "updated"]
    list_filter = ["state", "measure", "scope", "unit", "region"]
    list_select_related = ["country", "mineral", "event", "intervention", "source_publication"]
    search_fields = ["note", "citation", "event__title", "intervention__title", "source_publication__title"]
    autocomplete_fields = ["country", "mineral", "event", "intervention", "source_publication"]
    fieldsets = [
        (None, {"fields": ["measure", ("value_low", "value_high"), "unit", ("year_from", "year_to")]}),
        (_("What it describes"), {"fields": ["scope", "region", "country", "mineral", "event", "intervention"]}),
        (_("Source"), {"fields": [("source_publication", "source_page"), "citation", "citation_url"]}),
        (None, {"fields": ["note", "state"]}),
    ]
    actions = ["publish", "unpublish"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.editor = request.user
        return form

    @admin.display(description=_("figure"))
    def value(self, obj):
        return value_text(obj)

    @admin.display(description=_("describes"))
    def described(self, obj):
        return obj.target_label

    @admin.display(description=_("source"))
    def source(self, obj):
        if obj.source_publication_id:
            return obj.source_publication.title
        return obj.citation

    @admin.display(description=_("state"), ordering="state")
    def state_badge(self, obj):
        return format_html('<strong class="state-badge state-{}">{}</strong>', obj.state, obj.get_state_display())

    def has_publish_permission(self, request):
        return editorial.may_publish(request.user, self.model)

    def _move(self, request, queryset, state):
        with transaction.atomic():
            count = 0
            for figure in queryset.exclude(state=state):
                figure.state = state
                figure.save()
                count += 1
        return count

    @admin.action(description=_("Publish selected figures"), permissions=["publish"])
    def publish(self, request, queryset):
        count = self._move(request, queryset, State.PUBLISHED)
        self.message_user(
            request, ngettext("%(count)d figure published.", "%(count)d figures published.", count) % {"count": count}
        )

    @admin.action(description=_("Take selected figures back to draft"), permissions=["publish"])
    def unpublish(self, request, queryset):
        count = self._move(request, queryset, State.DRAFT)
        self.message_user(
            request,
            ngettext("%(count)d figure taken back to draft.", "%(count)d figures taken back to draft.", count)
            % {"count": count},
            messages.SUCCESS,
        )
