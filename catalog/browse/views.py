from django.core.cache import cache
from django.http import HttpResponse, JsonResponse, QueryDict
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View

from ..caching import visitor_cache_key
from ..timing import timed
from .charts import bars_from_group, timeline_from_group
from .engine import IGNORED_HEADER
from .listing import Listing

REGION_CACHE_SECONDS = 3600


class ListingMixin:
    """A content type's listing (`record_type`, a record_types.RecordType)."""

    # Not `content_type`: Django's template views send that attribute as the Content-Type header.
    record_type = None

    def get_listing(self):
        kind = self.record_type
        return Listing(
            self.request, kind.filterset_class, kind.model.objects.published(), path=kind.browse_path(), whole=True
        )


def is_partial_request(request):
    """htmx asking for the browse region only (a history restore wants the whole page)."""
    headers = request.headers
    return headers.get("HX-Request") == "true" and headers.get("HX-History-Restore-Request") != "true"


class BrowseView(ListingMixin, TemplateView):
    template_name = "browse/list.html"
    # (label, URL name in the type's namespace) of the listing in other formats; all take its query.
    formats = ((_("Atom feed"), "feed"), ("CSV", "export-csv"), ("JSON", "export-json"))

    @cached_property
    def index_state(self):
        return self.record_type.state()

    def region_cache_key(self, partial):
        """Visitors asking the same address of the same data get the same browse region: cache it
        under the facet index's state (data version, year, clock), so it is never stale."""
        return visitor_cache_key(self.request, f"browse-region-{int(partial)}", self.index_state)

    def fragment_key(self):
        """The key of the parts of the browse region that are the same on every page of one
        listing (the search fields, the facets, the charts): the region's own key, minus the page
        number, so paging through results renders only the rows."""
        path, _, query = self.listing.canonical_url.partition("?")
        params = QueryDict(query, mutable=True)
        params.pop("page", None)
        return visitor_cache_key(self.request, "browse-fragments", self.index_state, f"{path}?{params.urlencode()}")

    def get(self, request, *args, **kwargs):
        partial = is_partial_request(request)
        key = self.region_cache_key(partial)
        region = cache.get(key) if key else None
        if region is None:
            self.listing = self.get_listing()
            canonical = self.listing.canonical_url
            if not partial and canonical != request.get_full_path():
                # A plain form sends every field; answer with the clean address people can share.
                return redirect(canonical)
            context = self.get_context_data(**kwargs)
            with timed("template"):
                html = render_to_string(f"{self.template_name}#browse-region", context, request)
            region = {
                "html": html,
                "heading": context["heading"],
                "formats": context["formats"],
                "url": canonical,
                "ignored": self.listing.query.ignored.urlencode(),
            }
            if key:
                cache.set(key, region, REGION_CACHE_SECONDS)
        if partial:
            response = HttpResponse(region["html"])
            response["HX-Push-Url"] = region["url"]
        else:
            response = self.render_to_response({**region, "region": mark_safe(region["html"])})
        if region.get("ignored"):
            response[IGNORED_HEADER] = region["ignored"]
        # Full page and region share a URL: caches must keep them apart.
        patch_vary_headers(response, ["HX-Request", "HX-History-Restore-Request"])
        return response

    def get_context_data(self, **kwargs):
        listing, kind = self.listing, self.record_type
        page = listing.page(kind.listing_prefetch)
        heading = listing.describe(kind.noun)
        # Links to the other surfaces carry the query as matched: what they give is what is on screen.
        query = listing.query.query_string
        suffix = f"?{query}" if query else ""
        formats = [
            (str(label), reverse(kind.url_name(name)) + suffix) for label, name in (*self.formats, *kind.formats)
        ]
        # "Email me new matches": an alert on exactly this query (newsletter's subscriptions).
        alert_url = reverse("subscriptions:alert", args=[kind.namespace]) + suffix
        calendar = None
        if kind.calendar:
            path = reverse(kind.url_name("calendar")) + suffix
            calendar = {
                "https": self.request.build_absolute_uri(path),
                "webcal": "webcal://" + self.request.get_host() + path,
            }
        return super().get_context_data(
            listing=listing,
            page_obj=page,
            heading=heading,
            noun=kind.noun,
            rows_template=kind.rows_template,
            formats=formats,
            alert_url=alert_url,
            calendar=calendar,
            partial=is_partial_request(self.request),
            charts=self.charts(listing),
            fragment_key=self.fragment_key(),
            **kwargs,
        )

    def charts(self, listing):
        """The timeline and the counts by area and mineral, from the facet counts already made."""
        kind = self.record_type
        return {
            "timeline": timeline_from_group(
                # Translators: a chart's title; noun is a kind of record, e.g. "Publications".
                str(kind.timeline_title) or gettext("%(noun)s per year") % {"noun": kind.noun},
                listing.group("year"),
                kind.counted or kind.noun,
            ),
            "areas": bars_from_group(gettext("By area of work"), listing.group("area")),
            "minerals": bars_from_group(gettext("By mineral"), listing.group("mineral")),
        }


class FacetsJsonView(ListingMixin, View):
    def get(self, request, *args, **kwargs):
        listing = self.get_listing()
        response = JsonResponse(listing.as_json(), json_dumps_params={"ensure_ascii": False})
        return listing.query.announce(response)
