"""Smoke test of a running database: the main public surfaces answer, and show the records the database holds.

Used by the restore drill: `DATABASE_URL=... python scripts/smoke.py`. Exits non-zero on the first failure.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "asmportal.settings")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django

django.setup()

from django.test import Client  # noqa: E402

from events.models import Event  # noqa: E402
from interventions.models import Intervention  # noqa: E402
from publications.models import Publication  # noqa: E402


def main():
    client = Client()
    failures = []
    for path in [
        "/",
        "/interventions/",
        "/publications/",
        "/events/",
        "/search/?q=gold",
        "/interventions/feed/",
        "/events/calendar.ics",
        "/publications/export.csv",
        "/sitemap.xml",
        "/healthz",
    ]:
        response = client.get(path)
        if response.status_code != 200:
            failures.append(f"{path}: {response.status_code}")
    for model, api in [(Intervention, "interventions"), (Publication, "publications"), (Event, "events")]:
        expected = model.objects.published().count()
        got = client.get(f"/api/{api}/", headers={"Accept": "application/json"}).json()["count"]
        if got != expected or not expected:
            failures.append(f"/api/{api}/: {got} records, the database has {expected} published")
        record = model.objects.published().first()
        if record and client.get(record.get_absolute_url()).status_code != 200:
            failures.append(f"{record.get_absolute_url()}: not found")
    if failures:
        sys.exit("Smoke test failed:\n  " + "\n  ".join(failures))
    print("Smoke test passed: pages, feed, calendar, export, sitemap, API and detail pages answer with the records.")


if __name__ == "__main__":
    main()
