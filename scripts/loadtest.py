"""make loadtest: the production stack under a realistic visitor mix, then a database outage drill.

    python scripts/loadtest.py [--scale 2000] [--users 50] [--seconds 60]

1. Builds (or reuses) a PostgreSQL database with the demo content and `generate_corpus --scale N`.
2. Serves it with gunicorn, DEBUG off, Redis as the cache when it answers (as in production).
3. Drives the mix in scripts/locustfile.py from a second process (locust, headless, on loopback)
   for --seconds at --users concurrent users; any failed request fails the run.
4. Outage drill: the site reaches PostgreSQL through a small TCP relay run here. Cutting the relay
   (dropping every open connection and refusing new ones) is, from the site's side, the database
   going away; pages that need the database must answer the 503 page and /healthz must say why.
   Reopening it is the database coming back: the same gunicorn must recover with no restart.

Results are printed and written to loadtest/latest.json (the README quotes them).
"""

import argparse
import contextlib
import csv
import json
import os
import platform
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PG_HOST, PG_PORT = "127.0.0.1", 5432
PG_SERVER = f"postgres://postgres@{PG_HOST}:{PG_PORT}"
REDIS_URL = "redis://127.0.0.1:6379/7"
WORKERS = 4


def log(text):
    print(text, flush=True)


# --- the relay the drill cuts ---------------------------------------------------------------------


class Relay:
    """A TCP relay to PostgreSQL that can be cut (every connection dropped, new ones refused) and reopened."""

    def __init__(self, target):
        self.target = target
        self.port = free_port()
        self.sockets = set()
        self.lock = threading.Lock()
        self.listener = None

    def open(self):
        self.listener = socket.create_server(("127.0.0.1", self.port), reuse_port=True)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def cut(self):
        # shutdown() first: a bare close() leaves a socket blocked in accept() listening on Linux.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.sockets.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.sockets.update({client, upstream})
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- the site -------------------------------------------------------------------------------------


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def database(scale):
    import psycopg

    name = f"asmportal_loadtest_{scale}"
    env = {**os.environ, "DEBUG": "1", "DATABASE_URL": f"{PG_SERVER}/{name}"}
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            with psycopg.connect(f"{PG_SERVER}/{name}") as db:
                if db.execute("SELECT to_regclass('loadtest_ready') IS NOT NULL").fetchone()[0]:
                    log(f"Reusing the database {name}.")
                    return name
            conn.execute(f'DROP DATABASE "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    log(f"Building {name}: demo content and a synthetic corpus of {scale} records per type…")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo")
    manage(env, "generate_corpus", "--scale", str(scale))
    manage(env, "rebuild_search_index")
    with psycopg.connect(f"{PG_SERVER}/{name}", autocommit=True) as db:
        db.execute("VACUUM ANALYZE")
        db.execute("CREATE TABLE loadtest_ready (built timestamptz DEFAULT now())")
    return name


def sample_paths(name):
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/{name}") as db:

        def slugs(table, prefix, n):
            rows = db.execute(
                f"SELECT slug FROM {table} WHERE state = 'published' ORDER BY md5(slug) LIMIT %s", [n]
            ).fetchall()
            return [f"/{prefix}/{slug}/" for (slug,) in rows]

        details = (
            slugs("interventions_intervention", "interventions", 300)
            + slugs("publications_publication", "publications", 300)
            + slugs("events_event", "events", 100)
        )
        orgs = [f"/organisations/{s}/" for (s,) in db.execute("SELECT slug FROM catalog_organisation LIMIT 50")]
        countries = [f"/countries/{c}/" for c in ["GH", "PE", "CD", "TZ", "PH", "CO"]]
        areas = [s for (s,) in db.execute("SELECT slug FROM catalog_areaofwork")]
    return {"details": details, "profiles": orgs + countries, "areas": areas}


def redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"SELECT 7\r\nFLUSHDB\r\n")
            return sock.recv(100).startswith(b"+OK")
    except OSError:
        return False


def gunicorn(env, port):
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "asmportal.wsgi",
            "-w",
            str(WORKERS),
            "-b",
            f"127.0.0.1:{port}",
            "--timeout",
            "120",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        if get(port, "/healthz")[0] == 200:
            return process
        time.sleep(0.3)
    process.terminate()
    raise SystemExit("gunicorn did not come up")


def get(port, path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8", "replace")
    except OSError as error:
        return 0, {}, str(error)


# --- the load -------------------------------------------------------------------------------------


def load(port, users, seconds, paths_file):
    with tempfile.TemporaryDirectory() as tmp:
        prefix = Path(tmp) / "stats"
        result = subprocess.run(
            [
                str(BIN / "locust"),
                "-f",
                str(ROOT / "scripts" / "locustfile.py"),
                "--headless",
                "--only-summary",
                "-u",
                str(users),
                "-r",
                str(max(1, users // 5)),
                "-t",
                f"{seconds}s",
                "--host",
                f"http://127.0.0.1:{port}",
                "--csv",
                str(prefix),
                "--loglevel",
                "WARNING",
            ],
            cwd=ROOT,
            env={**os.environ, "LOADTEST_PATHS": str(paths_file)},
            capture_output=True,
            text=True,
        )
        rows = list(csv.DictReader(open(f"{prefix}_stats.csv")))  # noqa: SIM115
        failures = list(csv.DictReader(open(f"{prefix}_failures.csv")))  # noqa: SIM115
    if result.returncode not in (0, 1):
        sys.exit(result.stderr[-3000:])

    def row(r):
        return {
            "requests": int(r["Request Count"]),
            "failures": int(r["Failure Count"]),
            "p50_ms": float(r["50%"]),
            "p95_ms": float(r["95%"]),
            "p99_ms": float(r["99%"]),
            "rps": round(float(r["Requests/s"]), 1),
        }

    return {r["Name"]: row(r) for r in rows}, failures


# --- the drill ------------------------------------------------------------------------------------


def drill(port, relay):
    """Cut the database away, check the 503 page and /healthz, reopen, time the recovery."""
    checks = {}
    relay.cut()
    time.sleep(0.5)
    uncached = f"/search/?q=outage{secrets.token_hex(4)}"
    status, headers, body = get(port, uncached)
    checks["page while the database is away"] = status
    checks["503 page, no trace"] = status == 503 and "Traceback" not in body and "briefly unavailable" in body
    checks["Retry-After"] = headers.get("Retry-After")
    status, _, body = get(port, "/healthz")
    checks["/healthz while away"] = status
    checks["/healthz says"] = json.loads(body) if body.startswith("{") else body[:200]
    relay.open()
    started = time.time()
    while time.time() - started < 30:
        if get(port, "/healthz")[0] == 200:
            break
        time.sleep(0.2)
    checks["recovered after seconds"] = round(time.time() - started, 2)
    checks["page after it returns"] = get(port, f"/search/?q=back{secrets.token_hex(4)}")[0]
    ok = (
        checks["page while the database is away"] == 503
        and checks["503 page, no trace"]
        and checks["/healthz while away"] == 503
        and checks["page after it returns"] == 200
    )
    return ok, checks


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=2000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    options = parser.parse_args()

    name = database(options.scale)
    paths_file = Path(tempfile.mkstemp(suffix=".json")[1])
    paths_file.write_text(json.dumps(sample_paths(name)))
    relay = Relay((PG_HOST, PG_PORT))
    relay.open()
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{relay.port}/{name}",
        "SECURE_SSL_REDIRECT": "0",
        "SECURITY_CONTACTS": "mailto:security@example.org",
        "LOG_LEVEL": "WARNING",
    }
    cache = "Redis" if redis_answers() else "per-process memory"
    if cache == "Redis":
        env["CACHE_URL"] = REDIS_URL
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)
    port = free_port()
    server = gunicorn(env, port)
    try:
        log(f"Load: {options.users} users for {options.seconds} s against gunicorn ({WORKERS} workers), cache {cache}…")
        stats, failures = load(port, options.users, options.seconds, paths_file)
        log("Outage drill: cutting the database away…")
        drill_ok, checks = drill(port, relay)
    finally:
        server.terminate()
        server.wait()
        paths_file.unlink()

    total = stats.pop("Aggregated")
    report = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "scale": options.scale,
        "users": options.users,
        "seconds": options.seconds,
        "workers": WORKERS,
        "cache": cache,
        "total": total,
        "by_kind": stats,
        "failures": failures,
        "drill": checks,
    }
    out = ROOT / "loadtest" / "latest.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")

    log("\n| Request | Requests | Errors | p50 ms | p95 ms | p99 ms | req/s |\n|---|---:|---:|---:|---:|---:|---:|")
    for label, r in [*sorted(stats.items()), ("**All**", total)]:
        times = f"{r['p50_ms']:.0f} | {r['p95_ms']:.0f} | {r['p99_ms']:.0f}"
        log(f"| {label} | {r['requests']} | {r['failures']} | {times} | {r['rps']} |")
    log("\nOutage drill: " + json.dumps(checks))
    log(f"Written to {out.relative_to(ROOT)}")
    if total["failures"] or failures:
        sys.exit(f"{total['failures']} requests failed: {failures[:5]}")
    if not drill_ok:
        sys.exit("The outage drill failed: see above.")


if __name__ == "__main__":
    main()
