from django.db import migrations


def sync(apps, schema_editor):
    """Curators and Editors edit a record's sources as they edit its organisations: the groups get
    the permissions on the three source tables (added after the groups were first made)."""
    from django.contrib.auth.management import create_permissions

    from asmportal.security.roles import sync_groups

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    sync_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("asmportal", "0001_staff_groups"),
        ("interventions", "0005_sources"),
        ("publications", "0006_sources"),
        ("events", "0005_sources"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
