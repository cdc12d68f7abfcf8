import zoneinfo

from django import forms
from django.contrib import admin
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from catalog.curation import PublishableAdmin, RoleInline, SourceInline

from .imports import EventResource
from .models import TIME_ZONES, Event, EventOrganiser, EventSource, EventSpeaker


class EventOrganiserInline(RoleInline):
    model = EventOrganiser


class EventSpeakerInline(admin.TabularInline):
    model = EventSpeaker
    extra = 0
    fields = ["position", "person"]
    autocomplete_fields = ["person"]


class EventSourceInline(SourceInline):
    model = EventSource


@admin.register(Event)
class EventAdmin(PublishableAdmin):
    resource_classes = [EventResource]
    inlines = [EventOrganiserInline, EventSpeakerInline, EventSourceInline]
    list_display = ["title", "kind", "attendance", "when", "country", "part_of", "state_badge", "updated"]
    list_filter = [
        "state",
        "kind",
        "attendance",
        "areas_of_work",
        ("country", admin.RelatedOnlyFieldListFilter),
        ("organisations", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["country", "intervention"]
    search_fields = [
        *PublishableAdmin.search_fields,
        "description",
        "hashtag",
        "city",
        "organisations__name",
        "organisations__acronym",
    ]
    autocomplete_fields = [*PublishableAdmin.autocomplete_fields, "country", "intervention"]
    date_hierarchy = "start"
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "kind", "attendance", "intervention"]}),
        (_("When"), {"fields": [("start", "end"), ("all_day", "date_precision"), "time_zone"]}),
        (_("Where"), {"fields": ["venue", "city", "country", "online_url", "hashtag", "registration_url"]}),
        PublishableAdmin.classification_fieldset,
        (
            _("Details"),
            {
                "fields": [
                    "description",
                    "outcomes",
                    ("participant_count", "country_count"),
                    "attendance_notes",
                    "contact",
                ]
            },
        ),
        PublishableAdmin.translations_fieldset("title", "summary", "description"),
        PublishableAdmin.workflow_fieldset,
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "time_zone":  # a list to pick from; the model validates whatever arrives
            kwargs["widget"] = forms.Select(choices=[(tz, tz) for tz in TIME_ZONES])
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("Intervention"), ordering="intervention__title", empty_value="-")
    def part_of(self, obj):
        # A long intervention title is cut to a few lines (css/admin.css) so the event's own title stays
        # the widest column; the whole title is one hover away.
        if obj.intervention is None:
            return None
        return format_html('<span class="clamped" title="{}">{}</span>', obj.intervention, obj.intervention)

    @admin.display(description=_("When"), ordering="start")
    def when(self, obj):
        return obj.when

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # Curators type local times: read and show start/end in the event's own time zone.
        tzname = request.POST.get("time_zone")
        if not tzname and object_id:
            tzname = Event.objects.filter(pk=object_id).values_list("time_zone", flat=True).first()
        if tzname not in TIME_ZONES:
            tzname = "UTC"
        with timezone.override(zoneinfo.ZoneInfo(tzname)):
            response = super().changeform_view(request, object_id, form_url, extra_context)
            if hasattr(response, "render"):
                response.render()  # template responses render lazily: do it while the zone applies
            return response
