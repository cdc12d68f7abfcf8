"""The committed demo catalogue, loaded once per worker and then replayed row by row.

Browser tests need the demo content committed (the live server's thread must see it), and each
ends by emptying every table. Loading the demo again runs thousands of ORM saves, history rows and
index updates (5 s here, 13 s on PostgreSQL); copying back the rows it produced takes a fraction of
that. The copy is taken after the first load, so it is exactly what `load_demo` writes on this
schema: a change to the demo content or to a model needs no change here.
"""

from django.core.management.color import no_style
from django.db import connection, transaction


def table_names():
    """Every table holding the catalogue: the models' tables and, on SQLite, the search index."""
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5(%'")
            tables += [name for (name,) in cursor.fetchall()]
    return sorted(set(tables))


def columns(cursor, table):
    if connection.vendor == "sqlite" and table.endswith("_fts"):
        # A full-text table's rows are addressed by their rowid, which is not a column.
        cursor.execute(f"SELECT * FROM {table} LIMIT 0")
        return ["rowid", *(c[0] for c in cursor.description)]
    return [c.name for c in connection.introspection.get_table_description(cursor, table)]


def snapshot():
    """{table: (columns, rows)} for every table with rows."""
    copy = {}
    with connection.cursor() as cursor:
        for table in table_names():
            names = columns(cursor, table)
            quoted = ", ".join(connection.ops.quote_name(n) if n != "rowid" else n for n in names)
            cursor.execute(f"SELECT {quoted} FROM {connection.ops.quote_name(table)}")
            rows = cursor.fetchall()
            if rows:
                copy[table] = (quoted, rows)
    return copy


def restore(copy):
    """Empty every table, then write the copy back: the database as the first load left it."""
    from django.apps import apps

    # Django declares foreign keys deferrable, checked at commit: tables can be filled in any order.
    with transaction.atomic(), connection.cursor() as cursor:
        for table in table_names():
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
        for table, (quoted, rows) in copy.items():
            marks = ", ".join(["%s"] * len(rows[0]))
            cursor.executemany(f"INSERT INTO {connection.ops.quote_name(table)} ({quoted}) VALUES ({marks})", rows)
        # New rows a test adds must not take an id the copy holds.
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
            cursor.execute(statement)
