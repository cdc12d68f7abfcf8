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
