# Control characters and non-characters stored before the save-time rule (catalog.text) are removed.

from django.db import migrations

from catalog.text import cleaning_migration


class Migration(migrations.Migration):
    dependencies = [("newsletter", "0002_editor_permissions")]

    operations = [cleaning_migration("newsletter")]
