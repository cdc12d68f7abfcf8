from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackgroundConfig(AppConfig):
    """Work no visitor should wait for: the task queue's retries, the schedule of periodic jobs and
    the staff's view of failed tasks. Imports nothing of ours, so every floor may use it."""

    name = "asmportal.background"
    label = "background"
    verbose_name = _("Background tasks")
