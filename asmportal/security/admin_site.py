"""The admin site: Django's, with a sign-in that asks for a second factor where one is due."""

from django import forms
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.urls import path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from django_otp.forms import OTPAuthenticationFormMixin

from .two_factor import device_for_code, second_factor_satisfied, setup_view, two_factor_required


class TwoFactorAuthenticationForm(OTPAuthenticationFormMixin, AdminAuthenticationForm):
    """Username, password and, for those who have set it up, one code: from the app or a recovery code."""

    otp_token = forms.CharField(
        label=_("Code"),
        required=False,
        max_length=12,
        help_text=_(
            "From your authenticator app, or one of your recovery codes. Leave empty if you have not set one up."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code"}),
    )
    otp_error_messages = {
        **OTPAuthenticationFormMixin.otp_error_messages,
        "token_required": _("Enter the code from your authenticator app (or a recovery code)."),
        "invalid_token": _("That code is not right. Use the newest code from the app, or an unused recovery code."),
        "device_required": _("That code is not right. Use the newest code from the app, or an unused recovery code."),
    }

    def clean(self):
        cleaned = super().clean()
        user = self.get_user()
        if user is not None and two_factor_required(user):
            if not user_has_device(user):
                raise forms.ValidationError(
                    gettext(
                        "Superusers sign in with a second factor, and this account has none yet. An administrator can "
                        "give you a one-off code with `manage.py addstatictoken <username>`; then set up an app."
                    ),
                    code="second_factor_missing",
                )
            self.clean_otp(user)
        return cleaned

    def _chosen_device(self, user):
        # One code field instead of django-otp's device list: the code's shape tells which device.
        return device_for_code(user, self.cleaned_data.get("otp_token") or "")


class PortalAdminSite(admin.AdminSite):
    site_header = _("ASM Knowledge Portal — curation")
    site_title = _("ASM Portal admin")
    index_title = _("Curate interventions, publications and events")
    login_form = TwoFactorAuthenticationForm
    login_template = "admin/login_two_factor.html"

    def has_permission(self, request):
        return super().has_permission(request) and second_factor_satisfied(request.user)

    def get_urls(self):
        return [path("two-factor/", self.admin_view(self.two_factor), name="two_factor"), *super().get_urls()]

    def two_factor(self, request):
        return setup_view(self, request)
