from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = _("Publications")

    def ready(self):
        from catalog.models import AreaOfWork, Country, Mineral, Organisation, Person, Topic
        from catalog.search import register

        from .models import Publication, PublicationAuthor, PublicationOrganisation

        register(
            Publication,
            related=[(PublicationOrganisation, "publication"), (PublicationAuthor, "publication")],
            m2m=["countries", "minerals", "areas_of_work", "topics"],
            vocabularies=[
                (Organisation, "organisation_roles__organisation"),
                (Person, "authors__person"),
                (Country, "countries"),
                (Mineral, "minerals"),
                (AreaOfWork, "areas_of_work"),
                (Topic, "topics"),
            ],
        )
