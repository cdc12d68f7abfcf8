"""The editor's side of the newsletter: try a digest on yourself, send it to the subscribers, follow
the send, and export the subscriber list for another mailing tool."""

import csv

from django.contrib import messages
from django.db import transaction
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext
from django.views import View

from .access import StaffPermissionRequired
from .models import Digest, NewsletterSend, Subscription
from .models.subscriptions import LANGUAGES
from .sending import recipients
from .tasks import send_newsletter_batch, send_newsletter_test


def audience_of(value):
    return value if value in dict(LANGUAGES) else ""


class SendMixin(StaffPermissionRequired):
    permission = "newsletter.send_newsletter"

    def digest(self, pk):
        try:
            return Digest.objects.get(pk=pk)
        except Digest.DoesNotExist:
            raise Http404("No digest with that number.") from None


class SendTestView(SendMixin, View):
    def post(self, request, pk):
        digest = self.digest(pk)
        if not request.user.email:
            messages.error(request, gettext("Add an email address to your account first: the test goes to you."))
            return redirect(digest)
        send, _ = NewsletterSend.objects.get_or_create(digest=digest)
        if send.started_at is None:
            send.audience = audience_of(request.POST.get("audience"))
            send.save(update_fields=["audience"])
        send_newsletter_test.enqueue(send.pk, request.user.pk)
        messages.success(
            request,
            gettext("A test is on its way to %(address)s. Check it, then send it to the subscribers.")
            % {"address": request.user.email},
        )
        return redirect(digest)


class SendView(SendMixin, View):
    def post(self, request, pk):
        digest = self.digest(pk)
        with transaction.atomic():
            send = NewsletterSend.objects.select_for_update().filter(digest=digest).first()
            if send is None or send.tested_at is None:
                messages.error(request, gettext("Send a test to yourself first."))
                return redirect(digest)
            if send.started_at is not None:
                messages.info(request, gettext("This digest is already being sent, or has been."))
                return redirect(digest)
            send.audience = audience_of(request.POST.get("audience"))
            send.started_at = timezone.now()
            send.started_by = request.user
            send.save()
        count = recipients(send).count()
        send_newsletter_batch.enqueue(send.pk)
        messages.success(
            request,
            gettext("Sending to %(count)d subscribers. This page shows how far it has got.") % {"count": count},
        )
        return redirect(digest)


class Echo:
    def write(self, value):
        return value


class SubscribersCsvView(StaffPermissionRequired, View):
    """The newsletter's confirmed subscribers, with their language and consent, for another tool."""

    permission = "newsletter.view_subscription"

    def get(self, request):
        subscribers = Subscription.objects.newsletter().active().order_by("confirmed_at", "pk")
        writer = csv.writer(Echo())

        def rows():
            yield writer.writerow(["email", "language", "confirmed_at", "consent"])
            for s in subscribers.iterator(chunk_size=2000):
                yield writer.writerow([s.email, s.language, s.confirmed_at.isoformat(), s.consent])

        response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="newsletter-subscribers.csv"'
        response["Cache-Control"] = "private, no-store"
        return response
