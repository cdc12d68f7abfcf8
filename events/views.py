from catalog.views import PublishableDetailView

from .models import Event
from .structured_data import structured_data


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
            structured_data=structured_data(event, self.request.build_absolute_uri(event.get_absolute_url())),
            **kwargs,
        )
