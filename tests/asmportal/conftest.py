"""Fixtures shared by the site-wide tests."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from asmportal.background.jobs import forget_old_runs
from asmportal.background.models import ScheduledRun
from newsletter.models import Delivery, Digest, NewsletterSend, Subscription
from suggestions.models import Suggestion
from tests.factories import (
    EventOrganiserFactory,
    FigureFactory,
    InterventionRoleFactory,
    OrganisationFactory,
    PublicationAuthorFactory,
    PublicationOrganisationFactory,
    TopicFactory,
    UserFactory,
)


@pytest.fixture
def records(db):
    """At least one row of every model the admin shows, so each change and history page can open."""
    now = timezone.now()
    digest = Digest.objects.create(title="Saved digest", since=now - timedelta(days=30), until=now)
    # Subscriptions, a newsletter send and its deliveries, background tasks and the scheduler's runs.
    Subscription.objects.create(email="reader@example.org", scope="publications", consent="Agreed")
    send = NewsletterSend.objects.create(digest=digest, tested_at=now, started_at=now)
    Delivery.objects.create(send=send, email="reader@example.org", state=Delivery.State.SENT, sent_at=now)
    forget_old_runs.enqueue()
    ScheduledRun.objects.create(job="forget-old-runs", slot=1)
    InterventionRoleFactory()
    EventOrganiserFactory()
    PublicationAuthorFactory()
    PublicationOrganisationFactory()
    OrganisationFactory()
    TopicFactory()
    FigureFactory()
    # A visitor's suggestion in the curators' queue.
    Suggestion.objects.create(kind=Suggestion.Kind.CORRECTION, message="The dates are wrong.", email="a@example.net")
    # Security records staff review in the admin: two-factor devices and the sign-in logs.
    owner = UserFactory(username="has-devices", is_staff=True)
    TOTPDevice.objects.create(user=owner, name="Authenticator app")
    StaticDevice.objects.create(user=owner, name="Recovery codes")
    AccessAttempt.objects.create(username="someone", ip_address="192.0.2.1", failures_since_start=1)
    AccessLog.objects.create(username="has-devices", ip_address="192.0.2.2")
    AccessFailureLog.objects.create(username="someone", ip_address="192.0.2.1")
