import uuid
from pathlib import PurePath

from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from catalog.models import (
    DatePrecision,
    Language,
    Organisation,
    Person,
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
from catalog.uploads import FileContentValidator, MaxFileSizeValidator
from events.models import Event
from interventions.models import Intervention

ALLOWED_FILE_EXTENSIONS = [
    "pdf",
    "doc",
    "docx",
    "odt",
    "rtf",
    "xls",
    "xlsx",
    "ods",
    "csv",
    "ppt",
    "pptx",
    "odp",
    "epub",
]


MAX_FILE_BYTES = 200 * 1024 * 1024  # the longest reports with images run to tens of megabytes


def publication_file_path(instance, filename):
    """A random folder per upload, so names never collide or reveal other files; the readable name stays."""
    path = PurePath(filename)
    stem = slugify(path.stem)[:80] or "file"
    return f"publications/{uuid.uuid4().hex}/{stem}{path.suffix.lower()}"


class PublicationQuerySet(PublishableQuerySet):
    def with_detail(self):
        return self.with_classification().prefetch_related(
            models.Prefetch("authors", PublicationAuthor.objects.select_related("person")),
            "languages",
            models.Prefetch("organisation_roles", PublicationOrganisation.objects.select_related("organisation")),
            "sources",
        )


class Publication(Publishable):
    """A report, guidance, research paper, news item... with a file, a link, or in print only."""

    class Kind(models.TextChoices):
        REPORT = "report", _("Report")
        GUIDANCE = "guidance", _("Guidance / toolkit")
        RESEARCH = "research", _("Research paper")
        POLICY_BRIEF = "policy-brief", _("Policy brief")
        NEWS = "news", _("News / article")
        CASE_STUDY = "case-study", _("Case study")
        VIDEO = "video", _("Video / webinar")
        DATASET = "dataset", _("Dataset")
        PHOTOBOOK = "photobook", _("Photobook")

    kind = models.CharField(max_length=20, choices=Kind, default=Kind.REPORT)
    publication_date = models.DateField(
        null=True,
        blank=True,
        db_index=True,
        help_text=_("For a month or a year only, enter its first day and set the precision."),
    )
    date_precision = models.CharField(max_length=5, choices=DatePrecision, default=DatePrecision.DAY)
    languages = models.ManyToManyField(Language, blank=True, related_name="publications")
    organisations = models.ManyToManyField(
        Organisation, through="PublicationOrganisation", related_name="publications", blank=True
    )
    file = models.FileField(
        upload_to=publication_file_path,
        blank=True,
        max_length=255,
        validators=[
            FileExtensionValidator(ALLOWED_FILE_EXTENSIONS),
            MaxFileSizeValidator(MAX_FILE_BYTES),
            FileContentValidator(),
        ],
        help_text=_("PDF or office document, at most 200 MB; its content must match its extension."),
    )
    external_url = models.URLField(
        _("external URL"), blank=True, max_length=500, help_text=_("Where the publication lives online.")
    )
    print_only = models.BooleanField(
        default=False, help_text=_("Tick when it exists only in print (no file, no link).")
    )
    doi = models.CharField(
        _("DOI"), max_length=200, blank=True, help_text=_("E.g. 10.14197/atr.201220144 (without https://doi.org/).")
    )
    isbn = models.CharField(_("ISBN"), max_length=20, blank=True)
    licence = models.CharField(max_length=100, blank=True, help_text=_("E.g. CC BY 4.0, All rights reserved."))
    body = models.TextField(blank=True, help_text=_("Longer description, abstract or table of contents."))
    body_en = models.TextField(_("description in English"), blank=True)
    body_fr = models.TextField(_("description in French"), blank=True)
    body_es = models.TextField(_("description in Spanish"), blank=True)
    interventions = models.ManyToManyField(
        Intervention, blank=True, related_name="publications", help_text=_("Interventions this publication documents.")
    )
    events = models.ManyToManyField(
        Event, blank=True, related_name="publications", help_text=_("Events it came from or was presented at.")
    )
    history = RecordHistory(
        m2m_fields=[*Publishable.TRACKED_M2M, "languages", "interventions", "events"], excluded_fields=["search_vector"]
    )

    objects = PublicationQuerySet.as_manager()

    class Meta(Publishable.Meta):
        permissions = [("publish_publication", "Can publish, unpublish and send back publications")]
        # The browse page's default order, read straight from the index with no sort.
        indexes = [
            *Publishable.Meta.indexes,
            models.Index(fields=["state", "-publication_date", "title"], name="publication_browse_newest_idx"),
        ]
        ordering = ["-publication_date", "title"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(print_only=True) | ~models.Q(file="") | ~models.Q(external_url=""),
                name="publication_file_url_or_print_only",
                violation_error_message=_(
                    "Give the publication a file or a web address, or tick “print only” if it exists only in print."
                ),
            ),
        ]

    @property
    def date_display(self):
        return format_partial_date(self.publication_date, self.date_precision)

    @property
    def year(self):
        return self.publication_date.year if self.publication_date else None

    @property
    def file_format(self):
        """The file's format as a reader names it ("PDF", "DOCX"), from its stored name."""
        return PurePath(self.file.name).suffix.lstrip(".").upper() if self.file else ""

    @property
    def file_size(self):
        """The stored file's size in bytes, or None when the storage cannot say (a missing file)."""
        try:
            return self.file.size if self.file else None
        except OSError:
            return None

    def organisations_by_role(self):
        return group_by_role(self.organisation_roles.all(), PublicationOrganisation.Role)

    SNIPPET_FIELDS = ("summary", "body")
    TRANSLATED_FIELDS = ("title", "summary", "body")

    @property
    def display_description(self):
        return localized(self, "body")

    def search_document(self):
        document = super().search_document()
        organisations = [
            f"{r.organisation.name} {r.organisation.acronym}"
            for r in self.organisation_roles.select_related("organisation")
        ]
        authors = [a.person.name for a in self.authors.select_related("person")]
        document["body"] = all_versions(self, "body")
        document["names"] = " ".join([document["names"], *organisations, *authors, self.doi, self.isbn])
        return document


class PublicationAuthor(models.Model):
    """A person credited as an author of the publication, in the order they are credited."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="publication_credits")
    position = models.PositiveSmallIntegerField(default=0, help_text=_("Order of credit; drag or number from 1."))
    history = HistoricalRecords()

    objects = VersionedQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("author")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.person.name


class PublicationOrganisation(models.Model):
    class Role(models.TextChoices):
        AUTHOR = "author", pgettext_lazy("publication role", "Author")
        PUBLISHER = "publisher", pgettext_lazy("publication role", "Publisher")
        COMMISSIONER = "commissioner", pgettext_lazy("publication role", "Commissioner / funder")

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="organisation_roles")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="publication_roles")
    role = models.CharField(max_length=20, choices=Role, default=Role.PUBLISHER)
    history = HistoricalRecords()

    objects = VersionedQuerySet.as_manager()

    class Meta:
        ordering = ["role", "organisation__name"]
        verbose_name = _("organisation")
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "organisation", "role"], name="publicationorganisation_one_role_per_organisation"
            ),
        ]

    def __str__(self):
        return f"{self.organisation} — {self.get_role_display()}"


class PublicationSource(Source):
    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="sources")
    history = HistoricalRecords()

    class Meta(Source.Meta):
        verbose_name = _("source")
        constraints = source_constraints("publication")
