from django.urls import reverse
from django.utils.feedgenerator import Enclosure

from catalog.browse.exports import Column, ExportView, names
from catalog.browse.feeds import ListingFeed

from .filters import PublicationFilterSet
from .models import Publication, PublicationOrganisation

Role = PublicationOrganisation.Role
PREFETCH = ("organisation_roles__organisation", "authors", "languages", "interventions", "events")


def in_role(role):
    return lambda p: [r.organisation.name for r in p.organisation_roles.all() if r.role == role]


def file_url(request):
    return lambda p: request.build_absolute_uri(reverse("publications:download", args=[p.slug])) if p.file else None


class PublicationExport(ExportView):
    model = Publication
    filterset_class = PublicationFilterSet
    noun = "Publications"
    prefetch = ("countries", "minerals", "areas_of_work", "topics", *PREFETCH)

    def get(self, request, *args, **kwargs):
        self.columns = [
            Column("title", "Title", lambda p: p.title),
            Column("kind", "Kind", lambda p: p.get_kind_display()),
            Column("date", "Date", lambda p: p.date_display or None),
            Column("year", "Year", lambda p: p.year),
            Column("authors", "Authors", lambda p: [a.name for a in p.authors.all()]),
            Column("author_organisations", "Author organisations", in_role(Role.AUTHOR)),
            Column("publishers", "Publishers", in_role(Role.PUBLISHER)),
            Column("commissioners", "Commissioners / funders", in_role(Role.COMMISSIONER)),
            Column("languages", "Languages", lambda p: names(p.languages.all())),
            Column("countries", "Countries", lambda p: names(p.countries.all())),
            Column("minerals", "Minerals", lambda p: names(p.minerals.all())),
            Column("areas_of_work", "Areas of work", lambda p: names(p.areas_of_work.all())),
            Column("topics", "Topics", lambda p: names(p.topics.all())),
            Column(
                "interventions",
                "Interventions documented",
                lambda p: [i.title for i in p.interventions.all() if i.is_public],
            ),
            Column("events", "Events", lambda p: [e.title for e in p.events.all() if e.is_public]),
            Column("external_url", "Online at", lambda p: p.external_url or None),
            Column("file", "File", file_url(request)),
            Column("print_only", "Print only", lambda p: p.print_only),
            Column("doi", "DOI", lambda p: p.doi or None),
            Column("isbn", "ISBN", lambda p: p.isbn or None),
            Column("licence", "Licence", lambda p: p.licence or None),
            Column("summary", "Summary", lambda p: p.summary),
            Column(
                "published", "Published on the portal", lambda p: p.published_at.isoformat() if p.published_at else None
            ),
            Column("updated", "Last updated", lambda p: p.updated.isoformat()),
        ]
        return super().get(request, *args, **kwargs)


class PublicationFeed(ListingFeed):
    model = Publication
    filterset_class = PublicationFilterSet
    noun = "Publications"
    browse_url_name = "publications:list"
    prefetch = ("organisation_roles__organisation", "authors")

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
