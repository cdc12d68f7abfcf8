"""Who asked for mail, and what was sent to them.

A `Subscription` is one address's alert for one search (a browse page's query string, in the
language of the page it was made on), or its sign-up for the newsletter. Nothing is sent to it
until its owner has followed the confirmation link (double opt-in), and the words they agreed to,
with when, are kept. A `Delivery` is one newsletter digest to one address: it is written before the
mail is handed to the mail server, and an address never gets a second one for the same digest.
"""

import calendar
import hashlib
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .digests import Digest

LANGUAGES = [("en", "English"), ("fr", "Français"), ("es", "Español")]


def normalised(address):
    """One spelling per address: the domain is case-insensitive, and so, in practice, is the rest."""
    return str(address or "").strip().lower()


def address_key(address):
    """What links and tokens name an address by: never the address itself, which would then be
    written into every access log that records the link."""
    return hashlib.sha256(normalised(address).encode()).hexdigest()


def add_months(moment, months=1):
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


class SubscriptionQuerySet(models.QuerySet):
    def of(self, address):
        return self.filter(address_key=address_key(address))

    def alerts(self):
        return self.filter(kind=Subscription.Kind.ALERT)

    def newsletter(self):
        return self.filter(kind=Subscription.Kind.NEWSLETTER)

    def active(self):
        return self.filter(state=Subscription.State.ACTIVE)

    def due(self, now=None):
        return self.alerts().active().filter(next_due_at__lte=now or timezone.now())

    def expired_pending(self, now=None):
        limit = (now or timezone.now()) - timedelta(days=settings.SUBSCRIPTION_CONFIRM_DAYS)
        return self.filter(state=Subscription.State.PENDING, requested_at__lt=limit)


class Subscription(models.Model):
    class Kind(models.TextChoices):
        ALERT = "alert", _("search alert")
        NEWSLETTER = "newsletter", _("newsletter")

    class State(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        ACTIVE = "active", _("active")
        PAUSED = "paused", _("paused")

    class Frequency(models.TextChoices):
        DAILY = "daily", pgettext_lazy("alert frequency", "Daily")
        WEEKLY = "weekly", pgettext_lazy("alert frequency", "Weekly")
        MONTHLY = "monthly", pgettext_lazy("alert frequency", "Monthly")

    email = models.EmailField(_("email address"))
    address_key = models.CharField(max_length=64, db_index=True, editable=False)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ALERT)
    scope = models.CharField(
        max_length=20, blank=True, help_text=_("What an alert searches: a type of record, or the site search.")
    )
    query = models.CharField(max_length=2000, blank=True, help_text=_("The search, as the page's query string."))
    title = models.CharField(max_length=300, blank=True, help_text=_("The page's heading when the alert was made."))
    language = models.CharField(max_length=8, choices=LANGUAGES, default="en")
    frequency = models.CharField(max_length=10, choices=Frequency.choices, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    consent = models.TextField(help_text=_("The words the subscriber agreed to, as they were shown."))
    requested_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    matched_until = models.DateTimeField(
        null=True, blank=True, help_text=_("Records published from this moment on are new to the next alert.")
    )
    next_due_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("subscription")
        constraints = [
            models.UniqueConstraint(fields=["email", "kind", "scope", "query"], name="subscription_once"),
        ]
        indexes = [models.Index(fields=["kind", "state", "next_due_at"], name="subscription_due")]

    def __str__(self):
        if self.kind == self.Kind.NEWSLETTER:
            return str(_("Newsletter"))
        return self.title or self.scope

    def save(self, *args, **kwargs):
        self.email = normalised(self.email)
        self.address_key = address_key(self.email)
        super().save(*args, **kwargs)

    @property
    def is_alert(self):
        return self.kind == self.Kind.ALERT

    def period(self):
        return {
            self.Frequency.DAILY: timedelta(days=1),
            self.Frequency.WEEKLY: timedelta(days=7),
        }.get(self.frequency)

    def due_after(self, moment):
        """When the alert is next due after `moment`."""
        if self.frequency == self.Frequency.MONTHLY:
            return add_months(moment)
        return moment + (self.period() or timedelta(days=7))

    def next_due(self, now):
        """The next due time after `now`, kept on the alert's own rhythm (a late run does not shift it)."""
        due = self.next_due_at or now
        while due <= now:
            due = self.due_after(due)
        return due


class NewsletterSend(models.Model):
    """A digest going out to the newsletter's subscribers: tried on the editor first, then sent in
    batches by a background task, at most NEWSLETTER_RATE_PER_MINUTE a minute."""

    digest = models.OneToOneField(Digest, on_delete=models.CASCADE, related_name="send")
    audience = models.CharField(
        max_length=8,
        blank=True,
        choices=LANGUAGES,
        help_text=_("Only subscribers who chose this language; blank for every subscriber."),
    )
    tested_at = models.DateTimeField(null=True, blank=True)
    tested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(null=True, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    progress_at = models.DateTimeField(null=True, blank=True, help_text=_("When the last batch did something."))
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter send")
        permissions = [("send_newsletter", _("Can send a digest to the newsletter's subscribers"))]

    def __str__(self):
        return str(self.digest)

    @property
    def is_sending(self):
        return self.started_at is not None and self.finished_at is None

    def tally(self):
        """How many deliveries are in each state: {"sent": 120, "sending": 1, "failed": 2}."""
        counts = self.deliveries.values("state").annotate(n=models.Count("pk")).order_by()
        return {row["state"]: row["n"] for row in counts}


class Delivery(models.Model):
    class State(models.TextChoices):
        # Claimed and being handed to the mail server. A send that stops here (the worker was killed)
        # leaves it so: whether the server took it is unknown, so it is never sent again by itself.
        SENDING = "sending", _("handed to the mail server, not confirmed")
        SENT = "sent", _("sent")
        FAILED = "failed", _("refused by the mail server")

    send = models.ForeignKey(NewsletterSend, on_delete=models.CASCADE, related_name="deliveries")
    email = models.EmailField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.SENDING)
    attempted_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("newsletter delivery")
        verbose_name_plural = _("newsletter deliveries")
        constraints = [models.UniqueConstraint(fields=["send", "email"], name="delivery_once_per_address")]

    def __str__(self):
        return f"{self.send} → #{self.pk}"
