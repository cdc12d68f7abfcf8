from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "publications"

    def ready(self):
        from catalog.search import register

        from .models import Publication, PublicationAuthor, PublicationOrganisation

        register(
            Publication,
            related=[(PublicationOrganisation, "publication"), (PublicationAuthor, "publication")],
            m2m=["countries", "minerals", "areas_of_work", "topics"],
        )
