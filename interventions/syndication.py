from catalog.browse.feeds import ListingFeed

from .record_type import INTERVENTIONS


class InterventionFeed(ListingFeed):
    record_type = INTERVENTIONS
    prefetch = ("roles__organisation",)

    def item_organisations(self, item):
        return sorted({r.organisation.name for r in item.roles.all()})
