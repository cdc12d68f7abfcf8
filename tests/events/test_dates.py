"""An event's dates in its own time zone: an all-day event spans whole local days."""

import zoneinfo
from datetime import datetime

import pytest

from tests.factories import EventFactory


@pytest.mark.django_db
def test_all_day_events_span_whole_local_days():
    manila = zoneinfo.ZoneInfo("Asia/Manila")
    event = EventFactory(
        start=datetime(2019, 5, 28, 15, tzinfo=manila),
        end=datetime(2019, 5, 30, 9, tzinfo=manila),
        time_zone="Asia/Manila",
        all_day=True,
    )
    event.refresh_from_db()
    assert event.local_start == datetime(2019, 5, 28, tzinfo=manila)
    assert event.local_end == datetime(2019, 5, 30, 23, 59, 59, tzinfo=manila)
    assert event.when == "28–30 May 2019"
