import uuid
from pathlib import PurePath

from django.core.validators import FileExtensionValidator
from django.db import models
from django.urls import reverse
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
from catalog.search import COLUMNS, FILE_COLUMN, WORD, matched, page_matches, quote
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
# How much of a file's text its search document holds: the text itself up to FILE_INDEX_CHARS (words
# and phrases), then the other words it uses, once each, up to FILE_INDEX_MORE_CHARS (words only).
# Keeps a document within what PostgreSQL's tsvector can hold (1 MB), whatever the file.
FILE_INDEX_CHARS = 300_000
FILE_INDEX_MORE_CHARS = 200_000


def indexed_file_text(text):
    """What the search index holds of a file's text (see FILE_INDEX_CHARS)."""
    head, tail = text[:FILE_INDEX_CHARS], text[FILE_INDEX_CHARS:]
    if not tail:
        return head
    seen = {w.lower() for w in WORD.findall(head)}
    more, size = [], 0
    for word in dict.fromkeys(w.lower() for w in WORD.findall(tail)):
        if word not in seen:
            size += len(word) + 1
            if size > FILE_INDEX_MORE_CHARS:
                break
            more.append(word)
    return f"{head}\n{' '.join(more)}"


class FilePassage:
    """Where a search matched inside a publication's file: the page, a quote, and a link to the page."""

    def __init__(self, publication, number, snippet):
        self.number, self.snippet = number, snippet
        url = reverse("publications:download", args=[publication.slug])
        self.url = f"{url}#page={number}" if publication.file_format == "PDF" else url


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
    SEARCH_COLUMNS = (*COLUMNS, FILE_COLUMN)
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
        pages = self.file_pages.values_list("text", flat=True) if self.file and self.pk else []
        document[FILE_COLUMN] = indexed_file_text("\n".join(pages))
        return document

    @classmethod
    def attach_file_passages(cls, records, terms):
        """Give each of `records` (found by a search for `terms`) whose own text does not match a
        `file_passage`: a quote of the first page of its file that matches. One query for them all."""
        for record in records:
            record.file_passage = None
        wanted = {r.pk: r for r in records if r.file and not matched(getattr(r, "search_snippet", ""))}
        if not wanted:
            return
        condition = page_matches(terms)
        first = (
            PublicationPage.objects.filter(condition, publication=models.OuterRef("publication"))
            .order_by("number")
            .values("pk")[:1]
        )
        pages = PublicationPage.objects.filter(publication__in=list(wanted), pk=models.Subquery(first))
        for page in pages:
            snippet = quote(page.text, terms)
            if snippet:
                record = wanted[page.publication_id]
                record.file_passage = FilePassage(record, page.number, snippet)


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


class PublicationText(models.Model):
    """How reading the text of a publication's file went: for curators only, never shown to the public."""

    class State(models.TextChoices):
        PENDING = "pending", pgettext_lazy("text extraction", "Waiting to be read")
        DONE = "done", pgettext_lazy("text extraction", "Read")
        FAILED = "failed", pgettext_lazy("text extraction", "Failed")

    REASONS = {
        "encrypted": _("The file is encrypted (password-protected); its text cannot be read."),
        "no-text": _("The file has no text layer (a scan or images only): run it through OCR and upload it again."),
        "damaged": _("The file is damaged or too complex to read."),
        "too-slow": _("Reading the file took too long; it was stopped."),
        "too-big": _("Reading the file needed too much memory; it was stopped."),
        "unsupported": _("Text is read from PDF, Word (.docx) and OpenDocument (.odt) files only."),
        "missing": _("The file is missing from storage."),
    }

    publication = models.OneToOneField(Publication, on_delete=models.CASCADE, related_name="file_text")
    state = models.CharField(max_length=10, choices=State, default=State.PENDING)
    error = models.CharField(max_length=20, blank=True, help_text=_("Why the text could not be read."))
    pages = models.PositiveIntegerField(_("pages"), default=0, help_text=_("Pages with text that were read."))
    truncated = models.BooleanField(
        _("truncated"), default=False, help_text=_("Reading stopped at a limit of pages, text or time.")
    )
    checksum = models.CharField(
        _("checksum"), max_length=64, blank=True, help_text=_("SHA-256 of the file that was read.")
    )
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("file text")
        ordering = ["publication"]

    def __str__(self):
        return f"{self.publication}: {self.get_state_display()}"

    @property
    def reason(self):
        return self.REASONS.get(self.error, self.error)


class PublicationPage(models.Model):
    """The text of one page of a publication's file, as read by the text extraction task."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="file_pages")
    number = models.PositiveIntegerField()
    text = models.TextField(_("text"))

    objects = VersionedQuerySet.as_manager()

    class Meta:
        verbose_name = _("page of a file")
        ordering = ["publication", "number"]
        constraints = [
            models.UniqueConstraint(fields=["publication", "number"], name="publicationpage_one_text_per_page"),
        ]

    def __str__(self):
        return f"{self.publication}, p. {self.number}"
