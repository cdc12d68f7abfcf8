"""The visitor mix `make loadtest` drives (locust): browsing with filters, search, detail pages, feeds,
the calendar, exports and the API, in about the proportions a public catalogue sees.

The addresses of real records come from LOADTEST_PATHS, a JSON file scripts/loadtest.py writes.
"""

import json
import os
import random

from locust import HttpUser, between, task

SAMPLE = json.loads(open(os.environ["LOADTEST_PATHS"]).read())  # noqa: SIM115 (read once at import)
WORDS = ["mercury", "gold", "child labour", "cobalt", "women", "safety", "cooperative", "formalisation", "health"]
FACETS = {
    "country": ["GH", "PE", "CD", "TZ", "PH", "CO", "BF", "ML"],
    "mineral": ["gold", "cobalt", "tin", "mica", "coltan"],
    "area": SAMPLE["areas"],
}


def filters(k):
    return "&".join(f"{name}={random.choice(values)}" for name, values in random.sample(sorted(FACETS.items()), k))


class Visitor(HttpUser):
    wait_time = between(0.5, 2)

    @task(30)
    def browse_with_filters(self):
        kind = random.choice(["interventions", "publications", "events"])
        page = random.choice(["", "&page=2", "&sort=title"])
        self.client.get(f"/{kind}/?{filters(random.randint(0, 2))}{page}", name=f"/{kind}/?filters")

    @task(20)
    def search(self):
        query = random.choice(WORDS)
        if random.random() < 0.5:
            self.client.get(f"/search/?q={query}", name="/search/?q")
        else:
            kind = random.choice(["interventions", "publications"])
            self.client.get(f"/{kind}/?q={query}&{filters(1)}", name=f"/{kind}/?q&filter")

    @task(25)
    def detail(self):
        self.client.get(random.choice(SAMPLE["details"]), name="detail page")

    @task(8)
    def home_and_profiles(self):
        self.client.get(random.choice(["/", *SAMPLE["profiles"]]), name="home or profile")

    @task(6)
    def feed(self):
        kind = random.choice(["interventions", "publications", "events"])
        self.client.get(f"/{kind}/feed/?{filters(random.randint(0, 1))}", name="/*/feed/")

    @task(3)
    def calendar(self):
        self.client.get("/events/calendar.ics", name="/events/calendar.ics")

    @task(3)
    def export(self):
        kind = random.choice(["interventions", "publications"])
        fmt = random.choice(["csv", "json"])
        self.client.get(f"/{kind}/export.{fmt}?{filters(2)}", name=f"/*/export.{fmt}?filters")

    @task(5)
    def api(self):
        kind = random.choice(["interventions", "publications", "events"])
        self.client.get(f"/api/{kind}/?{filters(1)}", headers={"Accept": "application/json"}, name="/api/*/")
