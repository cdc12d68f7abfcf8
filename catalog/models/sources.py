"""Where a record's facts come from: the pages a curator read, and when."""

from urllib.parse import urlsplit

from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .changes import VersionedQuerySet


class Source(models.Model):
    """One page a record cites. Each content type has its own table (a foreign key to the record), so
    sources prefetch, export and keep history like the record's other parts."""

    class Backs(models.TextChoices):
        DATES = "dates", _("Dates")
        BUDGET = "budget", _("Budget")
        FIGURES = "figures", _("Figures and counts")
        COUNTRIES = "countries", _("Countries")
        ORGANISATIONS = "organisations", _("Organisations and roles")

    url = models.URLField(
        _("address"), max_length=600, validators=[URLValidator(schemes=["http", "https"])], help_text=_("https://…")
    )
    title = models.CharField(max_length=300, blank=True, help_text=_("The page's own title."))
    checked_on = models.DateField(
        _("checked on"), help_text=_("When a curator last read the page and found it says what the record says.")
    )
    backs = models.CharField(
        _("source of"),
        max_length=20,
        choices=Backs,
        blank=True,
        help_text=_("Mark the source a date or figure on the record comes from. Empty: the record in general."),
    )
    position = models.PositiveSmallIntegerField(default=0)

    objects = VersionedQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["position", "id"]

    def __str__(self):
        return self.title or self.url

    @property
    def site(self):
        """The address's host without "www.", to say where a link leads before it is followed."""
        host = urlsplit(self.url).hostname or ""
        return host.removeprefix("www.")


def source_constraints(parent):
    return [
        models.UniqueConstraint(fields=[parent, "url", "backs"], name=f"{parent}source_cited_once_per_fact"),
    ]
