from django.db import migrations, models


def forget_versions(apps, schema_editor):
    # The one catalogue-wide row gives way to a row per scope, created by the first bump of each;
    # a server reading no row for a scope rebuilds what it caches from it.
    apps.get_model("catalog", "DataVersion").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0006_data_version_changed_at"),
    ]

    operations = [
        migrations.RunPython(forget_versions, migrations.RunPython.noop),
        migrations.AddField(
            model_name="dataversion",
            name="scope",
            field=models.CharField(max_length=60, unique=True, default=""),
            preserve_default=False,
        ),
    ]
