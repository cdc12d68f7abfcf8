"""The two mails of suggestions: the curators' batch of what arrived, and the sender's thanks.

Both are sent without a request (from background tasks), so their links start from SITE_URL. No
sender's address is written into the curators' mail, nor into any log line."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from asmportal.security.roles import CURATORS

from .models import Suggestion

logger = logging.getLogger(__name__)


def absolute(path):
    return settings.SITE_URL + path


def in_language(code):
    """Write in "en", "fr" or "es": English is the portal's default language, whose addresses have no prefix."""
    return translation.override(settings.LANGUAGE_CODE if code == "en" else code)


def curators_addresses():
    """Active staff in the Curators group who have an address, and EDITORS_EMAIL if set."""
    users = get_user_model().objects.filter(is_active=True, is_staff=True, groups__name=CURATORS).exclude(email="")
    addresses = {address.strip() for address in users.values_list("email", flat=True)}
    if settings.EDITORS_EMAIL:
        addresses.add(settings.EDITORS_EMAIL.strip())
    return sorted(addresses)


def curators_message(suggestions, recipients):
    with in_language("en"):
        rows = [
            {"suggestion": s, "admin_url": absolute(reverse("admin:suggestions_suggestion_change", args=[s.pk]))}
            for s in suggestions
        ]
        context = {
            "rows": rows,
            "queue_url": absolute(reverse("admin:suggestions_suggestion_changelist") + "?state__exact=new"),
        }
        count = len(rows)
        subject = ngettext(
            "%(count)d new suggestion from visitors", "%(count)d new suggestions from visitors", count
        ) % {"count": count}
        message = EmailMultiAlternatives(
            subject=f"[{gettext('ASM Knowledge Portal')}] {subject}",
            body=render_to_string("suggestions/email/curators.txt", context),
            to=recipients,
        )
        message.attach_alternative(render_to_string("suggestions/email/curators.html", context), "text/html")
    return message


def notify_curators(now=None):
    """Send the curators one mail listing every suggestion not yet listed, and mark them listed in
    the same transaction: a failed send lists them again next time, a sent one never. Returns how
    many were listed (0: nothing new, or no one to tell)."""
    with transaction.atomic():
        pending = list(Suggestion.objects.select_for_update().unnotified().values_list("pk", flat=True))
        if not pending:
            return 0
        recipients = curators_addresses()
        if not recipients:
            logger.warning("%d suggestions wait, but no curator has an email address to be told", len(pending))
            return 0
        suggestions = (
            Suggestion.objects.filter(pk__in=pending)
            .select_related("intervention", "publication", "event")
            .order_by("received_at", "pk")
        )
        curators_message(list(suggestions), recipients).send()
        Suggestion.objects.filter(pk__in=pending).update(notified_at=now or timezone.now())
    logger.info("Told %d curators' addresses of %d suggestions", len(recipients), len(pending))
    return len(pending)


def thanks_message(suggestion):
    with in_language(suggestion.language):
        context = {"suggestion": suggestion, "home_url": absolute(reverse("home"))}
        message = EmailMessage(
            subject=gettext("Thank you for your suggestion — ASM Knowledge Portal"),
            body=render_to_string("suggestions/email/thanks.txt", context),
            to=[suggestion.email],
            reply_to=[settings.EDITORS_EMAIL] if settings.EDITORS_EMAIL else None,
            headers={"Content-Language": suggestion.language},
        )
    return message
