# Stored text is servable text (catalog.text): the same save-time rule as every app with text.

from django.db import migrations

from catalog.text import cleaning_migration


class Migration(migrations.Migration):
    dependencies = [("suggestions", "0002_staff_permissions")]

    operations = [cleaning_migration("suggestions")]
