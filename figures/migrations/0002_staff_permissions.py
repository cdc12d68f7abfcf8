from django.db import migrations

from catalog.text import cleaning_migration

CURATOR_ACTIONS = ["view_figure", "add_figure", "change_figure", "delete_figure"]
EDITOR_ONLY = ["publish_figure"]


def grant(apps, schema_editor):
    """Curators prepare figures as they prepare records; Editors also publish them."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("figures")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    curators, _ = Group.objects.get_or_create(name="Curators")
    editors, _ = Group.objects.get_or_create(name="Editors")
    mine = Permission.objects.filter(content_type__app_label="figures")
    curators.permissions.add(*mine.filter(codename__in=CURATOR_ACTIONS))
    editors.permissions.add(*mine.filter(codename__in=CURATOR_ACTIONS + EDITOR_ONLY))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=["Curators", "Editors"]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="figures"))


class Migration(migrations.Migration):
    dependencies = [
        ("figures", "0001_figures"),
        ("asmportal", "0002_staff_edit_sources"),
    ]

    # Stored text is servable text (catalog.text): the rule every app with text runs once.
    operations = [migrations.RunPython(grant, revoke), cleaning_migration("figures")]
