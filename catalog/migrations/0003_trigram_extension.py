from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    """pg_trgm powers "did you mean" on PostgreSQL; the operation does nothing on SQLite."""

    dependencies = [("catalog", "0002_seed_vocabularies")]

    operations = [TrigramExtension()]
