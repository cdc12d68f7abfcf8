"""make bench: build the synthetic corpus, serve it with the production stack, measure, compare.

    python scripts/bench.py --scale 100000 [--seed 1] [--requests 200] [--backends sqlite|postgresql|both]
                            [--base-port 8700] [--pg-database NAME]

For each backend it builds (or reuses) a database holding `generate_corpus --scale N`, starts
gunicorn with DEBUG off, and measures each scenario: client-side p50/p95/p99, the server's own
time (its Server-Timing header), requests per second at 4 concurrent clients, and SQL statements
per request. Beside each: the floor (the smallest Django view on the same server) and, on SQLite,
the peer (Datasette's faceted table page over the same records, with the same facets).

Most scenarios are measured twice: asking the same address again (served from the cache) and a new
address each time (nothing cached but the facet index). Two scenarios write while it serves, as a
curator does: the first browse request after a record is published, and after a draft is edited.
Results are printed as a table and written as JSON to bench/runs/ and bench/latest.json (at another
scale than 100,000: bench/latest-<scale>.json), with the table beside it as .md.
"""

import argparse
import http.client
import json
import os
import platform
import re
import secrets
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from asmportal.operations.corpus_words import searches  # noqa: E402  (no Django: plain word lists)

BENCH = ROOT / "bench"
PYTHON = sys.executable
BIN = Path(PYTHON).parent
PG_SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
WORKERS = 2  # one per core of the benchmark machine
CONCURRENCY = 4
THROUGHPUT_SECONDS = 3
BUDGET_SECONDS = 30  # per scenario and backend, for the latency samples
MIN_REQUESTS = 20

FACETS = ["kind", "year", "countries", "minerals", "areas", "topics", "organisations", "languages"]
SCENARIOS = {
    # name: (portal path, Datasette query on the same facets)
    "browse, no filter": ("/publications/", ""),
    "text query": ("/publications/?q=mercury", "_search=mercury"),
    "text + 2 facets": (
        "/publications/?q=mercury&country=GH&mineral=gold",
        "_search=mercury&countries__arraycontains=GH&minerals__arraycontains=gold",
    ),
    "broad filter (~30%)": ("/publications/?country=GH", "countries__arraycontains=GH"),
    "detail page": ("/publications/synthetic-publication-{n:07d}/", None),
    "Atom feed": ("/publications/feed/", None),
    # Every request a new address: nothing cached for the page, only the facet index is warm.
    "browse, a new page each time": (lambda: [f"/publications/?page={n}" for n in range(2, 4000)], None),
    "browse, a new page 2,000+ deep each time": (lambda: [f"/publications/?page={n}" for n in range(2000, 4500)], None),
    "detail page, first visit each time": ("first visits", None),
    # Every request new search words: the ranking, the counts and the page are all computed. Broad
    # words are each in 10-90 % of records; a narrow search pairs one with a word in about 1 %.
    "text + 2 facets, new broad words each time": (
        lambda: [f"/publications/?q={a}+{b}&country=GH&mineral=gold" for a, b in searches("broad")],
        None,
    ),
    "text + 2 facets, new narrow words each time": (
        lambda: [f"/publications/?q={a}+{b}&country=GH&mineral=gold" for a, b in searches("narrow")],
        None,
    ),
}
WRITES = 20  # publishes and draft edits, each followed by one measured request
WRITE_SCENARIOS = ["browse, first request after a publish", "browse, first request after a draft edit"]


def log(text):
    print(text, file=sys.stderr, flush=True)


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def base_env(database_url):
    return {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "asmportal.settings",  # for the curator's process
        "SERVER_TIMING": "1",
        "BENCHMARK_FLOOR": "1",
        "SECURE_SSL_REDIRECT": "0",
    }


# --- corpora --------------------------------------------------------------------------------------


def build(env, label, record):
    """Migrate and generate the corpus; `record` (a path) keeps how long that took."""
    log(f"[{label}] migrating and generating the corpus (reused next time)…")
    started = time.perf_counter()
    manage(env, "migrate", "--no-input")
    manage(env, "generate_corpus", "--scale", str(env["BENCH_SCALE"]), "--seed", str(env["BENCH_SEED"]), "--force")
    record.write_text(json.dumps({"build_seconds": round(time.perf_counter() - started)}) + "\n")


def build_seconds(record):
    return json.loads(record.read_text())["build_seconds"] if record.exists() else None


def sqlite_database(scale, seed):
    path = BENCH / f"corpus-{scale}-{seed}.sqlite3"
    env = base_env(f"sqlite:///{path}")
    env.update(BENCH_SCALE=str(scale), BENCH_SEED=str(seed))
    if not path.exists():
        partial = path.with_suffix(".building")
        partial.unlink(missing_ok=True)
        env["DATABASE_URL"] = f"sqlite:///{partial}"
        build(env, "sqlite", path.with_suffix(".json"))
        denormalise_for_datasette(partial)
        partial.rename(path)
        env["DATABASE_URL"] = f"sqlite:///{path}"
    return env, path, path.with_suffix(".json")


def postgres_database(scale, seed, name=None):
    import psycopg

    name = name or f"asmportal_bench_{scale}_{seed}"
    env = base_env(f"{PG_SERVER}/{name}")
    env.update(BENCH_SCALE=str(scale), BENCH_SEED=str(seed))
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists:
            with psycopg.connect(f"{PG_SERVER}/{name}") as db:
                ready = db.execute("SELECT to_regclass('bench_ready') IS NOT NULL").fetchone()[0]
            if ready:
                return env, BENCH / f"{name}.json"
            conn.execute(f'DROP DATABASE "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    build(env, "postgresql", BENCH / f"{name}.json")
    with psycopg.connect(f"{PG_SERVER}/{name}", autocommit=True) as db:
        db.execute("VACUUM ANALYZE")
        db.execute("CREATE TABLE bench_ready (built timestamptz DEFAULT now())")
    return env, BENCH / f"{name}.json"


def denormalise_for_datasette(path):
    """Datasette facets the columns of one table: give it the publications with their facet values
    as JSON arrays (its `_facet_array`), indexed, with an FTS5 table it detects for `_search`."""
    db = sqlite3.connect(path)

    def array(through, column, join, value):
        return (
            f"(SELECT json_group_array(v.{value}) FROM {through} t JOIN {join} v ON v.id = t.{column} "
            f"WHERE t.publication_id = p.id)"
        )

    db.executescript(
        f"""
        DROP TABLE IF EXISTS publications;
        CREATE TABLE publications AS SELECT p.id, p.title, p.summary, p.kind,
            CAST(strftime('%Y', p.publication_date) AS INTEGER) AS year, p.publication_date,
            {array("publications_publication_countries", "country_id", "catalog_country", "iso2")} AS countries,
            {array("publications_publication_minerals", "mineral_id", "catalog_mineral", "slug")} AS minerals,
            {array("publications_publication_areas_of_work", "areaofwork_id", "catalog_areaofwork", "slug")} AS areas,
            {array("publications_publication_topics", "topic_id", "catalog_topic", "slug")} AS topics,
            (SELECT json_group_array(o.slug) FROM publications_publicationorganisation r
                JOIN catalog_organisation o ON o.id = r.organisation_id WHERE r.publication_id = p.id) AS organisations,
            {array("publications_publication_languages", "language_id", "catalog_language", "code")} AS languages
          FROM publications_publication p WHERE p.state = 'published';
        CREATE UNIQUE INDEX publications_id ON publications(id);
        CREATE INDEX publications_kind ON publications(kind);
        CREATE INDEX publications_year ON publications(year);
        CREATE INDEX publications_date ON publications(publication_date);
        CREATE VIRTUAL TABLE publications_fts USING fts5(title, summary, content='publications', content_rowid='id');
        INSERT INTO publications_fts (rowid, title, summary) SELECT id, title, summary FROM publications;
        ANALYZE;
        """
    )
    db.commit()
    db.close()


# --- servers --------------------------------------------------------------------------------------


def wait_for(port, path="/", timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("GET", path)
            if conn.getresponse().status < 500:
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"nothing answered on port {port}")


def gunicorn(env, port):
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "asmportal.wsgi",
            "-w",
            str(WORKERS),
            "-b",
            f"127.0.0.1:{port}",
            "--timeout",  # a whole-catalogue export streams for longer than the default 30 s
            "600",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    wait_for(port)
    return process


def datasette(path, port):
    process = subprocess.Popen(
        [
            str(BIN / "datasette"),
            "serve",
            "-i",
            str(path),
            "-p",
            str(port),
            "--setting",
            "facet_time_limit_ms",
            "60000",
            "--setting",
            "sql_time_limit_ms",
            "60000",
            "--setting",
            "num_sql_threads",
            str(WORKERS),
            "--setting",
            "default_facet_size",
            "30",
        ],
        cwd=BENCH,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(port, "/-/versions.json")
    return process


def worker_memory(master, field="VmHWM"):
    """The largest resident memory (kB) among the server's worker processes: now (VmRSS) or at its
    peak (VmHWM)."""
    found = []
    for child in Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split():
        status = Path(f"/proc/{child}/status").read_text()
        found.append(int(re.search(rf"{field}:\s+(\d+)", status).group(1)))
    return max(found)


CURATOR = """
import sys
import django
django.setup()
from publications.models import Publication
for line in sys.stdin:
    command, _, pk = line.split()
    record = Publication.objects.get(pk=int(pk))
    if command == "publish":
        record.state = "published"
    elif command == "unpublish":
        record.state = "draft"
    else:
        record.notes = f"Checked again ({pk})"
    record.save()
    print("done", flush=True)
"""


class Curator:
    """A process writing to the catalogue as the admin does (Model.save), while the server serves."""

    def __init__(self, env):
        self.process = subprocess.Popen(
            [PYTHON, "-c", CURATOR], cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def do(self, command, pk):
        self.process.stdin.write(f"{command} = {pk}\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "done"

    def close(self):
        self.process.stdin.close()
        self.process.wait()
        self.process.stdout.close()


# --- measuring ------------------------------------------------------------------------------------


def fetch(conn, path):
    started = time.perf_counter()
    conn.request("GET", path, headers={"Accept-Encoding": "identity"})
    response = conn.getresponse()
    body = response.read()
    elapsed = time.perf_counter() - started
    if response.status != 200:
        raise RuntimeError(f"{path}: {response.status}")
    timing = response.getheader("Server-Timing") or ""
    total = re.search(r"total;dur=([\d.]+)", timing)
    sql = re.search(r'desc="(\d+) SQL"', timing)
    return elapsed * 1000, float(total.group(1)) if total else None, int(sql.group(1)) if sql else None, body


def percentiles(values):
    if not values:
        return None
    ordered = sorted(values)

    def at(q):
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)

    return {"p50": at(0.50), "p95": at(0.95), "p99": at(0.99)}


def latency(port, paths, requests):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    for path in paths[:5]:  # warm-up: caches, the facet index, connections
        fetch(conn, path)
    client, server, statements = [], [], []
    deadline = time.time() + BUDGET_SECONDS
    for i in range(requests):
        if i >= MIN_REQUESTS and time.time() > deadline:
            break  # a slow page gets fewer samples rather than an endless run
        elapsed, total, sql, _ = fetch(conn, paths[(i + 5) % len(paths)])
        client.append(elapsed)
        if total is not None:
            server.append(total)
        if sql is not None:
            statements.append(sql)
    return {
        "samples": len(client),
        "client_ms": percentiles(client),
        "server_ms": percentiles(server),
        # The usual number: a request that rebuilds the facet index after a write runs more.
        "sql": statistics.mode(statements) if statements else None,
    }


def throughput(port, paths, seconds=THROUGHPUT_SECONDS, clients=CONCURRENCY):
    done = []
    stop = time.time() + seconds

    def run(offset):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        n = offset
        while time.time() < stop:
            fetch(conn, paths[n % len(paths)])
            done.append(1)
            n += clients

    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return round(len(done) / (time.perf_counter() - started), 1)


def measure(port, paths, requests):
    # Every worker builds its own facet index and fills its own connections on first use: warm them
    # all with concurrent requests first, or one worker's first seconds land in the throughput.
    throughput(port, paths[:5], seconds=1)
    result = latency(port, paths, requests)
    # Scenarios with a new address each time go on with addresses not asked for yet.
    unused = paths[5 + result["samples"] :] if len(paths) > 5 + 2 * result["samples"] else paths
    result["rps"] = throughput(port, unused)
    return result


def after_writes(port, env, command, pks, path="/publications/"):
    """The first request for `path` after each write (`command` on each of `pks`): what a visitor
    gets while a curator works. Both workers are warm before each write."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    curator = Curator(env)
    client, server, statements = [], [], []
    try:
        for pk in pks:
            throughput(port, [path], seconds=0.3)  # each worker warm: caches and index current
            curator.do(command, pk)
            elapsed, total, sql, _ = fetch(conn, path)
            client.append(elapsed)
            server.append(total)
            statements.append(sql)
    finally:
        curator.close()
    return {
        "samples": len(client),
        "client_ms": percentiles(client),
        "server_ms": percentiles([t for t in server if t is not None]),
        "sql": max(statements) if statements else None,
        "rps": None,
    }


def drafts(env, count):
    """`count` draft publications of the corpus (the bench publishes them, then puts them back)."""
    code = (
        "import django; django.setup(); from publications.models import Publication; "
        f"print(*Publication.objects.filter(state='draft').order_by('pk').values_list('pk', flat=True)[:{count}])"
    )
    result = subprocess.run([PYTHON, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return [int(pk) for pk in result.stdout.split()]


def export(port, process, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    started = time.perf_counter()
    _, _, _, body = fetch(conn, path)
    seconds = time.perf_counter() - started
    rows = body.count(b"\n") - 1
    return {
        "rows": rows,
        "seconds": round(seconds, 2),
        "rows_per_s": round(rows / seconds),
        "peak_kb": worker_memory(process),
    }


def run_backend(label, env, requests, port, sqlite_path=None):
    results = {}
    manage(env, "migrate", "--no-input")  # a corpus built by an older checkout gets the new indexes
    manage(env, "collectstatic", "--no-input")
    process = gunicorn(env, port)
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        listed = json.loads(fetch(conn, "/api/publications/?page_size=50&sort=title")[3])["results"]
        details = [f"/publications/{record['slug']}/" for record in listed]
        first_visits = []
        for page in range(2, 42):  # records nobody has opened yet
            try:
                found = json.loads(fetch(conn, f"/api/publications/?page_size=100&page={page}")[3])["results"]
            except RuntimeError:  # a small corpus (SCALE=300) has fewer pages
                break
            first_visits += [f"/publications/{record['slug']}/" for record in found]
        for name, (path, _) in SCENARIOS.items():
            if callable(path):
                paths = path()
            elif path == "first visits":
                paths = first_visits
            else:
                paths = details if "{n" in path else [path]
            log(f"[{label}] {name}")
            results[name] = measure(port, paths, requests)
        log(f"[{label}] floor")
        results["floor (minimal Django view)"] = measure(port, ["/_bench/floor/"], requests)
        pks = drafts(env, WRITES)
        log(f"[{label}] the first browse request after each of {len(pks)} publishes")
        try:
            results["browse, first request after a publish"] = after_writes(port, env, "publish", pks)
        finally:
            curator = Curator(env)
            for pk in pks:  # the corpus as it was, for the next run
                curator.do("unpublish", pk)
            curator.close()
        log(f"[{label}] the first browse request after each of {len(pks)} draft edits")
        results["browse, first request after a draft edit"] = after_writes(port, env, "note", pks)
        results["memory"] = {"rss_kb": worker_memory(process, "VmRSS"), "peak_kb": worker_memory(process)}
        log(f"[{label}] page weight of a cold visit")
        results["page weight"] = page_weight(port)
        log(f"[{label}] CSV export")
        small = export(port, process, "/publications/export.csv?country=KE")
        full = export(port, process, "/publications/export.csv")
        results["CSV export"] = {"filtered": small, "all": full}
    finally:
        process.terminate()
        process.wait()
    if sqlite_path is not None:
        results["peer"] = datasette_results(sqlite_path, requests, port + 20)
    return results


def datasette_results(path, requests, port):
    process = datasette(path, port)
    facets = "&".join(f"_facet_array={f}" if f not in ("kind", "year") else f"_facet={f}" for f in FACETS)
    results = {}
    try:
        for name, (_, query) in SCENARIOS.items():
            if query is None:
                continue
            log(f"[datasette] {name}")
            url = f"/{path.stem}/publications?_size=20&{facets}" + (f"&{query}" if query else "")
            results[name] = measure(port, [quote(url, safe="/?&=_")], requests)
    finally:
        process.terminate()
        process.wait()
    return results


def page_weight(port):
    """Bytes a cold visit to the home page and a browse page transfers, as Chromium counts them, against
    the production stack (gunicorn, whitenoise's compressed static files, gzipped pages)."""
    from scripts.page_weight import weigh

    return {
        path: weight["bytes"] for path, weight in weigh(f"http://127.0.0.1:{port}", ["/", "/publications/"]).items()
    }


# --- report ---------------------------------------------------------------------------------------


def table(report):
    lines = []
    floors = {}
    header = (
        "| scenario | backend | p50 ms | p95 ms | p99 ms | server p95 ms | req/s | SQL | floor req/s "
        "| Datasette p95 ms | Datasette req/s |"
    )
    lines += [header, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for backend, results in report["backends"].items():
        floors[backend] = results["floor (minimal Django view)"]["rps"]
        peer = results.get("peer", {})
        for name in [*SCENARIOS, *WRITE_SCENARIOS, "floor (minimal Django view)"]:
            r = results.get(name)
            if r is None:
                continue  # a run from before the scenario existed
            c, s = r["client_ms"], r["server_ms"] or {}
            d = peer.get(name)
            lines.append(
                f"| {name} | {backend} | {c['p50']} | {c['p95']} | {c['p99']} | {s.get('p95', '–')} "
                f"| {r['rps'] or '–'} "
                f"| {r['sql'] if r['sql'] is not None else '–'} | {floors[backend]} "
                f"| {d['client_ms']['p95'] if d else '–'} | {d['rps'] if d else '–'} |"
            )
    lines.append("")
    lines.append("| CSV export | backend | rows | seconds | rows/s | worker peak memory |")
    lines.append("|---|---|---:|---:|---:|---:|")
    for backend, results in report["backends"].items():
        for which, e in results["CSV export"].items():
            memory = f"{e['peak_kb'] // 1024} MB"
            lines.append(f"| {which} | {backend} | {e['rows']} | {e['seconds']} | {e['rows_per_s']} | {memory} |")
    lines.append("")
    lines.append("| cold page weight | backend | transferred | budget |")
    lines.append("|---|---|---:|---:|")
    for backend, results in report["backends"].items():
        for path, size in results.get("page weight", {}).items():
            verdict = "within" if size <= PAGE_BUDGET else "OVER"
            lines.append(f"| {path} | {backend} | {size / 1000:.1f} kB | {verdict} {PAGE_BUDGET // 1000} kB |")
    lines.append("")
    lines.append("| import check (2,000 rows, admin preview) | backend | seconds | rows/s | target |")
    lines.append("|---|---|---:|---:|---:|")
    for backend, results in report["backends"].items():
        for name, figures in results.get("import check", {}).items():
            lines.append(
                f"| {name} | {backend} | {figures['seconds']:.2f} | {figures['rows_per_second']:.0f} "
                f"| {IMPORT_TARGET} |"
            )
    lines.append("")
    lines.append(
        "| alert matching (the matching, not the SMTP) | backend | alerts | distinct searches | with news "
        "| records found | seconds | ms per alert | SQL | target |"
    )
    lines.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for backend, results in report["backends"].items():
        a = results.get("alert matching")
        if a:
            lines.append(
                f"| daily, weekly and monthly alerts, all due | {backend} | {a['alerts']} | {a['distinct_searches']} "
                f"| {a['with_news']} | {a['records_found']} | {a['seconds']:.2f} | {a['ms_per_alert']} "
                f"| {a['queries']} | < {a['target_seconds']} s |"
            )
    lines.append("")
    lines.append("| worker memory | backend | RSS at the end | peak RSS | corpus build |")
    lines.append("|---|---|---:|---:|---:|")
    for backend, results in report["backends"].items():
        m = results.get("memory")
        if m:
            built = results.get("corpus_build_seconds")
            built = f"{built // 60} min {built % 60} s" if built else "–"
            rss, peak = m["rss_kb"] // 1024, m["peak_kb"] // 1024
            lines.append(f"| {report['scale']} per type | {backend} | {rss} MB | {peak} MB | {built} |")
    return "\n".join(lines)


# --- import check: the admin's preview (dry run) of a curator's spreadsheet ----------------------------
# Separate from the serving scenarios above: it runs in its own process against the same corpus, through
# the admin's own import view (as a signed-in Editor), inside a transaction rolled back at the end, so the
# corpus is left as it was. The file is built from the database's own vocabularies, so any SCALE works.
IMPORT_ROWS = 2000
IMPORT_TARGET = 200  # rows per second: a 2,000-row file checked in under 10 s
PAGE_BUDGET = 120_000  # bytes a cold home or browse page may transfer (scripts/page_weight.py)


def import_check(env, rows=IMPORT_ROWS):
    """Rows per second of the import check: a clean file (the whole preview shown) and one with a bad line."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [
                PYTHON,
                "-c",
                "import sys; from scripts.bench import import_check_child as c; c(*sys.argv[1:])",
                folder,
                str(rows),
            ],
            cwd=ROOT,
            env={**env, "DJANGO_SETTINGS_MODULE": "asmportal.settings"},
            check=True,
            stdout=subprocess.PIPE,  # the figures; its log and any error go to the terminal
            text=True,
        )
    results = json.loads(done.stdout.strip().splitlines()[-1])
    for name, figures in results.items():
        verdict = "meets" if figures["rows_per_second"] >= IMPORT_TARGET else "MISSES"
        print(
            f"import check, {name}: {figures['rows']} rows in {figures['seconds']:.2f} s = "
            f"{figures['rows_per_second']:.0f} rows/s ({verdict} the {IMPORT_TARGET} rows/s target), "
            f"{figures['queries']} SQL statements"
        )
    return results


def alert_check(env):
    """scripts/bench_alerts.py in its own process: 10,000 alerts matched against this corpus."""
    done = subprocess.run(
        [PYTHON, "scripts/bench_alerts.py"], cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    verdict = "meets" if figures["seconds"] < figures["target_seconds"] else "MISSES"
    print(
        f"alert matching: {figures['alerts']} alerts ({figures['distinct_searches']} distinct searches) in "
        f"{figures['seconds']:.2f} s ({verdict} the {figures['target_seconds']} s target)"
    )
    return figures


def import_check_child(folder, rows):
    """In the child process: build the file in `folder`, post it to the admin's import page, time the answer."""
    import csv

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from asmportal.security.roles import EDITORS
    from catalog.models import AreaOfWork, Country, Mineral, Organisation, Topic

    def names(queryset, field):
        return list(queryset.order_by(field).values_list(field, flat=True)[:40]) or [""]

    countries, minerals = names(Country.objects, "iso2"), names(Mineral.objects, "slug")
    areas, topics = names(AreaOfWork.objects, "number"), names(Topic.objects, "name")
    organisations = names(Organisation.objects, "name")
    rows = int(rows)

    def line(n, bad):
        def pick(values, step=0):
            return values[(n + step) % len(values)]

        return {
            "title": f"Bench import {n}",
            "slug": f"bench-import-{n}",
            "summary": "What the study found, in two sentences. " * 3,
            "state": "draft",
            "kind": "report",
            "publication_date": "2021-06-01",
            "authors": f"Author {n}; Second Author",
            "author_organisations": pick(organisations),
            "publishers": pick(organisations, 7),
            "languages": "en",
            "external_url": f"https://example.org/bench/{n}",
            "print_only": "false",
            "body": "Body text. " * 40,
            "countries": "Atlantis" if bad else f"{pick(countries)}; {pick(countries, 11)}",
            "minerals": f"{pick(minerals)}; {pick(minerals, 3)}",
            "areas_of_work": pick(areas),
            "topics": pick(topics),
            "sources": f"https://example.org/bench/{n}/source (2026-12-04)",
        }

    def write(path, bad_line=None):
        with open(path, "w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=list(line(0, False)))
            writer.writeheader()
            writer.writerows(line(n, n + 2 == bad_line) for n in range(rows))
        with open(path, "rb") as written:
            return written.read()

    results = {}
    with transaction.atomic():
        user = get_user_model().objects.create(username="bench-import-editor", is_staff=True)
        user.groups.set(Group.objects.filter(name=EDITORS))
        client = Client(SERVER_NAME="localhost")
        client.force_login(user)
        url = "/admin/publications/publication/import/"
        page = client.get(url, secure=True).content.decode()
        csv_format = re.search(r'<option value="(\d+)">csv</option>', page).group(1)
        files = {"clean file, preview shown": None, "one bad line among them, listed": rows * 3 // 4}
        for name, bad_line in files.items():
            content = write(f"{folder}/{name[:5]}.csv", bad_line)
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                answer = client.post(
                    url, {"format": csv_format, "import_file": SimpleUploadedFile("bench.csv", content)}, secure=True
                )
                seconds = time.perf_counter() - started
            html = answer.content.decode()
            expected = "1 line needs fixing" if bad_line else f"Preview: {rows} lines"
            assert answer.status_code == 200 and expected in html, html[html.find("<h2") :][:2000]
            results[name] = {
                "rows": rows, "seconds": round(seconds, 3), "rows_per_second": round(rows / seconds, 1),
                "queries": len(queries), "target_rows_per_second": IMPORT_TARGET,
            }  # fmt: skip
        transaction.set_rollback(True)
    print(json.dumps(results))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--backends", default="both", help="sqlite, postgresql or both")
    parser.add_argument("--base-port", type=int, default=8700, help="gunicorn on this port; Datasette on it + 20")
    parser.add_argument("--pg-database", help="default: asmportal_bench_<scale>_<seed>")
    parser.add_argument("--no-peer", action="store_true", help="skip Datasette (quicker runs while tuning)")
    parser.add_argument("--combine", help="an earlier run's JSON (same scale): keep its other backends")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backends == "both" else args.backends.split(",")
    if set(backends) - {"sqlite", "postgresql"}:
        parser.error("--backends takes sqlite, postgresql or both")
    BENCH.mkdir(exist_ok=True)
    report = {
        "scale": args.scale,
        "seed": args.seed,
        "requests": args.requests,
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "sqlite": sqlite3.sqlite_version,
        },
        "backends": {},
    }
    if args.combine:
        earlier = json.loads(Path(args.combine).read_text())
        if (earlier["scale"], earlier["seed"]) != (args.scale, args.seed):
            parser.error("--combine needs a run at the same scale and seed")
        report["backends"] = earlier["backends"]
        report["combined_from"] = earlier["when"]
    runs = BENCH / "runs"
    runs.mkdir(exist_ok=True)
    for backend in backends:
        if backend == "sqlite":
            env, path, record = sqlite_database(args.scale, args.seed)
            peer = None if args.no_peer else path
            results = run_backend("sqlite", env, args.requests, args.base_port, sqlite_path=peer)
        else:
            env, record = postgres_database(args.scale, args.seed, args.pg_database)
            results = run_backend("postgresql", env, args.requests, args.base_port + 10)
        results["corpus_build_seconds"] = build_seconds(record)
        results["import check"] = import_check(env)  # the admin's import preview, timed apart from serving
        results["alert matching"] = alert_check(env)
        report["backends"][backend] = results
        # Kept after each backend, so a long run that fails later still leaves what it measured.
        (runs / f"{report['when']}-{args.scale}.json").write_text(json.dumps(report, indent=2) + "\n")
    text = table(report)
    print(text)
    latest = "latest" if args.scale == 100_000 else f"latest-{args.scale}"
    (BENCH / f"{latest}.json").write_text(json.dumps(report, indent=2) + "\n")
    combined = f" (with the other backends of the run of {report['combined_from']})" if args.combine else ""
    (BENCH / f"{latest}.md").write_text(
        f"Scale {args.scale} per type (seed {args.seed}), {report['when']}{combined}, {os.cpu_count()} CPUs, "
        f"{report['machine']['platform']}\n\n{text}\n"
    )


if __name__ == "__main__":
    main()
