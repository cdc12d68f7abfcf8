"""The visitors' side: the forms, the thank-you page, and the answer to someone sending too many."""

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from asmportal.security.client_address import client_address
from asmportal.security.throttle import Throttle

from .forms import CorrectionForm, NewRecordForm
from .models import MODELS, Suggestion


def throttles():
    window = settings.SUGGESTIONS_THROTTLE_WINDOW
    return (
        Throttle("suggest-client", settings.SUGGESTIONS_PER_CLIENT, window),
        Throttle("suggest-email", settings.SUGGESTIONS_PER_EMAIL, window),
    )


def page_language():
    """ "en", "fr" or "es": the language the suggestion was written in, and its thanks will be."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


@method_decorator(never_cache, name="dispatch")  # the page holds a CSRF token: no cache may share it
class SuggestView(FormView):
    """Shows the form; a valid one is stored (unless a bot filled the honeypot) and the visitor is sent
    to the thank-you page, so a reload there resends nothing."""

    template_name = "suggestions/form.html"
    kind = Suggestion.Kind.CORRECTION
    record_type = ""  # "" with a correction: the About page

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.record = None
        if self.record_type:
            model = MODELS[self.record_type]
            self.record = get_object_or_404(model.objects.published(), slug=kwargs["slug"])

    def get_form_class(self):
        return NewRecordForm if self.kind == Suggestion.Kind.NEW_RECORD else CorrectionForm

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if form.is_bot:
            return redirect("suggestions:thanks")  # looks accepted; nothing is stored
        if not form.is_valid():
            return self.form_invalid(form)
        by_client, by_email = throttles()
        if not (by_client.allow(client_address(request)) and by_email.allow(form.cleaned_data.get("email"))):
            return throttled(request)
        return self.form_valid(form)

    def form_valid(self, form):
        suggestion = form.save(commit=False)
        suggestion.kind = self.kind
        suggestion.language = page_language()
        if self.kind == Suggestion.Kind.CORRECTION:
            suggestion.record_type = self.record_type
            if self.record is not None:
                setattr(suggestion, self.record_type, self.record)
                suggestion.record_title = self.record.title
        suggestion.save()
        return redirect("suggestions:thanks")

    def get_context_data(self, **kwargs):
        heading = (
            gettext("Suggest a record") if self.kind == Suggestion.Kind.NEW_RECORD else gettext("Suggest a correction")
        )
        return super().get_context_data(record=self.record, kind=self.kind, heading=heading, **kwargs)


class ThanksView(TemplateView):
    template_name = "suggestions/thanks.html"


def throttled(request):
    window = settings.SUGGESTIONS_THROTTLE_WINDOW
    response = TemplateResponse(request, "suggestions/throttled.html", {"minutes": max(1, window // 60)}, status=429)
    response["Retry-After"] = str(window)
    return response
