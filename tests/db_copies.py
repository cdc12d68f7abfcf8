"""Copies of the migrated test database, for tests that run `manage.py` in processes of their own.

Migrating a new database from nothing takes 10 to 15 s here; the test run's own database is already
migrated. Before any test has committed data (the end-to-end and backup tests are not database
tests, so they run in the first group: see `pytest_collection_modifyitems`) it holds exactly what
the migrations wrote, and a copy of it is what `migrate` would have made.
"""

import sqlite3

from django.contrib.auth import get_user_model
from django.db import connection


def pristine():
    """True while the test database is set up and holds only what migrations wrote (no account, no
    record). pytest-django makes no test database for a run without database tests."""
    from publications.models import Publication

    if connection.settings_dict["NAME"] != connection.creation._get_test_db_name():
        return False
    return not get_user_model().objects.exists() and not Publication.objects.exists()


def copy_to_sqlite(django_db_blocker, path):
    """Write the test database (SQLite) to a file; False when it is not SQLite or not pristine."""
    with django_db_blocker.unblock():
        if connection.vendor != "sqlite" or not pristine():
            return False
        connection.ensure_connection()
        target = sqlite3.connect(path)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
    return True


def copy_to_postgres(django_db_blocker, server, name):
    """Create a PostgreSQL database from the test database as template; False when it cannot."""
    import psycopg

    with django_db_blocker.unblock():
        if connection.vendor != "postgresql" or not pristine():
            return False
        template = connection.settings_dict["NAME"]
        # A template must have no other session: this process's own is the only one.
        connection.close()
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return True
