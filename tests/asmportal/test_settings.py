"""The settings module reads the environment and refuses unsafe production configurations."""

import os
import subprocess
import sys

from django.conf import settings

from tests.needs import missing

PROBE = "import django; django.setup(); from django.conf import settings as s; print(s.DATABASES['default']['ENGINE'])"


def run_settings(**env):
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL"}}
    clean |= {"DJANGO_SETTINGS_MODULE": "asmportal.settings", **env}
    return subprocess.run(
        [sys.executable, "-c", PROBE], env=clean, capture_output=True, text=True, cwd=settings.BASE_DIR, check=False
    )


def test_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = run_settings(DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_defaults_to_sqlite_and_reads_postgresql_from_database_url():
    assert run_settings().stdout.strip() == "django.db.backends.sqlite3"
    result = run_settings(DEBUG="0", SECRET_KEY="s" * 50, DATABASE_URL="postgres://u:p@db.example:5432/asm")
    assert result.stdout.strip() == "django.db.backends.postgresql", result.stderr


def redis_answers():
    import socket

    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


def test_cache_url_gives_a_working_redis_cache():
    """CACHE_URL is documented for production: the client library must be installed and the cache must work."""
    if not redis_answers():
        missing("no Redis on 127.0.0.1:6379 to check CACHE_URL against")
    probe = (
        "import django; django.setup(); from django.core.cache import cache; "
        "cache.set('asmportal-settings-test', 'kept', 5); print(cache.get('asmportal-settings-test'))"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    env |= {"DJANGO_SETTINGS_MODULE": "asmportal.settings", "CACHE_URL": "redis://127.0.0.1:6379/9"}
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=settings.BASE_DIR, check=False
    )
    assert result.stdout.strip().splitlines()[-1:] == ["kept"], result.stderr[-2000:]
