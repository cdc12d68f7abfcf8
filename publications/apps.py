from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = _("Publications")

    def ready(self):
        from django.db.models.signals import post_save, pre_save

        from catalog.models import AreaOfWork, Country, Mineral, Organisation, Person, Topic
        from catalog.search import register

        from .file_text import file_after_save, file_before_save
        from .models import Publication, PublicationAuthor, PublicationOrganisation

        # A new or replaced file is read in the background; a removed one takes its text along.
        pre_save.connect(file_before_save, sender=Publication, dispatch_uid="publication-file-before")
        post_save.connect(file_after_save, sender=Publication, dispatch_uid="publication-file-after")

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
