"""A figure with its source: what is counted, how many, when, where, and who says so.

Figures are not content records of their own (no page, no slug): they show on the pages of what they
describe (an event, an intervention, a country, a mineral, the world) and of the publication they come
from. A figure is public only when it is published and so are its source publication and the event or
intervention it describes: `Figure.published_q()` is that one rule, used by every page, the API and
the CSV export.
"""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from catalog import editorial
from catalog.models import Country, Mineral, State
from catalog.models.versions import VOCABULARIES, changed
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication


class Measure(models.TextChoices):
    WORKERS_ASM = "workers-asm", _("People working in ASM")
    WORKERS_FORMAL = "workers-formal-mining", _("People working in formal mining")
    CHILDREN_ASM = "children-asm", _("Children working in ASM")
    WOMEN_ASM = "women-asm", _("Women working in ASM")
    DEPENDENTS_ASM = "dependents-asm", _("People who depend on ASM for their livelihood")
    PARTICIPANTS = "participants", _("Participants")
    COUNTRIES = "countries-represented", _("Countries represented")
    ORGANISATIONS = "organisations-represented", _("Organisations represented")
    BUDGET = "budget", _("Budget")
    PRODUCTION = "production", _("Production")


class Unit(models.TextChoices):
    PEOPLE = "people", _("people")
    COUNTRIES = "countries", _("countries")
    ORGANISATIONS = "organisations", _("organisations")
    USD = "USD", _("US dollars")
    EUR = "EUR", _("euros")
    TONNES = "tonnes", _("tonnes")
    PERCENT = "percent", _("per cent")


class Scope(models.TextChoices):
    WORLD = "world", _("The world")
    REGION = "region", _("A region")
    COUNTRY = "country", _("A country")
    MINERAL = "mineral", _("A mineral")
    EVENT = "event", _("An event")
    INTERVENTION = "intervention", _("An intervention")


class Region(models.TextChoices):
    """The UN M49 regions, as Country.region names them."""

    AFRICA = "Africa", _("Africa")
    AMERICAS = "Americas", _("Americas")
    ASIA = "Asia", _("Asia")
    EUROPE = "Europe", _("Europe")
    OCEANIA = "Oceania", _("Oceania")


# For each scope, the field that names what the figure describes (None: the world).
TARGETS = {
    Scope.WORLD: None,
    Scope.REGION: "region",
    Scope.COUNTRY: "country",
    Scope.MINERAL: "mineral",
    Scope.EVENT: "event",
    Scope.INTERVENTION: "intervention",
}
TARGET_FIELDS = ["region", "country", "mineral", "event", "intervention"]


def _is_set(field, yes=True):
    if field == "region":
        return ~Q(region="") if yes else Q(region="")
    return Q(**{f"{field}__isnull": not yes})


def scope_condition():
    """Exactly the field of the figure's scope is set, and no other."""
    condition = Q()
    for scope, target in TARGETS.items():
        case = Q(scope=scope)
        for field in TARGET_FIELDS:
            case &= _is_set(field, field == target)
        condition |= case
    return condition


class FigureQuerySet(models.QuerySet):
    def published(self):
        """The only starting point for anything the public can see."""
        return self.filter(Figure.published_q())

    def for_display(self):
        return self.select_related("source_publication", "country", "mineral", "event", "intervention").order_by(
            "measure", "scope_key", "year_from", "year_to", "value_low", "pk"
        )

    def alongside(self, **scope):
        """Published figures of one scope (`event=e`, `country=c`, `scope=Scope.WORLD`...): all of
        them, so every disagreement among them shows."""
        return self.published().filter(**scope).for_display()

    def given_by(self, publication):
        """The published figures `publication` gives, with every published figure of the same
        measure and scope from other sources (one query): the page groups them and keeps the groups
        its own figures are in."""
        own = self.published().filter(source_publication=publication)
        same = models.Exists(own.filter(measure=models.OuterRef("measure"), scope_key=models.OuterRef("scope_key")))
        return self.published().filter(same).for_display()

    def with_disagreement(self):
        """Annotate `disagrees`: another published figure of the same measure and scope, for an
        overlapping period, gives a different value or range."""
        rivals = (
            Figure.objects.published()
            .filter(
                measure=models.OuterRef("measure"),
                scope_key=models.OuterRef("scope_key"),
                year_from__lte=models.OuterRef("year_to"),
                year_to__gte=models.OuterRef("year_from"),
            )
            .exclude(
                value_low=models.OuterRef("value_low"),
                value_high=models.OuterRef("value_high"),
                unit=models.OuterRef("unit"),
            )
        )
        return self.annotate(disagrees=models.Exists(rivals))


class Figure(models.Model):
    measure = models.CharField(_("what is counted"), max_length=40, choices=Measure, db_index=True)
    value_low = models.DecimalField(
        _("value (or lowest)"),
        max_digits=20,
        decimal_places=2,
        help_text=_("The figure, or the low end of a range (“20–30 million”: 20000000)."),
    )
    value_high = models.DecimalField(
        _("highest value"),
        max_digits=20,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The high end of a range. Leave empty for a single value."),
    )
    unit = models.CharField(_("unit"), max_length=20, choices=Unit, default=Unit.PEOPLE)
    year_from = models.PositiveSmallIntegerField(
        _("year"), help_text=_("The year the figure describes, or the first of its period.")
    )
    year_to = models.PositiveSmallIntegerField(
        _("until year"), null=True, blank=True, help_text=_("The last year of the period. Leave empty for one year.")
    )
    scope = models.CharField(
        _("scope"),
        max_length=20,
        choices=Scope,
        db_index=True,
        help_text=_("What the figure is about; then fill in exactly that one below (nothing for the world)."),
    )
    region = models.CharField(_("region"), max_length=20, choices=Region, blank=True)
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, null=True, blank=True, related_name="figures"
    )
    mineral = models.ForeignKey(
        Mineral, verbose_name=_("mineral"), on_delete=models.PROTECT, null=True, blank=True, related_name="figures"
    )
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, null=True, blank=True, related_name="figures"
    )
    intervention = models.ForeignKey(
        Intervention,
        verbose_name=_("intervention"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="figures",
    )
    # "event:12", "country:5", "region:Africa", "world": what "the same thing" compares (set on save).
    scope_key = models.CharField(max_length=40, editable=False, db_index=True)
    source_publication = models.ForeignKey(
        Publication,
        verbose_name=_("source publication"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="figures",
        help_text=_("The publication in the catalogue that gives the figure. Otherwise cite the source below."),
    )
    source_page = models.CharField(
        _("page"), max_length=20, blank=True, help_text=_("Where in the publication: “12” or “12–14”.")
    )
    citation = models.CharField(
        _("external source"),
        max_length=400,
        blank=True,
        help_text=_("A source outside the catalogue: its title and publisher, e.g. “ITC-ILO news, 3 June 2019”."),
    )
    citation_url = models.URLField(
        _("external source's address"), max_length=600, blank=True, validators=[URLValidator(schemes=["http", "https"])]
    )
    note = models.TextField(
        _("curator's note"),
        blank=True,
        help_text=_("Shown with the figure: what exactly is counted, how the source words it, why it may differ."),
    )
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=State,
        default=State.DRAFT,
        db_index=True,
        help_text=_(
            "Only published figures are public, and only while their source publication and the event or "
            "intervention they describe are published. Publishing needs the Editor role."
        ),
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = FigureQuerySet.as_manager()

    class Meta:
        verbose_name = _("figure")
        verbose_name_plural = _("figures")
        ordering = ["measure", "scope_key", "year_from", "pk"]
        permissions = [("publish_figure", "Can publish and unpublish figures")]
        indexes = [models.Index(fields=["measure", "scope_key"], name="figure_same_thing_idx")]
        constraints = [
            models.CheckConstraint(condition=scope_condition(), name="figure_scope_names_one_target"),
            models.CheckConstraint(
                condition=(
                    Q(source_publication__isnull=False, citation="", citation_url="")
                    | Q(source_publication__isnull=True, source_page="") & ~Q(citation="")
                ),
                name="figure_cites_one_source",
            ),
            models.CheckConstraint(condition=Q(value_high__gte=models.F("value_low")), name="figure_range_in_order"),
            models.CheckConstraint(condition=Q(value_low__gte=0), name="figure_value_not_negative"),
            models.CheckConstraint(condition=Q(year_to__gte=models.F("year_from")), name="figure_period_in_order"),
        ]

    def __str__(self):
        from .display import value_text

        return f"{self.get_measure_display()}: {value_text(self)} ({self.period_text})"

    def save(self, *args, **kwargs):
        if self.value_high is None:
            self.value_high = self.value_low
        if self.year_to is None:
            self.year_to = self.year_from
        self.scope_key = self.compute_scope_key()
        editorial.check(self)  # crossing the published line needs the publish permission
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        """The page of what it describes, or of the publication it comes from."""
        target = self.target
        if target is not None and hasattr(target, "get_absolute_url"):
            return target.get_absolute_url()
        if self.source_publication_id:
            return self.source_publication.get_absolute_url()
        return None

    @classmethod
    def published_q(cls, prefix=""):
        """Published, and so are the source publication and the event or intervention it describes."""
        p = prefix
        condition = Q(**{f"{p}state": State.PUBLISHED})
        for relation in ("source_publication", "event", "intervention"):
            condition &= Q(**{f"{p}{relation}__isnull": True}) | Q(**{f"{p}{relation}__state": State.PUBLISHED})
        return condition

    @property
    def target(self):
        field = TARGETS.get(self.scope)
        return getattr(self, field) if field else None

    @property
    def target_label(self):
        if self.scope == Scope.WORLD:
            return gettext("The world")
        if self.scope == Scope.REGION:
            return self.get_region_display()
        target = self.target
        if target is None:
            return ""
        return str(getattr(target, "display_title", target))

    @property
    def target_url(self):
        target = self.target
        return target.get_absolute_url() if target is not None else ""

    @property
    def period_text(self):
        if self.year_to in (None, self.year_from):
            return str(self.year_from)
        return f"{self.year_from}–{self.year_to}"

    def compute_scope_key(self):
        field = TARGETS.get(self.scope)
        if field is None:
            return str(self.scope)
        value = self.region if field == "region" else getattr(self, f"{field}_id")
        return f"{self.scope}:{value}"

    def clean(self):
        errors = {}
        if self.value_high is None:
            self.value_high = self.value_low
        if self.year_to is None:
            self.year_to = self.year_from
        if self.value_low is not None and self.value_high is not None and self.value_high < self.value_low:
            errors["value_high"] = gettext("The highest value is lower than the value: give the range low to high.")
        if self.value_low is not None and self.value_low < 0:
            errors["value_low"] = gettext("A figure counts something: it cannot be negative.")
        if self.year_from and self.year_to and self.year_to < self.year_from:
            errors["year_to"] = gettext("The period ends before it starts.")
        field = TARGETS.get(self.scope)
        for other in TARGET_FIELDS:
            value = self.region if other == "region" else getattr(self, f"{other}_id")
            if other == field and not value:
                errors[other] = gettext("Say which one: the figure's scope is “%(scope)s”.") % {
                    "scope": self.get_scope_display()
                }
            elif other != field and value:
                errors[other] = gettext("Leave this empty: the figure's scope is “%(scope)s”.") % {
                    "scope": self.get_scope_display()
                }
        if self.source_publication_id and (self.citation or self.citation_url):
            errors["citation"] = gettext("Cite either a publication in the catalogue or an external source, not both.")
        elif not self.source_publication_id and not self.citation:
            errors["citation"] = gettext("Say where the figure comes from: a publication in the catalogue or a source.")
        if self.source_page and not self.source_publication_id:
            errors["source_page"] = gettext("A page number goes with a publication in the catalogue.")
        if errors:
            raise ValidationError(errors)


# --- what the public sees changes: the pages and exports cached under the data version -----------


def figure_loaded_state(sender, instance, raw=False, **kwargs):
    """pre_save: whether the row was public before this write (a withdrawal changes pages too)."""
    instance.__dict__["_was_published"] = (
        instance.pk is not None and Figure.objects.filter(pk=instance.pk, state=State.PUBLISHED).exists()
    )


def figure_written(sender, instance, raw=False, **kwargs):
    """A published figure's write changes the pages it shows on: bump the scopes of the records it
    is linked to (their pages, and every response cached under the data version), or the
    vocabularies' for a figure about the world, a region, a country or a mineral."""
    if raw:
        return
    if instance.state != State.PUBLISHED and not instance.__dict__.pop("_was_published", False):
        return
    scopes = [
        (label, pk)
        for label, pk in (
            ("events.event", instance.event_id),
            ("interventions.intervention", instance.intervention_id),
            ("publications.publication", instance.source_publication_id),
        )
        if pk is not None
    ]
    for label, pk in scopes:
        changed(label, records={pk})
    if not scopes:
        changed(VOCABULARIES)
