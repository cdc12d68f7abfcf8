"""`make bench`'s alert row: ALERTS alert subscriptions matched against the benchmark corpus.

What is timed is the matching (newsletter.alerts.match: every due alert's new records, through the
browse engine), not the SMTP. The subscriptions are as visitors would make them: a browse page of a
type with zero to three filters (countries, minerals, a kind, search words) or a site search, and a
daily, weekly or monthly rhythm, so each looks back one day, one week or one month. Everything is
written inside a transaction that is rolled back, so the corpus is left as it was.

Run by scripts/bench.py in its own process; alone: `DATABASE_URL=... python scripts/bench_alerts.py`.
"""

import json
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ALERTS = 10_000
TARGET_SECONDS = 60


def subscription_params(rng, scope, vocab):
    """A query string as a visitor's filters make it."""
    if scope == "search":
        return {"q": rng.choice(vocab["words"])}
    params = {}
    for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
        facet = rng.choice(["country", "mineral", "kind", "q"])
        if facet == "country":
            params.setdefault("country", []).extend(rng.sample(vocab["countries"], rng.choice([1, 1, 2])))
        elif facet == "mineral":
            params.setdefault("mineral", []).append(rng.choice(vocab["minerals"]))
        elif facet == "kind":
            params["kind"] = [rng.choice(vocab["kinds"][scope])]
        else:
            params["q"] = [rng.choice(vocab["words"])]
    return params


def run(alerts=ALERTS, seed=1):
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "asmportal.settings")
    django.setup()
    from django.db import connection, transaction
    from django.http import QueryDict
    from django.test.utils import CaptureQueriesContext

    from asmportal.operations.corpus_words import vocabulary
    from catalog.models import Country, Mineral
    from newsletter.alerts import cleaned, match
    from newsletter.models import Subscription
    from newsletter.models.subscriptions import address_key
    from newsletter.sections import SECTIONS

    rng = random.Random(f"alerts-{seed}")
    vocab = {
        "countries": list(Country.objects.values_list("iso2", flat=True)),
        "minerals": list(Mineral.objects.values_list("slug", flat=True)),
        "kinds": {s.key: [value for value, _ in s.model.Kind.choices] for s in SECTIONS},
        "words": vocabulary(seed)[5:400],
    }
    newest = max(s.model.objects.published().latest("published_at").published_at for s in SECTIONS)
    until = newest + timedelta(seconds=1)
    looks_back = {"daily": timedelta(days=1), "weekly": timedelta(days=7), "monthly": timedelta(days=30)}
    scopes = ["publications"] * 5 + ["events"] * 2 + ["interventions"] * 2 + ["search"]

    started = time.perf_counter()
    for section in SECTIONS:
        section.record_type.index()  # built once per worker process, as the web workers have it
    index_seconds = time.perf_counter() - started

    results = {}
    with transaction.atomic():
        rows, seen = [], set()
        while len(rows) < alerts:
            scope = rng.choice(scopes)
            search = cleaned(scope, QueryDict(urlencode(subscription_params(rng, scope, vocab), doseq=True)))
            if search is None:
                continue
            email = f"reader{len(rows)}@example.org"
            frequency = rng.choice(list(looks_back))
            rows.append(
                Subscription(
                    email=email,
                    address_key=address_key(email),
                    scope=search.scope,
                    query=search.query,
                    frequency=frequency,
                    state=Subscription.State.ACTIVE,
                    consent="bench",
                    confirmed_at=until - timedelta(days=60),
                    matched_until=until - looks_back[frequency],
                    next_due_at=until,
                )
            )
            seen.add(search)
        Subscription.objects.bulk_create(rows, batch_size=2000)

        due = list(Subscription.objects.due(until))
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            found = match(due, until)
        seconds = time.perf_counter() - started
        listed = sum(f.total for f in found)
        results = {
            "alerts": len(due),
            "distinct_searches": len(seen),
            "with_news": len(found),
            "records_found": listed,
            "seconds": round(seconds, 2),
            "ms_per_alert": round(1000 * seconds / max(1, len(due)), 3),
            "queries": len(queries),
            "index_seconds": round(index_seconds, 2),
            "target_seconds": TARGET_SECONDS,
        }
        transaction.set_rollback(True)
    return results


if __name__ == "__main__":
    print(json.dumps(run(int(os.environ.get("BENCH_ALERTS", ALERTS)))))
