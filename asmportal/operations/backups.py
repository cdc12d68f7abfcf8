"""Backups: the database (pg_dump on PostgreSQL, SQLite's online backup otherwise) and the uploaded files.

A backup is a folder: `database.dump` or `database.sqlite3`, `media.tar.gz`, and `manifest.json`
with the row count of every table, so a restore can prove it brought everything back (the history
tables included: every staff edit stays in the record's history).
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.utils import timezone

MANIFEST = "manifest.json"


class BackupError(Exception):
    pass


def row_counts():
    """{app_label.Model: rows} for every concrete model with a table, history models included."""
    counts = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy:
            counts[model._meta.label] = model._base_manager.using(connection.alias).count()
    return dict(sorted(counts.items()))


def _pg_arguments():
    db = connection.settings_dict
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    args = ["--dbname", db["NAME"]]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            args += [flag, str(db[key])]
    return args, env


def _run(command, env=None):
    try:
        subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    except FileNotFoundError as error:
        raise BackupError(f"{command[0]} is not installed: it comes with PostgreSQL's client tools.") from error
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{command[0]} failed: {error.stderr.strip()}") from error


def create(output_dir):
    """Write a backup folder under output_dir and return its path."""
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    target = Path(output_dir) / f"asmportal-{stamp}"
    target.mkdir(parents=True, exist_ok=False)
    engine = connection.vendor
    if engine == "postgresql":
        args, env = _pg_arguments()
        # Custom format: compressed, and pg_restore can clean and restore it object by object.
        _run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                "--file",
                str(target / "database.dump"),
                *args,
            ],
            env,
        )
    elif engine == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(target / "database.sqlite3") as copy:
            connection.connection.backup(copy)  # consistent even while the site is writing
        copy.close()
    else:
        raise BackupError(f"No backup method for a {engine} database.")
    media = Path(settings.MEDIA_ROOT)
    with tarfile.open(target / "media.tar.gz", "w:gz") as archive:
        if media.exists():
            archive.add(media, arcname="media")
    manifest = {"created": timezone.now().isoformat(), "engine": engine, "rows": row_counts()}
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2))
    return target


def restore(source):
    """Replace this site's database and uploaded files with the backup in `source`; return the manifest."""
    source = Path(source)
    if not (source / MANIFEST).exists():
        raise BackupError(f"{source} is not a backup folder (no {MANIFEST}).")
    manifest = json.loads((source / MANIFEST).read_text())
    engine = connection.vendor
    if manifest["engine"] != engine:
        raise BackupError(f"The backup is of a {manifest['engine']} database; this site uses {engine}.")
    if engine == "postgresql":
        args, env = _pg_arguments()
        connection.close()
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                *args,
                str(source / "database.dump"),
            ],
            env,
        )
    else:
        connection.ensure_connection()
        with sqlite3.connect(source / "database.sqlite3") as saved:
            saved.backup(connection.connection)
        saved.close()
    media = Path(settings.MEDIA_ROOT)
    with tarfile.open(source / "media.tar.gz", "r:gz") as archive:
        staging = media.with_name(media.name + ".restoring")
        shutil.rmtree(staging, ignore_errors=True)
        archive.extractall(staging, filter="data")  # refuses absolute paths, .. and links out of the folder
        restored = staging / "media"
        if media.exists():
            shutil.rmtree(media)
        if restored.exists():
            restored.rename(media)
        else:
            media.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
    return manifest


def differences(manifest):
    """Tables whose row count differs from the backup's manifest: empty when the restore is complete."""
    now = row_counts()
    return {label: (rows, now.get(label)) for label, rows in manifest["rows"].items() if now.get(label) != rows}
