#!/usr/bin/env bash
# The restore drill (run by .ci/run on PostgreSQL): build a site, back it up, restore the backup into a
# scratch database, then check migrations and smoke-test the restored copy.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
SERVER=${DRILL_SERVER:-postgres://postgres@127.0.0.1:5432}
SOURCE=asmportal_drill_source
RESTORED=asmportal_drill_restored
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for db in $SOURCE $RESTORED; do
  psql "$SERVER/postgres" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done

echo "-- a site with demo content, staff edits in its history and an uploaded file"
export MEDIA_ROOT=$WORK/media-source
DATABASE_URL=$SERVER/$SOURCE $PY manage.py migrate --no-input -v0
DATABASE_URL=$SERVER/$SOURCE $PY manage.py load_demo
DATABASE_URL=$SERVER/$SOURCE $PY manage.py rebuild_search_index
mkdir -p "$MEDIA_ROOT/publications" && printf '%%PDF-1.7 drill' > "$MEDIA_ROOT/publications/drill.pdf"

echo "-- make backup"
DATABASE_URL=$SERVER/$SOURCE $PY manage.py backup --output "$WORK/backups"
BACKUP=$(ls -d "$WORK"/backups/asmportal-*)

echo "-- make restore, into a scratch database and an empty media folder"
export MEDIA_ROOT=$WORK/media-restored
DATABASE_URL=$SERVER/$RESTORED $PY manage.py restore "$BACKUP"
cmp "$WORK/media-source/publications/drill.pdf" "$MEDIA_ROOT/publications/drill.pdf"

echo "-- migrate --check and smoke test on the restored copy"
DATABASE_URL=$SERVER/$RESTORED $PY manage.py migrate --check
DATABASE_URL=$SERVER/$RESTORED $PY scripts/smoke.py

for db in $SOURCE $RESTORED; do psql "$SERVER/postgres" -qc "DROP DATABASE IF EXISTS $db"; done
echo "Restore drill passed."
