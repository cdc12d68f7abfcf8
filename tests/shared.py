"""Data built once for many tests: the demo catalogue per session, a module's corpus per module."""

import contextlib

from django.db import connections, transaction


@contextlib.contextmanager
def shared_data(django_db_blocker):
    """Data built once for many tests, inside a transaction rolled back when they are done.

    Each test still runs in its own transaction (a savepoint within this one), so nothing a test
    writes outlives it. Tests that see this data run after every test that must not (see
    `pytest_collection_modifyitems`), so no test depends on the order it runs in.
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        outer._from_testcase = True  # as Django's own TestCase marks its atomics: durable blocks ignore it
        reseed_if_emptied()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def reseed_if_emptied():
    """A transactional test (the browser's) empties every table when it ends, the vocabularies seeded by
    migrations included; they come back from the copy Django serialised when it created the database."""
    from catalog.models import Country

    if Country.objects.exists():
        return
    for connection in connections.all():
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents:
            connection.creation.deserialize_db_from_string(contents)
