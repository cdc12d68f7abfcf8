"""Browsing events: the upcoming and the past apart."""

from tests.factories import EventFactory
from tests.page_kit import titles


def test_events_split_into_upcoming_and_past(client, db):
    from datetime import datetime, timedelta

    from django.utils import timezone

    EventFactory(title="Next month", start=timezone.now() + timedelta(days=30))
    EventFactory(title="Manila", start=datetime(2019, 5, 28, tzinfo=timezone.UTC))
    assert titles(client.get("/events/?when=upcoming")) == ["Next month"]
    past = client.get("/events/?when=past")
    assert titles(past) == ["Manila"]
    assert "Past events" in past.content.decode()
