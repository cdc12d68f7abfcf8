"""Time the admin's import confirm (the write step) of a publications file, as a signed-in Editor.

    DATABASE_URL=... .venv/bin/python scripts/import_confirm_bench.py [--rows 2000] [--profile out.prof]

The file is built from the database's own vocabularies and records (as scripts/bench.py builds its import
check), previewed through the admin's import page, then confirmed through its process_import page; only
the confirm is timed (and profiled, with --profile). Everything runs in one transaction rolled back at
the end, so the database is left as it was.
"""

import argparse
import cProfile
import csv
import io
import json
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "asmportal.settings")


def build_csv(rows):
    from catalog.models import AreaOfWork, Country, Mineral, Organisation, Topic
    from events.models import Event
    from interventions.models import Intervention

    def names(queryset, field):
        return list(queryset.order_by(field).values_list(field, flat=True)[:40]) or [""]

    countries, minerals = names(Country.objects, "iso2"), names(Mineral.objects, "slug")
    areas, topics = names(AreaOfWork.objects, "number"), names(Topic.objects, "name")
    organisations = names(Organisation.objects, "name")
    interventions, events = names(Intervention.objects, "slug"), names(Event.objects, "slug")

    def pick(values, n, step=0):
        return values[(n + step) % len(values)]

    def line(n):
        return {
            "title": f"Confirm bench {n} artisanal gold",
            "slug": f"confirm-bench-{n}",
            "summary": "What the study found, in two sentences. " * 3,
            "state": "published" if n % 4 == 0 else "draft",
            "kind": "report",
            "publication_date": "2021-06-01",
            "authors": f"Author {n}; Second Author",
            "author_organisations": pick(organisations, n),
            "publishers": pick(organisations, n, 7),
            "commissioners": pick(organisations, n, 3),
            "languages": "en",
            "external_url": f"https://example.org/bench/{n}",
            "print_only": "false",
            "body": "Body text. " * 40,
            "countries": f"{pick(countries, n)}; {pick(countries, n, 11)}",
            "minerals": f"{pick(minerals, n)}; {pick(minerals, n, 3)}",
            "areas_of_work": pick(areas, n),
            "topics": pick(topics, n),
            "sources": f"https://example.org/bench/{n}/source (2026-12-04)",
            "interventions": pick(interventions, n),
            "events": pick(events, n),
        }

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(line(0)))
    writer.writeheader()
    writer.writerows(line(n) for n in range(rows))
    return out.getvalue().encode()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--profile", help="write a cProfile of the confirm to this file")
    args = parser.parse_args()

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from asmportal.security.roles import EDITORS
    from catalog.search import matching_ids
    from publications.models import Publication

    setup_test_environment()  # the client then keeps each answer's template context (the confirm form)
    with transaction.atomic():
        user = get_user_model().objects.create(username="confirm-bench-editor", is_staff=True)
        user.groups.set(Group.objects.filter(name=EDITORS))
        client = Client(SERVER_NAME="localhost")
        client.force_login(user)
        url = "/admin/publications/publication/import/"
        page = client.get(url, secure=True).content.decode()
        csv_format = re.search(r'<option value="(\d+)">csv</option>', page).group(1)
        content = build_csv(args.rows)
        started = time.perf_counter()
        preview = client.post(
            url, {"format": csv_format, "import_file": SimpleUploadedFile("bench.csv", content)}, secure=True
        )
        preview_seconds = time.perf_counter() - started
        form = preview.context["confirm_form"]
        assert form is not None, preview.content.decode()[:3000]
        data = form.initial
        profiler = cProfile.Profile() if args.profile else None
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            if profiler:
                profiler.enable()
            answer = client.post("/admin/publications/publication/process_import/", data, secure=True)
            if profiler:
                profiler.disable()
            seconds = time.perf_counter() - started
        assert answer.status_code == 302, answer.content.decode()[:3000]
        imported = Publication.objects.filter(slug__startswith="confirm-bench-").count()
        found = len(matching_ids(Publication, "confirm bench artisanal"))
        assert imported == args.rows and found >= args.rows, (imported, found)
        if profiler:
            profiler.dump_stats(args.profile)
        print(
            json.dumps(
                {
                    "backend": connection.vendor,
                    "rows": args.rows,
                    "preview_seconds": round(preview_seconds, 2),
                    "confirm_seconds": round(seconds, 2),
                    "confirm_rows_per_second": round(args.rows / seconds, 1),
                    "confirm_queries": len(queries),
                }
            )
        )
        transaction.set_rollback(True)


if __name__ == "__main__":
    main()
