"""The columns of the publication exports (CSV and JSON): read as values, labelled, in order."""

from operator import itemgetter

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from catalog.browse.exports import CLASSIFIED, SLUG, SOURCES, SOURCES_COLUMN, Column, Related, iso, label, or_none
from catalog.browse.record_types import Export
from catalog.models import State, format_partial_date
from catalog.people import format_person

from .models import Publication, PublicationOrganisation

Role = PublicationOrganisation.Role


def in_role(role):
    return Related(
        "organisation_roles__organisation__name",
        {"organisation_roles__role": role},
        ("organisation_roles__organisation__name",),
    )


def published_titles(relation):
    # Only published records are named: a draft's title is not public.
    return Related(f"{relation}__title", {f"{relation}__state": State.PUBLISHED}, (f"{relation}__title",))


RELATED = {
    **CLASSIFIED,
    "sources": SOURCES,
    "authors": Related(
        "authors__person__family_name",
        order=("authors__position", "authors__id"),
        also=("authors__person__given_names", "authors__person__orcid"),
    ),
    "author_organisations": in_role(Role.AUTHOR),
    "publishers": in_role(Role.PUBLISHER),
    "commissioners": in_role(Role.COMMISSIONER),
    "languages": Related("languages__name", order=("languages__name",)),
    "interventions": published_titles("interventions"),
    "events": published_titles("events"),
}
FIELDS = (
    "title", "kind", "publication_date", "date_precision", "external_url", "file", "print_only", "doi", "isbn",
    "licence", "summary", "published_at", "updated",
)  # fmt: skip


class PersonRef(dict):
    """An author in an export: an object in JSON ({"family", "given", "orcid"}), and in a CSV cell
    the form the import reads, "Family, Given"."""

    def __str__(self):
        return format_person(self["family"], self["given"])


def people(row):
    return [PersonRef(family=family, given=given, orcid=orcid or None) for family, given, orcid in row["authors"]]


def file_url(request):
    download = request.build_absolute_uri(reverse("publications:download", args=[SLUG]))
    return lambda r: download.replace(SLUG, r["slug"]) if r["file"] else None


def columns(request):
    return [
        Column("title", _("Title"), itemgetter("title")),
        Column("kind", pgettext("export column", "Kind"), label(Publication.Kind, "kind")),
        Column("date", _("Date"), lambda r: format_partial_date(r["publication_date"], r["date_precision"]) or None),
        Column("year", _("Year"), lambda r: r["publication_date"].year if r["publication_date"] else None),
        Column("authors", _("Authors"), people),
        Column("author_organisations", _("Author organisations"), itemgetter("author_organisations")),
        Column("publishers", _("Publishers"), itemgetter("publishers")),
        Column("commissioners", _("Commissioners / funders"), itemgetter("commissioners")),
        Column("languages", _("Languages"), itemgetter("languages")),
        Column("countries", _("Countries"), itemgetter("countries")),
        Column("minerals", _("Minerals"), itemgetter("minerals")),
        Column("areas_of_work", _("Areas of work"), itemgetter("areas_of_work")),
        Column("topics", _("Topics"), itemgetter("topics")),
        Column("interventions", _("Interventions documented"), itemgetter("interventions")),
        Column("events", _("Events"), itemgetter("events")),
        Column("external_url", _("Online at"), or_none("external_url")),
        Column("file", _("File"), file_url(request)),
        Column("print_only", _("Print only"), itemgetter("print_only")),
        Column("doi", _("DOI"), or_none("doi")),
        Column("isbn", _("ISBN"), or_none("isbn")),
        Column("licence", _("Licence"), or_none("licence")),
        Column("summary", _("Summary"), itemgetter("summary")),
        Column("published", _("Published on the portal"), lambda r: iso(r["published_at"])),
        SOURCES_COLUMN,
        Column("updated", _("Last updated"), lambda r: iso(r["updated"])),
    ]


EXPORT = Export(FIELDS, RELATED, columns)
