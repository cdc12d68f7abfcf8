from django.db import models
from django.utils.translation import gettext_lazy as _


class ScheduledRun(models.Model):
    """One run of a periodic job for one slot of its interval ("send-alerts", slot 19720):
    the row is claimed before the job is enqueued, so however many schedulers run, and however
    often they restart, each slot's job is enqueued once."""

    job = models.CharField(max_length=100)
    slot = models.BigIntegerField(help_text=_("Which interval since 1970 this run is for."))
    enqueued_at = models.DateTimeField(auto_now_add=True)
    task_id = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-enqueued_at"]
        verbose_name = _("scheduled run")
        constraints = [models.UniqueConstraint(fields=["job", "slot"], name="scheduled_run_once_per_slot")]

    def __str__(self):
        return f"{self.job} #{self.slot}"
