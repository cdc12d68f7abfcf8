"""make bench: build the synthetic corpus, serve it with the production stack, measure, compare.

    python scripts/bench.py --scale 100000 [--seed 1] [--requests 200] [--backends sqlite,postgresql]

For each backend it builds (or reuses) a database holding `generate_corpus --scale N`, starts
gunicorn with DEBUG off, and measures each scenario: client-side p50/p95/p99, the server's own
time (its Server-Timing header), requests per second at 4 concurrent clients, and SQL statements
per request. Beside each: the floor (the smallest Django view on the same server) and, on SQLite,
the peer (Datasette's faceted table page over the same records, with the same facets). Results are
printed as a table and written as JSON to bench/runs/ and bench/latest.json.
"""

import argparse
import http.client
import json
import os
import platform
import random
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
    # Every request a new address: nothing cached for the page, only the facet index is warm.
    "browse, a new page each time": (lambda: [f"/publications/?page={n}" for n in range(2, 4000)], None),
    # Every request new search words: the ranking, the counts and the page are all computed.
    "text + 2 facets, new words each time": (
        lambda: [f"/publications/?q={a}+{b}&country=GH&mineral=gold" for a, b in word_pairs()],
        None,
    ),
    "Atom feed": ("/publications/feed/", None),
}


def word_pairs():
    """Pairs of the synthetic corpus's words, in a fixed shuffled order."""
    source = (ROOT / "asmportal" / "operations" / "corpus.py").read_text()
    words = re.search(r"VOCABULARY = \((.*?)\)", source, re.S).group(1)
    words = sorted(set(re.findall(r"[a-z]{4,}", words)))
    pairs = [(a, b) for a in words for b in words if a < b]
    random.Random(1).shuffle(pairs)
    return pairs


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
        "SERVER_TIMING": "1",
        "BENCHMARK_FLOOR": "1",
        "SECURE_SSL_REDIRECT": "0",
    }


# --- corpora --------------------------------------------------------------------------------------


def build(env, label):
    log(f"[{label}] migrating and generating the corpus (reused next time)…")
    manage(env, "migrate", "--no-input")
    manage(env, "generate_corpus", "--scale", str(env["BENCH_SCALE"]), "--seed", str(env["BENCH_SEED"]), "--force")


def sqlite_database(scale, seed):
    path = BENCH / f"corpus-{scale}-{seed}.sqlite3"
    env = base_env(f"sqlite:///{path}")
    env.update(BENCH_SCALE=str(scale), BENCH_SEED=str(seed))
    if not path.exists():
        partial = path.with_suffix(".building")
        partial.unlink(missing_ok=True)
        env["DATABASE_URL"] = f"sqlite:///{partial}"
        build(env, "sqlite")
        denormalise_for_datasette(partial)
        partial.rename(path)
        env["DATABASE_URL"] = f"sqlite:///{path}"
    return env, path


def postgres_database(scale, seed):
    import psycopg

    name = f"asmportal_bench_{scale}_{seed}"
    env = base_env(f"{PG_SERVER}/{name}")
    env.update(BENCH_SCALE=str(scale), BENCH_SEED=str(seed))
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists:
            with psycopg.connect(f"{PG_SERVER}/{name}") as db:
                ready = db.execute("SELECT to_regclass('bench_ready') IS NOT NULL").fetchone()[0]
            if ready:
                return env
            conn.execute(f'DROP DATABASE "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    build(env, "postgresql")
    with psycopg.connect(f"{PG_SERVER}/{name}", autocommit=True) as db:
        db.execute("VACUUM ANALYZE")
        db.execute("CREATE TABLE bench_ready (built timestamptz DEFAULT now())")
    return env


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


def worker_peak_memory(master):
    """The largest peak resident memory (kB) among the server's worker processes."""
    peaks = []
    for child in Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split():
        status = Path(f"/proc/{child}/status").read_text()
        peaks.append(int(re.search(r"VmHWM:\s+(\d+)", status).group(1)))
    return max(peaks)


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
        "peak_kb": worker_peak_memory(process),
    }


def run_backend(label, env, scale, requests, sqlite_path=None):
    port = 8700 if label == "sqlite" else 8710
    results = {}
    manage(env, "migrate", "--no-input")  # a corpus built by an older checkout gets the new indexes
    manage(env, "collectstatic", "--no-input")
    process = gunicorn(env, port)
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        listed = json.loads(fetch(conn, "/api/publications/?page_size=50&sort=title")[3])["results"]
        details = [f"/publications/{record['slug']}/" for record in listed]
        for name, (path, _) in SCENARIOS.items():
            paths = path() if callable(path) else details if "{n" in path else [path]
            log(f"[{label}] {name}")
            results[name] = measure(port, paths, requests)
        log(f"[{label}] floor")
        results["floor (minimal Django view)"] = measure(port, ["/_bench/floor/"], requests)
        log(f"[{label}] CSV export")
        small = export(port, process, "/publications/export.csv?country=KE")
        full = export(port, process, "/publications/export.csv")
        results["CSV export"] = {"filtered": small, "all": full}
    finally:
        process.terminate()
        process.wait()
    if sqlite_path is not None:
        results["peer"] = datasette_results(sqlite_path, requests)
    return results


def datasette_results(path, requests):
    port = 8720
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
        for name in [*SCENARIOS, "floor (minimal Django view)"]:
            r = results[name]
            c, s = r["client_ms"], r["server_ms"] or {}
            d = peer.get(name)
            lines.append(
                f"| {name} | {backend} | {c['p50']} | {c['p95']} | {c['p99']} | {s.get('p95', '–')} | {r['rps']} "
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
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--combine", help="an earlier run's JSON (same scale): keep its other backends")
    args = parser.parse_args()
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
    for backend in args.backends.split(","):
        if backend == "sqlite":
            env, path = sqlite_database(args.scale, args.seed)
            report["backends"]["sqlite"] = run_backend("sqlite", env, args.scale, args.requests, sqlite_path=path)
        elif backend == "postgresql":
            env = postgres_database(args.scale, args.seed)
            report["backends"]["postgresql"] = run_backend("postgresql", env, args.scale, args.requests)
        # Kept after each backend, so a long run that fails later still leaves what it measured.
        (runs / f"{report['when']}-{args.scale}.json").write_text(json.dumps(report, indent=2) + "\n")
    text = table(report)
    print(text)
    (BENCH / "latest.json").write_text(json.dumps(report, indent=2) + "\n")
    combined = f" (with the other backends of the run of {report['combined_from']})" if args.combine else ""
    (BENCH / "latest.md").write_text(
        f"Scale {args.scale} per type (seed {args.seed}), {report['when']}{combined}, {os.cpu_count()} CPUs, "
        f"{report['machine']['platform']}\n\n{text}\n"
    )


if __name__ == "__main__":
    main()
