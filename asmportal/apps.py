from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class AsmportalConfig(AppConfig):
    """The top floor: site-wide pages, the demo content and the staff groups."""

    name = "asmportal"
    verbose_name = _("ASM Knowledge Portal")

    def ready(self):
        from . import checks  # noqa: F401  (registers the deployment checks)
        from .translation import field_names

        field_names.translate()  # the labels Django makes from field names, in the admin's language


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with every app's `admin.site` being our site (two-factor sign-in)."""

    default = False  # named in INSTALLED_APPS; AsmportalConfig stays this module's default
    default_site = "asmportal.security.admin_site.PortalAdminSite"
