from catalog.browse.feeds import ListingFeed

from .content_type import INTERVENTIONS


class InterventionFeed(ListingFeed):
    content_type = INTERVENTIONS
    prefetch = ("roles__organisation",)

    def item_organisations(self, item):
        return sorted({r.organisation.name for r in item.roles.all()})
