"""Deployment checks of our own, beside Django's `check --deploy`."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def security_contact(app_configs, **kwargs):
    if settings.SECURITY_CONTACTS:
        return []
    return [
        Warning(
            "No security contact: /.well-known/security.txt is not served.",
            hint="Set SECURITY_CONTACTS (mailto: or https: addresses) or ADMIN_EMAILS.",
            id="asmportal.W001",
        )
    ]
