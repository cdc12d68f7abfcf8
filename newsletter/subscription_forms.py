"""The public sign-up forms: an alert on a search, the newsletter, and asking for the management link."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models.subscriptions import LANGUAGES, Subscription

HONEYPOT = "website"


class HoneypotMixin(forms.Form):
    # Hidden from people (and from screen readers); only a form-filling robot puts anything here.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_robot(self):
        return bool(self.data.get(HONEYPOT, "").strip())


class AddressForm(HoneypotMixin):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )


class AlertForm(AddressForm):
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Subscription.Frequency.choices,
        initial=Subscription.Frequency.WEEKLY,
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
        help_text=_("You get an email only when something new matches."),
    )


class NewsletterForm(AddressForm):
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=LANGUAGES)


class ManageForm(forms.Form):
    """One action on the management page: its subscription (by number) and what to do."""

    ACTIONS = ("frequency", "pause", "resume", "delete", "delete-all")
    action = forms.ChoiceField(choices=[(a, a) for a in ACTIONS])
    subscription = forms.IntegerField(required=False, min_value=1)
    frequency = forms.ChoiceField(choices=Subscription.Frequency.choices, required=False)
