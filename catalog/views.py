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
        return super().get_context_data(sources=list(self.object.sources.all()), **kwargs)
