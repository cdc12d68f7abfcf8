from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FiguresConfig(AppConfig):
    """Figures with their source: what is counted, how many, when, where, and who says so."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "figures"
    verbose_name = _("Figures")

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_save

        from . import models

        pre_save.connect(models.figure_loaded_state, sender=models.Figure)
        post_save.connect(models.figure_written, sender=models.Figure)
        post_delete.connect(models.figure_written, sender=models.Figure)
