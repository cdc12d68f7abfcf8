from catalog.views import PublishableDetailView

from .models import Intervention
from .structured_data import structured_data


class InterventionDetailView(PublishableDetailView):
    model = Intervention

    def get_queryset(self):
        return super().get_queryset().with_detail()

    def get_context_data(self, **kwargs):
        intervention = self.object
        return super().get_context_data(
            events=intervention.events.published().order_by("-start"),
            publications=intervention.publications.published().order_by("-publication_date"),
            structured_data=structured_data(
                intervention, self.request.build_absolute_uri(intervention.get_absolute_url())
            ),
            **kwargs,
        )
