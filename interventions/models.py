from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from catalog.models import (
    DatePrecision,
    Organisation,
    Publishable,
    PublishableQuerySet,
    Source,
    format_partial_date,
    source_constraints,
)
from catalog.models.changes import VersionedQuerySet
from catalog.models.history import RecordHistory
from catalog.models.translations import all_versions, localized
from catalog.roles import group_by_role


def period_text(start_date, end_date, precision):
    """An intervention's dates as precisely as they are known: "May 2019 – 2022", "Since 2016"."""
    start = format_partial_date(start_date, precision) or gettext("Start unknown")
    if end_date:
        return f"{start} – {format_partial_date(end_date, precision)}"
    # Translators: an intervention with no end date; %(start)s is a date such as "May 2019" or "2016".
    return gettext("Since %(start)s") % {"start": start} if start_date else start


class InterventionQuerySet(PublishableQuerySet):
    def with_detail(self):
        return self.with_classification().prefetch_related(
            # Each role with its organisation, in one query rather than two.
            models.Prefetch("roles", InterventionRole.objects.select_related("organisation")),
            "sources",
        )


class Intervention(Publishable):
    """A donor-funded project, programme or initiative working on ASM."""

    class Kind(models.TextChoices):
        PROJECT = "project", _("Project")
        PROGRAMME = "programme", _("Programme")
        INITIATIVE = "initiative", _("Initiative")
        PLATFORM = "platform", _("Multi-stakeholder platform")
        FUND = "fund", _("Fund")

    class Status(models.TextChoices):
        """IATI activity status (codes 1–6)."""

        PIPELINE = "pipeline", _("Pipeline / identification")
        IMPLEMENTATION = "implementation", _("Implementation")
        FINALISATION = "finalisation", _("Finalisation")
        CLOSED = "closed", pgettext_lazy("intervention status", "Closed")
        CANCELLED = "cancelled", _("Cancelled")
        SUSPENDED = "suspended", _("Suspended")

    class Focus(models.TextChoices):
        CHILD_LABOUR = "child-labour", _("Child labour")
        WORKING_CONDITIONS = "working-conditions", _("Working conditions")
        BOTH = "both", _("Child labour and working conditions")

    class Approach(models.TextChoices):
        DIRECT = "direct", _("Direct")
        INDIRECT = "indirect", _("Indirect")

    kind = models.CharField(max_length=20, choices=Kind, default=Kind.PROJECT)
    status = models.CharField(
        _("activity status"),
        max_length=20,
        choices=Status,
        blank=True,
        db_index=True,
        help_text=_("IATI activity status. Leave empty when unknown."),
    )
    start_date = models.DateField(null=True, blank=True, help_text=_("Leave empty when unknown."))
    end_date = models.DateField(
        null=True, blank=True, help_text=_("Planned or actual end; empty when unknown or open-ended.")
    )
    date_precision = models.CharField(
        max_length=5,
        choices=DatePrecision,
        default=DatePrecision.DAY,
        help_text=_("How precisely the sources give the dates, e.g. only the year it started."),
    )
    budget = models.DecimalField(max_digits=16, decimal_places=2, null=True, blank=True)
    currency = models.CharField(
        max_length=3,
        blank=True,
        validators=[RegexValidator(r"^[A-Z]{3}$", _("Use a three-letter ISO 4217 code, e.g. USD."))],
        help_text=_("ISO 4217 code of the budget, e.g. USD, EUR, CHF."),
    )
    focus = models.CharField(max_length=20, choices=Focus, blank=True, db_index=True)
    approach = models.CharField(
        max_length=10,
        choices=Approach,
        blank=True,
        help_text=_("Does it address child labour and working conditions directly, or indirectly?"),
    )
    website = models.URLField(blank=True)
    description = models.TextField(blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    description_fr = models.TextField(_("description in French"), blank=True)
    description_es = models.TextField(_("description in Spanish"), blank=True)
    lessons_learned = models.TextField(blank=True)
    gaps = models.TextField(blank=True, help_text=_("Gaps the intervention or its evaluations identified."))
    iati_identifier = models.CharField(_("IATI identifier"), max_length=150, blank=True)
    featured = models.BooleanField(default=False, help_text=_("Show on the home page."))
    organisations = models.ManyToManyField(
        Organisation, through="InterventionRole", related_name="interventions", blank=True
    )
    history = RecordHistory(m2m_fields=Publishable.TRACKED_M2M, excluded_fields=["search_vector"])

    objects = InterventionQuerySet.as_manager()

    class Meta(Publishable.Meta):
        permissions = [("publish_intervention", "Can publish, unpublish and send back interventions")]
        # The browse page's default order, read straight from the index with no sort.
        indexes = [
            *Publishable.Meta.indexes,
            models.Index(fields=["state", "-start_date", "title"], name="intervention_browse_newest_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="intervention_end_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(budget__isnull=True) | models.Q(budget__gte=0),
                name="intervention_budget_non_negative",
            ),
            models.UniqueConstraint(
                fields=["iati_identifier"], condition=~models.Q(iati_identifier=""), name="intervention_iati_id_unique"
            ),
        ]

    @property
    def period(self):
        return period_text(self.start_date, self.end_date, self.date_precision)

    def organisations_by_role(self):
        return group_by_role(self.roles.all(), InterventionRole.Role)

    SNIPPET_FIELDS = ("summary", "description")
    TRANSLATED_FIELDS = ("title", "summary", "description")

    @property
    def display_description(self):
        return localized(self, "description")

    def search_document(self):
        document = super().search_document()
        organisations = [
            f"{r.organisation.name} {r.organisation.acronym}" for r in self.roles.select_related("organisation")
        ]
        document["body"] = "\n".join([all_versions(self, "description"), self.lessons_learned, self.gaps])
        document["names"] = " ".join([document["names"], *organisations, self.iati_identifier])
        return document


class InterventionRole(models.Model):
    """The part an organisation plays in an intervention (IATI organisation roles)."""

    class Role(models.TextChoices):
        FUNDING = "funding", pgettext_lazy("organisation role", "Funding")
        ACCOUNTABLE = "accountable", pgettext_lazy("organisation role", "Accountable")
        EXTENDING = "extending", pgettext_lazy("organisation role", "Extending")
        IMPLEMENTING = "implementing", pgettext_lazy("organisation role", "Implementing")

    intervention = models.ForeignKey(Intervention, on_delete=models.CASCADE, related_name="roles")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="intervention_roles")
    role = models.CharField(max_length=20, choices=Role)
    history = HistoricalRecords()

    objects = VersionedQuerySet.as_manager()

    class Meta:
        ordering = ["role", "organisation__name"]
        verbose_name = _("organisation role")
        constraints = [
            models.UniqueConstraint(
                fields=["intervention", "organisation", "role"], name="interventionrole_one_role_per_organisation"
            ),
        ]

    def __str__(self):
        return f"{self.organisation} — {self.get_role_display()}"


class InterventionSource(Source):
    intervention = models.ForeignKey(Intervention, on_delete=models.CASCADE, related_name="sources")
    history = HistoricalRecords()

    class Meta(Source.Meta):
        verbose_name = _("source")
        constraints = source_constraints("intervention")
