from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"

    def ready(self):
        from catalog.search import register

        from .models import Event, EventOrganiser

        register(Event, related=[(EventOrganiser, "event")], m2m=["countries", "minerals", "areas_of_work", "topics"])
