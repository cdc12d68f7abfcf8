from django.db import migrations


def grant_sources(apps, schema_editor):
    """Curators and Editors edit a record's sources as they edit its organisations. The source tables
    came after the groups, so they get the permissions here (added; the groups' others stay)."""
    from django.contrib.auth.management import create_permissions

    from asmportal.security.roles import SOURCE_ACTIONS, SOURCES, _codenames, grant

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    grant(apps, _codenames(SOURCES, SOURCE_ACTIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("asmportal", "0001_staff_groups"),
        ("interventions", "0005_sources"),
        ("publications", "0006_sources"),
        ("events", "0005_sources"),
    ]

    operations = [migrations.RunPython(grant_sources, migrations.RunPython.noop)]
