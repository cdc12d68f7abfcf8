"""A visitor's suggestion: a correction to a published record (or to the About page), or a record
the portal lacks. It is only ever read by curators: accepting one records a decision, and the
record itself is changed, if at all, by a curator in the admin."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from events.models import Event
from interventions.models import Intervention
from publications.models import Publication

LANGUAGES = [("en", "English"), ("fr", "Français"), ("es", "Español")]
MESSAGE_MAX = 5000
TITLE_MAX = 300
NAME_MAX = 200
URL_MAX = 1000


class RecordType(models.TextChoices):
    INTERVENTION = "intervention", pgettext_lazy("type of record", "Intervention")
    PUBLICATION = "publication", pgettext_lazy("type of record", "Publication")
    EVENT = "event", pgettext_lazy("type of record", "Event")


# The model of each type of record, and the path segment of its pages ("/publications/<slug>/").
MODELS = {RecordType.INTERVENTION: Intervention, RecordType.PUBLICATION: Publication, RecordType.EVENT: Event}
SEGMENTS = {
    RecordType.INTERVENTION: "interventions",
    RecordType.PUBLICATION: "publications",
    RecordType.EVENT: "events",
}


class SuggestionQuerySet(models.QuerySet):
    def unnotified(self):
        """Not yet listed in a mail to the curators."""
        return self.filter(notified_at__isnull=True)

    def waiting(self):
        return self.filter(state=Suggestion.State.NEW)


class Suggestion(models.Model):
    class Kind(models.TextChoices):
        CORRECTION = "correction", _("correction")
        NEW_RECORD = "record", _("new record")

    class State(models.TextChoices):
        NEW = "new", pgettext_lazy("suggestion state", "new")
        ACCEPTED = "accepted", pgettext_lazy("suggestion state", "accepted")
        DECLINED = "declined", pgettext_lazy("suggestion state", "declined")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    record_type = models.CharField(
        _("type of record"),
        max_length=12,
        choices=RecordType.choices,
        blank=True,
        help_text=_("The type of the record corrected, or of the record suggested. Blank: the About page."),
    )
    intervention = models.ForeignKey(
        Intervention, models.SET_NULL, null=True, blank=True, related_name="suggestions", verbose_name=_("intervention")
    )
    publication = models.ForeignKey(
        Publication, models.SET_NULL, null=True, blank=True, related_name="suggestions", verbose_name=_("publication")
    )
    event = models.ForeignKey(
        Event, models.SET_NULL, null=True, blank=True, related_name="suggestions", verbose_name=_("event")
    )
    record_title = models.CharField(
        _("title"),
        max_length=TITLE_MAX,
        blank=True,
        help_text=_("The record's title when the correction was sent, or the title of the record suggested."),
    )
    source_url = models.URLField(
        _("source link"),
        max_length=URL_MAX,
        blank=True,
        help_text=_("Where the visitor says the facts can be checked."),
    )
    message = models.TextField(_("message"), max_length=MESSAGE_MAX, blank=True)
    name = models.CharField(_("name"), max_length=NAME_MAX, blank=True)
    email = models.EmailField(
        _("email address"), blank=True, help_text=_("Only to thank the sender or ask back; never shown publicly.")
    )
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGES, default="en")
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.NEW)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="decided_suggestions",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    curator_note = models.TextField(
        _("curators' note"), blank=True, help_text=_("For the curators only: what was done about it.")
    )
    notified_at = models.DateTimeField(
        _("curators told"), null=True, blank=True, help_text=_("When the curators' mail listed it.")
    )
    thanks_requested_at = models.DateTimeField(_("thanks requested"), null=True, blank=True)
    thanked_at = models.DateTimeField(_("sender thanked"), null=True, blank=True)

    objects = SuggestionQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")
        indexes = [
            models.Index(fields=["state", "-received_at"], name="suggestion_queue"),
            models.Index(fields=["notified_at"], name="suggestion_unnotified"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="record") | (~Q(record_type="") & ~Q(source_url="") & ~Q(record_title="")),
                name="suggestion_new_record_has_type_title_and_source",
            ),
            models.CheckConstraint(
                condition=Q(kind="correction")
                | (Q(intervention__isnull=True) & Q(publication__isnull=True) & Q(event__isnull=True)),
                name="suggestion_only_corrections_concern_a_record",
            ),
            models.CheckConstraint(
                condition=Q(state="new", decided_at__isnull=True) | (~Q(state="new") & Q(decided_at__isnull=False)),
                name="suggestion_decided_when_not_new",
            ),
            models.CheckConstraint(
                condition=(Q(thanks_requested_at__isnull=True) & Q(thanked_at__isnull=True)) | ~Q(email=""),
                name="suggestion_thanked_only_with_an_address",
            ),
        ]

    def __str__(self):
        if self.kind == self.Kind.NEW_RECORD:
            return _("New %(type)s: %(title)s") % {"type": self.get_record_type_display(), "title": self.record_title}
        return _("Correction: %(title)s") % {"title": self.record_title or _("About page")}

    def admin_url(self):
        """Suggestions are never public: their one page is the curators' page in the admin."""
        return reverse("admin:suggestions_suggestion_change", args=[self.pk])

    @property
    def record(self):
        """The record a correction concerns (None for the About page, a new record, or a deleted record)."""
        return self.intervention or self.publication or self.event

    @property
    def concerns_about_page(self):
        return self.kind == self.Kind.CORRECTION and not self.record_type

    @property
    def can_be_thanked(self):
        return bool(self.email) and self.state != self.State.NEW and self.thanks_requested_at is None
