"""`manage.py backup` and `restore`: everything comes back, staff history included, or the restore says what is missing.

On SQLite here; .ci/run drills the PostgreSQL path (pg_dump, pg_restore into a scratch database,
migrate --check, smoke test) with scripts/restore_drill.sh.
"""

import io
import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection

from interventions.models import Intervention
from publications.models import Publication
from tests.factories import InterventionFactory, PublicationFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="PostgreSQL backups are drilled by scripts/restore_drill.sh in .ci/run"
)


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.fixture
def site(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    intervention = InterventionFactory(title="Before the backup")
    intervention.title = "Edited by a curator"
    intervention.save()  # a second history row
    upload = SimpleUploadedFile("report.pdf", b"%PDF-1.7 kept", content_type="application/pdf")
    publication = PublicationFactory(file=upload, external_url="")
    return intervention, publication


def test_a_restore_brings_back_records_history_and_files(site, tmp_path):
    _, publication = site
    path = Path(run("backup", "--output", str(tmp_path / "backups")).split("Backup written to ")[1].strip())
    manifest = json.loads((path / "manifest.json").read_text())
    assert manifest["rows"]["interventions.HistoricalIntervention"] == 2
    stored = Path(publication.file.path)

    Intervention.objects.all().delete()
    Publication.objects.all().delete()
    Intervention.history.all().delete()
    stored.unlink()

    out = run("restore", str(path))
    assert "match" in out
    assert Intervention.objects.get().title == "Edited by a curator"
    history = [h.title for h in Intervention.history.order_by("history_date")]
    assert history == ["Before the backup", "Edited by a curator"]
    assert stored.read_bytes() == b"%PDF-1.7 kept"


def test_restoring_over_records_needs_yes(site, tmp_path):
    path = run("backup", "--output", str(tmp_path / "backups")).split("Backup written to ")[1].strip()
    with pytest.raises(CommandError, match="already holds records"):
        run("restore", path)
    assert "match" in run("restore", path, "--yes")


def test_a_folder_that_is_not_a_backup_is_refused(transactional_db, tmp_path):
    with pytest.raises(CommandError, match="not a backup folder"):
        run("restore", str(tmp_path))


def test_a_backup_of_another_engine_is_refused(site, tmp_path):
    path = Path(run("backup", "--output", str(tmp_path / "backups")).split("Backup written to ")[1].strip())
    manifest = json.loads((path / "manifest.json").read_text())
    (path / "manifest.json").write_text(json.dumps({**manifest, "engine": "postgresql"}))
    with pytest.raises(CommandError, match="backup is of a postgresql database"):
        run("restore", str(path), "--yes")


def test_an_incomplete_restore_says_what_is_missing(site, tmp_path):
    path = Path(run("backup", "--output", str(tmp_path / "backups")).split("Backup written to ")[1].strip())
    manifest = json.loads((path / "manifest.json").read_text())
    manifest["rows"]["interventions.Intervention"] += 1
    (path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(CommandError, match=r"interventions\.Intervention: 2 in the backup, 1 now"):
        run("restore", str(path), "--yes")
