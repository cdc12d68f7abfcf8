from django.urls import reverse
from django.utils.feedgenerator import Enclosure

from catalog.browse.feeds import ListingFeed

from .record_type import PUBLICATIONS


class PublicationFeed(ListingFeed):
    record_type = PUBLICATIONS
    prefetch = ("organisation_roles__organisation", "authors__person")

    def item_organisations(self, item):
        return [a.name for a in item.authors.all()] + sorted(
            {r.organisation.name for r in item.organisation_roles.all()}
        )

    def item_enclosures(self, item):
        if not item.file:
            return []
        try:
            size = item.file.size
        except OSError:  # a missing file must not break the feed
            return []
        url = self.request.build_absolute_uri(reverse("publications:download", args=[item.slug]))
        mime = "application/pdf" if item.file.name.lower().endswith(".pdf") else "application/octet-stream"
        return [Enclosure(url, str(size), mime)]
