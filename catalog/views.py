from dataclasses import dataclass, field

from django.views.generic import DetailView


class PublishableDetailView(DetailView):
    """Detail page of a published record; staff also reach drafts, shown with a banner."""

    def get_queryset(self):
        return self.model.objects.visible_to(self.request.user)

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if not self.object.is_public:
            # A draft preview must never be stored by a shared cache.
            response["Cache-Control"] = "private, no-store"
        return response

    def get_context_data(self, **kwargs):
        # One list for the Sources section and the footnote marks that point into it.
        return super().get_context_data(sources=cited_pages(self.object.sources.all()), **kwargs)


@dataclass
class CitedPage:
    """A page a record cites once in its Sources list, with every fact a curator marked it as backing."""

    source: object
    backs: list = field(default_factory=list)

    def facts(self):
        labels = dict(self.source.Backs.choices)
        return [str(labels[fact]).lower() for fact in self.backs]


def cited_pages(sources):
    """Sources grouped by address, in the order each first appears: a page backing the dates and the
    budget is one numbered entry, not two."""
    pages = {}
    for source in sources:
        page = pages.setdefault(source.url, CitedPage(source))
        if source.backs:
            page.backs.append(source.backs)
    return list(pages.values())
