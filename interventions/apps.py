from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterventionsConfig(AppConfig):
    name = "interventions"
    verbose_name = _("Interventions")

    def ready(self):
        from catalog.models import AreaOfWork, Country, Mineral, Organisation, Topic
        from catalog.search import register

        from .models import Intervention, InterventionRole

        register(
            Intervention,
            related=[(InterventionRole, "intervention")],
            m2m=["countries", "minerals", "areas_of_work", "topics"],
            vocabularies=[
                (Organisation, "roles__organisation"),
                (Country, "countries"),
                (Mineral, "minerals"),
                (AreaOfWork, "areas_of_work"),
                (Topic, "topics"),
            ],
        )
