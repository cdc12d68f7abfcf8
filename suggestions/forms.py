"""The two forms visitors fill in: a correction (of a record or the About page) and a record the
portal lacks. Each carries a honeypot field that people never see and bots fill in."""

from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from catalog.text import clean, one_line

from .models import MESSAGE_MAX, NAME_MAX, TITLE_MAX, URL_MAX, RecordType, Suggestion

HONEYPOT = "website"


class SuggestionForm(forms.ModelForm):
    # Hidden from people and assistive technology (templates/suggestions/_honeypot.html): only a
    # bot filling every field it finds puts anything here.
    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    name = forms.CharField(
        label=_("Your name (optional)"),
        required=False,
        max_length=NAME_MAX,
        widget=forms.TextInput({"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your email address (optional)"),
        required=False,
        max_length=254,
        help_text=_("Only to thank you or to ask you about it. It is never shown on the site."),
        widget=forms.EmailInput({"autocomplete": "email"}),
    )
    source_url = forms.URLField(
        label=_("A source that shows it (optional)"),
        required=False,
        max_length=URL_MAX,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("A link to a page or a report where it can be checked."),
    )
    message = forms.CharField(
        label=_("What should change?"),
        max_length=MESSAGE_MAX,
        widget=forms.Textarea({"rows": 6}),
        help_text=_("Say what is wrong or missing, and what it should say."),
    )

    class Meta:
        model = Suggestion
        fields = ["message", "source_url", "name", "email"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name != HONEYPOT and not isinstance(field.widget, forms.RadioSelect):
                field.widget.attrs["class"] = "form-control"

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields and "class" in self.fields[name].widget.attrs:
                self.fields[name].widget.attrs["class"] = "form-control is-invalid"

    def clean_message(self):
        return clean(self.cleaned_data["message"]).strip()

    def clean_name(self):
        return one_line(self.cleaned_data["name"])

    @property
    def is_bot(self):
        """Whether the honeypot was filled in (read from the raw data: it holds whatever a bot sent)."""
        return bool(self.data.get(HONEYPOT, "").strip())


class CorrectionForm(SuggestionForm):
    pass


class NewRecordForm(SuggestionForm):
    record_type = forms.ChoiceField(
        label=_("What kind of record is it?"),
        choices=RecordType.choices,
        widget=forms.RadioSelect({"class": "form-check-input"}),
    )
    record_title = forms.CharField(label=_("Its title"), max_length=TITLE_MAX)
    source_url = forms.URLField(
        label=_("Its source link"),
        max_length=URL_MAX,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("Where the intervention, publication or event is described: its own page, a report, a news item."),
    )
    message = forms.CharField(
        label=_("What should we know about it? (optional)"),
        required=False,
        max_length=MESSAGE_MAX,
        widget=forms.Textarea({"rows": 5}),
        help_text=_("Who runs or published it, where, when: anything that helps the curators find it."),
    )

    class Meta(SuggestionForm.Meta):
        fields = ["record_type", "record_title", "source_url", "message", "name", "email"]

    def clean_record_title(self):
        return one_line(self.cleaned_data["record_title"])
