# Control characters and non-characters stored before the save-time rule (catalog.text) are removed.

from django.db import migrations

from catalog.text import cleaning_migration


class Migration(migrations.Migration):
    dependencies = [("events", "0003_browse_order_index")]

    operations = [cleaning_migration("events")]
