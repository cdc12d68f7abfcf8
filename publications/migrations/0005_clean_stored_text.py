# Control characters and non-characters stored before the save-time rule (catalog.text) are removed.

from django.db import migrations

from catalog.text import cleaning_migration


class Migration(migrations.Migration):
    dependencies = [("publications", "0004_file_content_checks")]

    operations = [cleaning_migration("publications")]
