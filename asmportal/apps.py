from django.apps import AppConfig


class AsmportalConfig(AppConfig):
    """The top floor: site-wide pages, the demo content and the staff groups."""

    name = "asmportal"
    verbose_name = "ASM Knowledge Portal"

    def ready(self):
        from . import checks  # noqa: F401  (registers the deployment checks)
