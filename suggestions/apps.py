from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SuggestionsConfig(AppConfig):
    """Visitors talk back: corrections to a record or the About page, and records the portal lacks.
    Suggestions wait in the curators' queue in the admin; none changes a record by itself."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "suggestions"
    verbose_name = _("Suggestions from visitors")
