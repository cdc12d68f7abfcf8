from django.db import migrations


def seed(apps, schema_editor):
    from catalog.seed import seed_vocabularies

    seed_vocabularies(apps)


class Migration(migrations.Migration):
    dependencies = [("catalog", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
