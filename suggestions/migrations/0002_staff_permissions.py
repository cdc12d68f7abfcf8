from django.db import migrations


def grant_queue(apps, schema_editor):
    """Curators and Editors work the suggestions queue (view it, accept, decline, thank): the table
    came after the groups, so its permissions are added here (the groups' others stay)."""
    from django.contrib.auth.management import create_permissions

    from asmportal.security.roles import SUGGESTION_ACTIONS, SUGGESTIONS, _codenames, grant

    # Permissions are normally created after all migrations; the groups need these now.
    app_config = apps.get_app_config("suggestions")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    grant(apps, _codenames(SUGGESTIONS, SUGGESTION_ACTIONS))


def revoke_queue(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=["Curators", "Editors"]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="suggestions"))


class Migration(migrations.Migration):
    dependencies = [
        ("suggestions", "0001_initial"),
        ("asmportal", "0001_staff_groups"),
    ]

    operations = [migrations.RunPython(grant_queue, revoke_queue)]
