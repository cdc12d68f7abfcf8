"""Atom feeds of any filtered listing, built on Django's syndication framework."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext
from django.utils.xmlutils import SimplerXMLGenerator

from ..text import clean

FEED_LIMIT = 500  # the newest records; a feed is for noticing what is new, exports give everything


class ServableXMLGenerator(SimplerXMLGenerator):
    """XML 1.0 forbids most control characters and U+FFFE/U+FFFF. Django's generator refuses them
    (a 500 for the whole feed) and lets U+FFFF through (a feed no parser reads); this one drops them,
    in every text and attribute, whatever the text came from: a record, the search text, a name."""

    def characters(self, content):
        super().characters(clean(content) if content else content)

    def startElement(self, name, attrs):
        super().startElement(name, {k: clean(v) if isinstance(v, str) else v for k, v in attrs.items()})


class ServableAtom1Feed(Atom1Feed):
    def write(self, outfile, encoding):
        # As Atom1Feed.write, with the generator above.
        handler = ServableXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")


class ListingFeed(Feed):
    """Subclasses set `record_type` (a record_types.RecordType) and describe their items."""

    feed_type = ServableAtom1Feed
    record_type = None
    prefetch = ()

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        return request.catalog_query.announce(response)

    def get_object(self, request, *args, **kwargs):
        """The engine's query: the same records as the browse page, newest on the portal first."""
        self.request = request
        request.catalog_query = self.record_type.query(request.GET, request=request)
        return request.catalog_query

    def title(self, query):
        # Translators: a feed's title; heading describes the listing, e.g. "Publications on gold in Ghana".
        return gettext("%(heading)s — ASM Knowledge Portal") % {"heading": query.describe(self.record_type.noun)}

    def subtitle(self, query):
        # Followed by the query's warnings (what it ignored), each its own sentence.
        notes = " ".join(str(warning) for warning in query.warnings)
        text = gettext("New and updated records of the ASM Knowledge Portal matching this listing.")
        return f"{text} {notes}".strip()

    def link(self, query):
        return self.record_type.browse_path() + (f"?{query.query_string}" if query.query_string else "")

    def feed_url(self, query):
        return self.request.get_full_path()

    def items(self, query):
        published = self.record_type.model.objects.published().prefetch_related(
            "countries", "minerals", "areas_of_work", "topics", *self.prefetch
        )
        return list(query.records(published, ordering=("-published_at", "-pk"), limit=FEED_LIMIT))

    def item_title(self, item):
        return item.display_title

    def item_description(self, item):
        return item.display_summary

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
