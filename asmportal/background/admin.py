"""The staff's view of background work: what ran, what failed and why, what waits to be retried.

It replaces django-tasks-db's own list, which shows each failure's traceback: staff see the error's
kind and message, and the traceback stays in the server's log."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

from .models import ScheduledRun

if admin.site.is_registered(DBTaskResult):
    admin.site.unregister(DBTaskResult)


def last_line(text):
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


@admin.register(DBTaskResult)
class TaskResultAdmin(admin.ModelAdmin):
    list_display = ("task_name", "status", "attempt", "enqueued_at", "run_after_shown", "finished_at", "error")
    list_filter = ("status", "queue_name")
    ordering = ["-enqueued_at"]
    fields = ("task_name", "status", "attempt", "enqueued_at", "run_after_shown", "started_at", "finished_at", "error")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("attempt"))
    def attempt(self, obj):
        return (obj.args_kwargs or {}).get("kwargs", {}).get("attempt", 1)

    @admin.display(description=_("runs after"))
    def run_after_shown(self, obj):
        # The library stores "as soon as possible" as the latest date there is.
        return obj.run_after if obj.run_after and obj.run_after.year < 9000 else self.get_empty_value_display()

    @admin.display(description=_("error"))
    def error(self, obj):
        if not obj.exception_class_path:
            return ""
        return last_line(obj.traceback) or obj.exception_class_path.rpartition(".")[2]


@admin.register(ScheduledRun)
class ScheduledRunAdmin(admin.ModelAdmin):
    list_display = ("job", "slot", "enqueued_at", "task_id")
    list_filter = ("job",)
    readonly_fields = ("job", "slot", "enqueued_at", "task_id")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False
