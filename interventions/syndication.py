from catalog.browse.exports import Column, ExportView, names
from catalog.browse.feeds import ListingFeed

from .filters import InterventionFilterSet
from .models import Intervention, InterventionRole

Role = InterventionRole.Role
PREFETCH = ("roles__organisation",)


def in_role(role):
    return lambda i: [r.organisation.name for r in i.roles.all() if r.role == role]


COLUMNS = [
    Column("title", "Title", lambda i: i.title),
    Column("kind", "Kind", lambda i: i.get_kind_display()),
    Column("status", "Status", lambda i: i.get_status_display() or None),
    Column("focus", "Focus", lambda i: i.get_focus_display() or None),
    Column("approach", "Approach", lambda i: i.get_approach_display() or None),
    Column("dates", "Dates", lambda i: i.period),
    Column("start_date", "Start date", lambda i: i.start_date.isoformat() if i.start_date else None),
    Column("end_date", "End date", lambda i: i.end_date.isoformat() if i.end_date else None),
    Column("budget", "Budget", lambda i: float(i.budget) if i.budget is not None else None),
    Column("currency", "Currency", lambda i: i.currency or None),
    Column("funders", "Funders", in_role(Role.FUNDING)),
    Column("implementers", "Implementers", in_role(Role.IMPLEMENTING)),
    Column("accountable", "Accountable", in_role(Role.ACCOUNTABLE)),
    Column("extending", "Extending", in_role(Role.EXTENDING)),
    Column("countries", "Countries", lambda i: names(i.countries.all())),
    Column("regions", "Regions", lambda i: sorted({c.region for c in i.countries.all() if c.region})),
    Column("minerals", "Minerals", lambda i: names(i.minerals.all())),
    Column("areas_of_work", "Areas of work", lambda i: names(i.areas_of_work.all())),
    Column("topics", "Topics", lambda i: names(i.topics.all())),
    Column("summary", "Summary", lambda i: i.summary),
    Column("website", "Website", lambda i: i.website or None),
    Column("iati_identifier", "IATI identifier", lambda i: i.iati_identifier or None),
    Column("published", "Published on the portal", lambda i: i.published_at.isoformat() if i.published_at else None),
    Column("updated", "Last updated", lambda i: i.updated.isoformat()),
]


class InterventionFeed(ListingFeed):
    model = Intervention
    filterset_class = InterventionFilterSet
    noun = "Interventions"
    browse_url_name = "interventions:list"
    prefetch = PREFETCH

    def item_organisations(self, item):
        return sorted({r.organisation.name for r in item.roles.all()})


class InterventionExport(ExportView):
    model = Intervention
    filterset_class = InterventionFilterSet
    noun = "Interventions"
    columns = COLUMNS
    prefetch = ("countries", "minerals", "areas_of_work", "topics", *PREFETCH)
