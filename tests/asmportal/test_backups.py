"""`manage.py backup` and `restore`: everything comes back, staff history included, or the restore says what is missing.

The round trip runs `manage.py` in a subprocess against its own SQLite file, as an operator would (a
restore replaces the whole database: not something to do to the test run's own). .ci/run drills the
PostgreSQL path (pg_dump, pg_restore into a scratch database, migrate --check, smoke test) with
scripts/restore_drill.sh.
"""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from tests.db_copies import copy_to_sqlite
from tests.factories import InterventionFactory

COUNTS = (
    "from interventions.models import Intervention; "
    "print(Intervention.objects.count(), Intervention.history.count(), "
    "Intervention.objects.order_by('pk').first().title)"
)


def manage(env, *args, check=True):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=check,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory, django_db_setup, django_db_blocker):
    """A migrated site with the demo content, a curator's edit in the history and an uploaded file."""
    root = tmp_path_factory.mktemp("site")
    # A copy of the migrated test database when the suite runs on SQLite: `migrate` then only checks.
    copy_to_sqlite(django_db_blocker, root / "site.sqlite3")
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    env |= {"DATABASE_URL": f"sqlite:///{root / 'site.sqlite3'}", "MEDIA_ROOT": str(root / "media")}
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo")
    edit = "from interventions.models import Intervention; i = Intervention.objects.order_by('pk').first(); "
    manage(env, "shell", "-c", edit + "i.title = 'Edited by a curator'; i.save()")
    (root / "media" / "publications").mkdir(parents=True)
    (root / "media" / "publications" / "report.pdf").write_bytes(b"%PDF-1.7 kept")
    out = manage(env, "backup", "--output", str(root / "backups")).stdout
    return env, root, Path(out.split("Backup written to ")[1].strip())


def test_a_restore_brings_back_records_history_and_files(site):
    env, root, backup = site
    before = manage(env, "shell", "-c", COUNTS).stdout.splitlines()[-1]
    assert before.endswith("Edited by a curator")
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["rows"]["interventions.HistoricalIntervention"] == int(before.split()[1])

    wipe = (
        "from interventions.models import Intervention; "
        "Intervention.objects.all().delete(); Intervention.history.all().delete()"
    )
    manage(env, "shell", "-c", wipe)
    (root / "media" / "publications" / "report.pdf").unlink()

    out = manage(env, "restore", str(backup), "--yes").stdout
    assert "match" in out
    assert manage(env, "shell", "-c", COUNTS).stdout.splitlines()[-1] == before
    assert (root / "media" / "publications" / "report.pdf").read_bytes() == b"%PDF-1.7 kept"


def test_an_incomplete_restore_says_what_is_missing(site, tmp_path):
    env, _, backup = site
    tampered = tmp_path / "tampered"
    tampered.mkdir()
    for part in backup.iterdir():
        (tampered / part.name).write_bytes(part.read_bytes())
    manifest = json.loads((tampered / "manifest.json").read_text())
    manifest["rows"]["interventions.Intervention"] += 1
    (tampered / "manifest.json").write_text(json.dumps(manifest))
    result = manage(env, "restore", str(tampered), "--yes", check=False)
    assert result.returncode != 0
    assert "The restore is incomplete: interventions.Intervention:" in result.stderr


def run(*args):
    call_command(*args, stdout=io.StringIO())


def fake_backup(folder, engine):
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps({"engine": engine, "rows": {}}))
    return str(folder)


def test_restoring_over_records_needs_yes(db, tmp_path):
    InterventionFactory()
    with pytest.raises(CommandError, match="already holds records"):
        run("restore", fake_backup(tmp_path / "backup", "sqlite"))


def test_a_folder_that_is_not_a_backup_is_refused(db, tmp_path):
    with pytest.raises(CommandError, match="not a backup folder"):
        run("restore", str(tmp_path))


def test_a_backup_of_another_engine_is_refused(db, tmp_path):
    other = "postgresql" if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3") else "sqlite"
    with pytest.raises(CommandError, match=f"backup is of a {other} database"):
        run("restore", fake_backup(tmp_path / "backup", other), "--yes")
