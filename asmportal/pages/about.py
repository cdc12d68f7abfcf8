"""The About page: what the portal is, who curates it, where its classification comes from, how
records are chosen, and how to suggest one."""

from django.conf import settings
from django.views.generic import TemplateView

from catalog.models import AreaOfWork
from publications.models import Publication


class AboutView(TemplateView):
    template_name = "about.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            areas=AreaOfWork.objects.order_by("number"),
            # The mapping itself, when it is in the catalogue: the page links to its record.
            mapping=Publication.objects.published().filter(title__istartswith="Mapping interventions").first(),
            editors_email=settings.EDITORS_EMAIL,
            **kwargs,
        )
