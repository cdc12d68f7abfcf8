"""The public side of subscriptions: sign up for an alert or the newsletter, confirm, manage,
download, unsubscribe.

Whatever the address (new, waiting for confirmation, already subscribed), signing up answers with
the same page, so nobody can learn who is subscribed; the owner's inbox gets the mail that fits.
Links in mail are signed (newsletter.tokens) and carry no address. Pages reached by a signed link
are never cached and send no referrer, so the link does not travel on.
"""

import json
import operator
from functools import reduce

from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import get_language, gettext
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView

from asmportal.security.client_address import client_address
from asmportal.security.throttle import Throttle
from suggestions.models import Suggestion

from . import tokens
from .alerts import SCOPES, Search, cleaned
from .models import Delivery, Subscription
from .models.subscriptions import normalised
from .selection import digest_language
from .subscription_forms import AddressForm, AlertForm, ManageForm, NewsletterForm
from .tasks import send_subscription_mail

HOUR = 3600


def throttles():
    return (
        (Throttle("subscribe-client", settings.SUBSCRIBE_LIMIT_PER_CLIENT, HOUR), client_address),
        (Throttle("subscribe-address", settings.SUBSCRIBE_LIMIT_PER_ADDRESS, HOUR), None),
    )


def throttled(request, address):
    """Count this request against its client and its address; True if either is over its limit."""
    over = False
    for throttle, key in throttles():
        value = key(request) if key else normalised(address)
        over = not throttle.allow(value) or over
    return over


def too_many(request):
    response = render(request, "newsletter/subscribe/throttled.html", status=429)
    response["Retry-After"] = str(HOUR)
    return response


def consent_words(kind):
    if kind == Subscription.Kind.NEWSLETTER:
        return gettext(
            "We will use this address only to send you the newsletter. Every issue has a link to stop it. "
            "We keep the address, its language and when you agreed until you unsubscribe."
        )
    return gettext(
        "We will use this address only to email you new records matching this search. Every email has a link "
        "to stop it. We keep the address, the search, how often and when you agreed until you unsubscribe."
    )


def page_language():
    return digest_language(get_language()) or "en"


def subscribe(email, kind, *, scope="", query="", title="", frequency="", language="en"):
    """Record a sign-up and queue the mail that fits; the caller answers the same either way."""
    with transaction.atomic():
        subscription = Subscription.objects.filter(email=normalised(email), kind=kind, scope=scope, query=query).first()
        if subscription is None:
            try:
                with transaction.atomic():
                    subscription = Subscription.objects.create(
                        email=email,
                        kind=kind,
                        scope=scope,
                        query=query,
                        title=title[:300],
                        frequency=frequency,
                        language=language,
                        consent=consent_words(kind),
                    )
            except IntegrityError:  # the same sign-up, a moment earlier
                return None
            what = "confirm"
        elif subscription.state == Subscription.State.PENDING:
            # Asked again before confirming: the latest choices count, and a fresh link goes out.
            subscription.frequency, subscription.language = frequency, language
            subscription.consent = consent_words(kind)
            subscription.requested_at = timezone.now()
            subscription.save()
            what = "confirm"
        else:
            what = "already"
    # Enqueued once the sign-up is committed, so no worker can look for it before it exists.
    send_subscription_mail.enqueue(subscription.pk, what)
    return subscription


class SignUpMixin:
    form_class = None
    template_name = None

    def answer(self, request, form):
        if form.is_robot():
            return redirect("subscriptions:sent")  # looks accepted; nothing is stored or sent
        if throttled(request, form.cleaned_data["email"]):
            return too_many(request)
        self.sign_up(form)
        return redirect("subscriptions:sent")


class AlertView(SignUpMixin, View):
    """ "Email me new matches" for a browse page's query string (or the site search's)."""

    template_name = "newsletter/subscribe/alert.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.search = cleaned(kwargs["scope"], request.GET) if kwargs["scope"] in SCOPES else None

    def page(self, form, status=200):
        return render(
            self.request,
            self.template_name,
            {
                "form": form,
                "heading": self.search.heading(),
                "page_url": self.search.page_path(),
                "consent": consent_words(Subscription.Kind.ALERT),
            },
            status=status,
        )

    def get(self, request, scope):
        if self.search is None:
            raise Http404("No search to follow here.")
        return self.page(AlertForm())

    def post(self, request, scope):
        if self.search is None:
            raise Http404("No search to follow here.")
        form = AlertForm(request.POST)
        if not form.is_valid():
            return self.page(form, status=400)
        return self.answer(request, form)

    def sign_up(self, form):
        subscribe(
            form.cleaned_data["email"],
            Subscription.Kind.ALERT,
            scope=self.search.scope,
            query=self.search.query,
            title=self.search.heading(),
            frequency=form.cleaned_data["frequency"],
            language=page_language(),
        )


class NewsletterSignUpView(SignUpMixin, View):
    template_name = "newsletter/subscribe/newsletter.html"

    def page(self, form, status=200):
        context = {"form": form, "consent": consent_words(Subscription.Kind.NEWSLETTER)}
        return render(self.request, self.template_name, context, status=status)

    def get(self, request):
        return self.page(NewsletterForm(initial={"language": page_language()}))

    def post(self, request):
        form = NewsletterForm(request.POST)
        if not form.is_valid():
            return self.page(form, status=400)
        return self.answer(request, form)

    def sign_up(self, form):
        subscribe(form.cleaned_data["email"], Subscription.Kind.NEWSLETTER, language=form.cleaned_data["language"])


class SentView(TemplateView):
    template_name = "newsletter/subscribe/sent.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(confirm_days=settings.SUBSCRIPTION_CONFIRM_DAYS, **kwargs)


class ManageLinkView(View):
    """Lost the mail? Ask for the management link again (sent only to the address itself)."""

    template_name = "newsletter/subscribe/ask_link.html"

    def get(self, request):
        return render(request, self.template_name, {"form": AddressForm()})

    def post(self, request):
        form = AddressForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)
        if form.is_robot():
            return redirect("subscriptions:sent")
        if throttled(request, form.cleaned_data["email"]):
            return too_many(request)
        subscription = Subscription.objects.of(form.cleaned_data["email"]).exclude(state="pending").first()
        if subscription is not None:
            send_subscription_mail.enqueue(subscription.pk, "manage")
        return redirect("subscriptions:sent")


def invalid_link(request):
    return render(request, "newsletter/subscribe/invalid_link.html", status=404)


@method_decorator(never_cache, name="dispatch")
class ConfirmView(View):
    """The link in the confirmation mail shows a button: mail scanners that open links confirm nothing."""

    template_name = "newsletter/subscribe/confirm.html"

    def get(self, request, token):
        subscription = tokens.confirming(token)
        if subscription is None:
            return invalid_link(request)
        return render(request, self.template_name, {"subscription": subscription, "follows": following(subscription)})

    def post(self, request, token):
        subscription = tokens.confirming(token)
        if subscription is None:
            return invalid_link(request)
        if subscription.state == Subscription.State.PENDING:
            now = timezone.now()
            subscription.state = Subscription.State.ACTIVE
            subscription.confirmed_at = now
            if subscription.is_alert:
                subscription.matched_until = now  # what is published from now on is news
                subscription.next_due_at = subscription.due_after(now)
            subscription.save()
            messages.success(request, gettext("Confirmed. We will email you when there is something new."))
        return redirect("subscriptions:manage", token=tokens.manage_token(subscription.address_key))


def following(subscription):
    if subscription.is_alert:
        return Search(subscription.scope, subscription.query)
    return None


@method_decorator(never_cache, name="dispatch")
@method_decorator(csrf_exempt, name="dispatch")  # RFC 8058: mail programs post the one-click request with no token
class UnsubscribeView(View):
    template_name = "newsletter/subscribe/unsubscribe.html"

    def get(self, request, token):
        subscription = tokens.unsubscribing(token)
        if subscription is None and not tokens.signed_unsubscribe(token):
            return invalid_link(request)
        return render(request, self.template_name, {"subscription": subscription, "done": subscription is None})

    def post(self, request, token):
        subscription = tokens.unsubscribing(token)
        if subscription is None and not tokens.signed_unsubscribe(token):
            return invalid_link(request)
        if subscription is not None:
            subscription.delete()
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(gettext("Unsubscribed."), content_type="text/plain; charset=utf-8")
        return render(request, self.template_name, {"subscription": None, "done": True})


def suggestions_from(addresses):
    """Suggestions sent with any of these addresses, however their letters were cased."""
    if not addresses:
        return Suggestion.objects.none()
    return Suggestion.objects.filter(reduce(operator.or_, (Q(email__iexact=a) for a in addresses)))


@method_decorator(never_cache, name="dispatch")
class ManageView(View):
    """Every alert and subscription of one address: how often, pause, resume, delete, download."""

    template_name = "newsletter/subscribe/manage.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.key = tokens.managing(kwargs["token"])

    def subscriptions(self):
        return Subscription.objects.filter(address_key=self.key).order_by("kind", "-requested_at")

    def get(self, request, token):
        if self.key is None:
            return invalid_link(request)
        rows = [(s, following(s)) for s in self.subscriptions()]
        context = {
            "rows": rows,
            "token": token,
            "frequencies": Subscription.Frequency.choices,
            "has_newsletter": any(not s.is_alert for s, _ in rows),
        }
        return render(request, self.template_name, context)

    def post(self, request, token):
        if self.key is None:
            return invalid_link(request)
        form = ManageForm(request.POST)
        if not form.is_valid():
            messages.error(request, gettext("That change was not understood; nothing was changed."))
            return redirect(request.path)
        action, data = form.cleaned_data["action"], form.cleaned_data
        mine = self.subscriptions()
        if action == "delete-all":
            addresses = set(mine.values_list("email", flat=True))
            Delivery.objects.filter(email__in=addresses).delete()
            # A suggestion stays for the curators, but no longer says who sent it.
            suggestions_from(addresses).update(email="", name="")
            mine.delete()
            messages.success(request, gettext("Everything stored about this address has been deleted."))
            return redirect(request.path)
        subscription = mine.filter(pk=data.get("subscription")).first()
        if subscription is None:
            messages.error(request, gettext("That alert no longer exists; nothing was changed."))
            return redirect(request.path)
        if action == "delete":
            subscription.delete()
            messages.success(request, gettext("Deleted."))
        elif action == "pause" and subscription.state == Subscription.State.ACTIVE:
            subscription.state = Subscription.State.PAUSED
            subscription.save()
            messages.success(request, gettext("Paused. Nothing will be sent until you resume it."))
        elif action == "resume" and subscription.state == Subscription.State.PAUSED:
            subscription.state = Subscription.State.ACTIVE
            if subscription.is_alert:
                # What was published while paused is not sent: the alert starts again from now.
                now = timezone.now()
                subscription.matched_until, subscription.next_due_at = now, subscription.due_after(now)
            subscription.save()
            messages.success(request, gettext("Resumed."))
        elif action == "frequency" and subscription.is_alert and data.get("frequency"):
            subscription.frequency = data["frequency"]
            if subscription.matched_until:
                subscription.next_due_at = subscription.due_after(subscription.matched_until)
            subscription.save()
            messages.success(request, gettext("Saved."))
        return redirect(request.path)


@method_decorator(never_cache, name="dispatch")
class DataView(View):
    """Everything stored about the address, as JSON."""

    def get(self, request, token):
        key = tokens.managing(token)
        if key is None:
            return invalid_link(request)
        subscriptions = list(Subscription.objects.filter(address_key=key).order_by("requested_at"))
        addresses = {s.email for s in subscriptions}
        deliveries = Delivery.objects.filter(email__in=addresses).select_related("send__digest").order_by("pk")
        data = {
            "exported_at": timezone.now().isoformat(),
            "subscriptions": [
                {
                    "email": s.email,
                    "kind": s.kind,
                    "follows": s.title,
                    "page": settings.SITE_URL + Search(s.scope, s.query).page_path() if s.is_alert else "",
                    "frequency": s.frequency,
                    "language": s.language,
                    "state": s.state,
                    "consent": s.consent,
                    "requested_at": s.requested_at.isoformat(),
                    "confirmed_at": s.confirmed_at.isoformat() if s.confirmed_at else None,
                    "last_sent_at": s.last_sent_at.isoformat() if s.last_sent_at else None,
                }
                for s in subscriptions
            ],
            "newsletters_sent": [
                {
                    "email": d.email,
                    "newsletter": d.send.digest.title,
                    "state": d.state,
                    "sent_at": d.sent_at.isoformat() if d.sent_at else None,
                }
                for d in deliveries
            ],
            "suggestions_sent": [
                {
                    "email": s.email,
                    "name": s.name,
                    "kind": s.kind,
                    "about": s.record_title,
                    "message": s.message,
                    "source_url": s.source_url,
                    "state": s.state,
                    "received_at": s.received_at.isoformat(),
                }
                for s in suggestions_from(addresses).order_by("received_at")
            ],
        }
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="my-asm-portal-data.json"'
        return response
