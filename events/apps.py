from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from catalog.models import AreaOfWork, Country, Mineral, Organisation, Person, Topic
        from catalog.search import register

        from .models import Event, EventOrganiser, EventSpeaker

        register(
            Event,
            related=[(EventOrganiser, "event"), (EventSpeaker, "event")],
            m2m=["countries", "minerals", "areas_of_work", "topics"],
            vocabularies=[
                (Organisation, "organisers__organisation"),
                (Person, "speakers__person"),
                (Country, "country"),
                (Country, "countries"),
                (Mineral, "minerals"),
                (AreaOfWork, "areas_of_work"),
                (Topic, "topics"),
            ],
        )
