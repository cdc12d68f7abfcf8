"""The French and Spanish names of the seeded areas of work, minerals and topics (catalog/data/)."""

from django.db import migrations

from catalog.data.vocabulary_translations import AREAS, MINERALS, TOPICS


def translate(apps, schema_editor):
    AreaOfWork = apps.get_model("catalog", "AreaOfWork")
    Mineral = apps.get_model("catalog", "Mineral")
    for area in AreaOfWork.objects.all():
        names = AREAS.get(area.number)
        if names:
            area.name_fr, area.description_fr = names["fr"]["name"], names["fr"]["description"]
            area.name_es, area.description_es = names["es"]["name"], names["es"]["description"]
            area.save(update_fields=["name_fr", "name_es", "description_fr", "description_es"])
    for mineral in Mineral.objects.all():
        names = MINERALS.get(mineral.slug)
        if names:
            mineral.name_fr, mineral.name_es = names["fr"], names["es"]
            mineral.save(update_fields=["name_fr", "name_es"])
    Topic = apps.get_model("catalog", "Topic")
    for topic in Topic.objects.all():
        names = TOPICS.get(topic.slug)
        if names and not (topic.name_fr or topic.name_es):
            topic.name_fr, topic.name_es = names["fr"], names["es"]
            topic.save(update_fields=["name_fr", "name_es"])


class Migration(migrations.Migration):
    dependencies = [("catalog", "0009_vocabulary_translations")]

    operations = [migrations.RunPython(translate, migrations.RunPython.noop)]
