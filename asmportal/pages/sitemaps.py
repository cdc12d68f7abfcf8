"""Sitemaps: the entry pages, every published record and every profile page that has published records,
each in every interface language."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q
from django.urls import reverse

from catalog.models import AreaOfWork, Country, Mineral, Organisation, Person
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication


class Multilingual:
    """Each page once per interface language, every entry naming the others (hreflang alternates,
    English as x-default): Django's sitemap builds each address under that language."""

    i18n = True
    alternates = True
    x_default = True


class RecordSitemap(Multilingual, Sitemap):
    model = None
    changefreq = "monthly"

    def items(self):
        return self.model.objects.published().only("slug", "updated").order_by("pk")

    def lastmod(self, item):
        return item.updated


class ProfileSitemap(Multilingual, Sitemap):
    """A vocabulary's profiles, each dated by its most recently updated published record."""

    model = None
    # The relations from the vocabulary to each content type.
    relations = ("interventions", "publications", "events")
    changefreq = "weekly"

    def items(self):
        annotations = {
            f"last_{name}": Max(f"{name}__updated", filter=Q(**{f"{name}__state": "published"}))
            for name in self.relations
        }
        rows = self.model.objects.annotate(**annotations).order_by("pk")
        return [row for row in rows if self.lastmod(row)]

    def lastmod(self, item):
        dates = [getattr(item, f"last_{name}") for name in self.relations]
        dates = [d for d in dates if d is not None]
        return max(dates) if dates else None


class PersonSitemap(Multilingual, Sitemap):
    """People's profiles: only those credited on a published record have one, each dated by the
    latest of those records."""

    changefreq = "monthly"

    def items(self):
        rows = Person.objects.annotate(
            last_publication=Max(
                "publication_credits__publication__updated",
                filter=Q(publication_credits__publication__state="published"),
            ),
            last_event=Max("event_talks__event__updated", filter=Q(event_talks__event__state="published")),
        ).order_by("pk")
        return [row for row in rows if self.lastmod(row)]

    def lastmod(self, item):
        return max((d for d in (item.last_publication, item.last_event) if d is not None), default=None)


def record_sitemap(model_class):
    return type(f"{model_class.__name__}Sitemap", (RecordSitemap,), {"model": model_class})


def profile_sitemap(model_class, relations=ProfileSitemap.relations):
    return type(
        f"{model_class.__name__}ProfileSitemap", (ProfileSitemap,), {"model": model_class, "relations": relations}
    )


class PageSitemap(Multilingual, Sitemap):
    """The entry points: home, the three browse pages, the gap map and the About page."""

    changefreq = "daily"

    def items(self):
        return ["home", "interventions:list", "publications:list", "events:list", "gap-map", "about"]

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        """When a record the page lists last changed."""
        models = {
            "interventions:list": [Intervention],
            "publications:list": [Publication],
            "events:list": [Event],
            "gap-map": [Intervention],
        }.get(item, [Intervention, Publication, Event])
        dates = [model.objects.published().aggregate(last=Max("updated"))["last"] for model in models]
        return max((d for d in dates if d), default=None)


SITEMAPS = {
    "pages": PageSitemap,
    "interventions": record_sitemap(Intervention),
    "publications": record_sitemap(Publication),
    "events": record_sitemap(Event),
    "organisations": profile_sitemap(Organisation, ("interventions", "publications", "events")),
    "people": PersonSitemap,
    "countries": profile_sitemap(Country),
    "minerals": profile_sitemap(Mineral),
    "areas": profile_sitemap(AreaOfWork),
}
