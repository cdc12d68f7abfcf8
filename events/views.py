from catalog.views import PublishableDetailView

from .models import Event


class EventDetailView(PublishableDetailView):
    model = Event

    def get_queryset(self):
        return super().get_queryset().with_detail()

    def get_context_data(self, **kwargs):
        event = self.object
        intervention = event.intervention
        return super().get_context_data(
            intervention=intervention if intervention and intervention.is_public else None,
            outputs=event.publications.published().order_by("-publication_date"),
            **kwargs,
        )
