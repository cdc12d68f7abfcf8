from django.http import JsonResponse
from django.urls import reverse
from django.views.generic import TemplateView, View

from .listing import Listing


class ListingMixin:
    """A content type's listing: `model`, `filterset_class`, and the browse page's URL name."""

    model = None
    filterset_class = None
    browse_url_name = None

    def get_listing(self):
        return Listing(
            self.request,
            self.filterset_class,
            self.model.objects.published(),
            path=reverse(self.browse_url_name),
        )


class BrowseView(ListingMixin, TemplateView):
    template_name = "browse/list.html"
    noun = None  # "Interventions": the heading starts with it
    rows_template = None  # renders page_obj's records (one include per page, the loop inside it)
    listing_prefetch = ()

    def get_context_data(self, **kwargs):
        listing = self.get_listing()
        page = listing.page(listing.filterset.qs.with_snippets().prefetch_related(*self.listing_prefetch))
        heading = listing.describe(self.noun)
        return super().get_context_data(
            listing=listing, page_obj=page, heading=heading, noun=self.noun, rows_template=self.rows_template, **kwargs
        )


class FacetsJsonView(ListingMixin, View):
    def get(self, request, *args, **kwargs):
        return JsonResponse(self.get_listing().as_json(), json_dumps_params={"ensure_ascii": False})
