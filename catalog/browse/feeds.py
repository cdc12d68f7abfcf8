"""Atom feeds of any filtered listing, built on Django's syndication framework."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from .listing import describe_without_counts, sanitised

FEED_LIMIT = 500  # the newest records; a feed is for noticing what is new, exports give everything


class ListingFeed(Feed):
    """Subclasses set model, filterset_class, noun and browse_url_name, and describe their items."""

    feed_type = Atom1Feed
    model = None
    filterset_class = None
    noun = None
    browse_url_name = None
    prefetch = ()

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.params = sanitised(request.GET)
        return self.filterset_class(self.params, queryset=self.model.objects.published(), request=request)

    def title(self, filterset):
        return f"{describe_without_counts(self.noun, filterset)} — ASM Knowledge Portal"

    def subtitle(self, filterset):
        return "New and updated records of the ASM Knowledge Portal matching this listing."

    def link(self, filterset):
        query = self.params.urlencode()
        return reverse(self.browse_url_name) + (f"?{query}" if query else "")

    def feed_url(self, filterset):
        return self.request.get_full_path()

    def items(self, filterset):
        qs = filterset.qs.order_by("-published_at", "-pk")  # newest on the portal first
        return qs.prefetch_related("countries", "minerals", "areas_of_work", "topics", *self.prefetch)[:FEED_LIMIT]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated

    def item_categories(self, item):
        return [
            str(o) for field in ("areas_of_work", "countries", "minerals", "topics") for o in getattr(item, field).all()
        ]

    def item_author_name(self, item):
        names = self.item_organisations(item)
        return ", ".join(names) if names else None

    def item_organisations(self, item):
        return []
