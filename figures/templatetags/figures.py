"""{% figures_section %}: the figures a page shows, grouped so that disagreeing sources stand side by
side. Event, intervention and publication pages come from apps below this one; the tag lets their
templates show figures without those apps knowing of them. One query per page."""

from django import template
from django.utils.translation import gettext

from catalog.models import Country, Mineral
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication

from ..display import group, groups_with
from ..models import Figure, Scope

register = template.Library()


def figures_of(record=None, world=False):
    """(groups, whether to name each group's scope) for the page of `record` (an event, intervention,
    publication, country or mineral), or of the world's figures."""
    figures = Figure.objects
    if isinstance(record, Publication):
        found = list(figures.given_by(record))
        return groups_with(found, lambda f: f.source_publication_id == record.pk), True
    for model, field in ((Event, "event"), (Intervention, "intervention"), (Country, "country"), (Mineral, "mineral")):
        if isinstance(record, model):
            return group(figures.alongside(**{field: record})), False
    if world:
        return group(figures.alongside(scope=Scope.WORLD)), False
    return [], False


@register.inclusion_tag("figures/_figures.html")
def figures_section(record=None, world=False, heading=None):
    groups, name_scope = figures_of(record, world)
    return {
        "groups": groups,
        "name_scope": name_scope,
        "heading": heading or gettext("Figures"),
        "section_id": "figures-world" if world else "figures",
    }
