import zoneinfo
from datetime import datetime, time

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from catalog.models import (
    Country,
    DatePrecision,
    Organisation,
    Person,
    Publishable,
    PublishableQuerySet,
    Source,
    State,
    format_partial_date,
    source_constraints,
)
from catalog.models.changes import VersionedQuerySet
from catalog.models.history import RecordHistory
from catalog.models.translations import all_versions, localized
from catalog.roles import group_by_role
from interventions.models import Intervention

# Offered in the admin and checked on save; never a field's choices, which would write this machine's
# tzdata into a migration.
TIME_ZONES = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})


def validate_time_zone(name):
    if name not in TIME_ZONES:
        raise ValidationError(
            gettext("“%(name)s” is not a time zone; use a name such as Africa/Nairobi or UTC.") % {"name": name}
        )


def when_text(start, end, all_day, precision, time_zone):
    """An event's dates as precisely as they are known; `start` and `end` in its own time zone."""
    if start is None:
        return gettext("Date to be confirmed")
    if precision != DatePrecision.DAY:
        return format_partial_date(start.date(), precision)
    if all_day:
        if end is None or end.date() == start.date():
            return format_partial_date(start.date(), DatePrecision.DAY)
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{format_partial_date(end.date(), DatePrecision.DAY)}"
        first, last = (format_partial_date(d.date(), DatePrecision.DAY) for d in (start, end))
        return f"{first} – {last}"
    text = f"{format_partial_date(start.date(), DatePrecision.DAY)}, {start:%H:%M}"
    if end is not None:
        text += (
            f"–{end:%H:%M}"
            if end.date() == start.date()
            else f" – {format_partial_date(end.date(), DatePrecision.DAY)}, {end:%H:%M}"
        )
    return f"{text} ({time_zone})"


class EventQuerySet(PublishableQuerySet):
    def with_detail(self):
        return (
            self.with_classification()
            .select_related("country", "intervention")
            .prefetch_related(
                models.Prefetch("organisers", EventOrganiser.objects.select_related("organisation")),
                models.Prefetch("speakers", EventSpeaker.objects.select_related("person")),
                "sources",
            )
        )

    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.filter(models.Q(end__gte=now) | models.Q(end__isnull=True, start__gte=now))

    def past(self, now=None):
        now = now or timezone.now()
        return self.filter(models.Q(end__lt=now) | models.Q(end__isnull=True, start__lt=now))


class Event(Publishable):
    """A dialogue event: a digital day, an action dialogue, a knowledge-sharing meeting..."""

    class Kind(models.TextChoices):
        DIGITAL_DAY = "digital-day", _("Digital day / online campaign")
        ACTION_DIALOGUE = "action-dialogue", _("Action dialogue")
        KNOWLEDGE_SHARING = "knowledge-sharing", _("Knowledge-sharing meeting")
        WORKSHOP = "workshop", _("Workshop")
        CONFERENCE = "conference", _("Conference")
        WEBINAR = "webinar", _("Webinar")

    class Attendance(models.TextChoices):
        IN_PERSON = "in-person", _("In person")
        ONLINE = "online", pgettext_lazy("attendance", "Online")
        HYBRID = "hybrid", pgettext_lazy("attendance", "Hybrid")

    kind = models.CharField(max_length=20, choices=Kind)
    attendance = models.CharField(max_length=10, choices=Attendance, default=Attendance.IN_PERSON)
    start = models.DateTimeField(
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "Local time in the event's time zone. Required before publishing; for all-day events give midnight."
        ),
    )
    end = models.DateTimeField(null=True, blank=True, help_text=_("Empty for a single-day or open-ended event."))
    all_day = models.BooleanField(default=True, help_text=_("Untick when the event has start and end times."))
    date_precision = models.CharField(
        max_length=5,
        choices=DatePrecision,
        default=DatePrecision.DAY,
        help_text=_("How precisely the sources give the date, e.g. only 'November 2017'."),
    )
    time_zone = models.CharField(
        max_length=64,
        validators=[validate_time_zone],
        default="UTC",
        help_text=_("Where the event happens; online events usually keep UTC."),
    )
    venue = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100, blank=True)
    country = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events_hosted",
        help_text=_("Where the event takes place (in person or hybrid)."),
    )
    online_url = models.URLField(_("online URL"), blank=True)
    hashtag = models.CharField(max_length=60, blank=True, help_text=_("With the #, e.g. #shareASM."))
    registration_url = models.URLField(_("registration URL"), blank=True)
    description = models.TextField(blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    description_fr = models.TextField(_("description in French"), blank=True)
    description_es = models.TextField(_("description in Spanish"), blank=True)
    outcomes = models.TextField(blank=True)
    participant_count = models.IntegerField(null=True, blank=True, help_text=_("As reported by the main source."))
    country_count = models.IntegerField(
        _("countries represented"), null=True, blank=True, help_text=_("Number of countries participants came from.")
    )
    attendance_notes = models.TextField(
        blank=True, help_text=_("Where sources disagree on attendance, say which source gives which figure.")
    )
    contact = models.CharField(max_length=200, blank=True)
    intervention = models.ForeignKey(
        Intervention,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("The intervention this event is part of, if any."),
    )
    organisations = models.ManyToManyField(Organisation, through="EventOrganiser", related_name="events", blank=True)
    history = RecordHistory(m2m_fields=Publishable.TRACKED_M2M, excluded_fields=["search_vector"])

    objects = EventQuerySet.as_manager()

    class Meta(Publishable.Meta):
        permissions = [("publish_event", "Can publish, unpublish and send back events")]
        # The browse page's default order, read straight from the index with no sort.
        indexes = [
            *Publishable.Meta.indexes,
            models.Index(fields=["state", "-start", "title"], name="event_browse_newest_idx"),
        ]
        ordering = ["-start", "title"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="event_end_after_start",
            ),
            models.CheckConstraint(
                condition=~models.Q(state=State.PUBLISHED) | models.Q(start__isnull=False),
                name="event_published_has_start",
            ),
            models.CheckConstraint(
                condition=models.Q(participant_count__isnull=True) | models.Q(participant_count__gte=0),
                name="event_participant_count_non_negative",
            ),
            models.CheckConstraint(
                condition=models.Q(country_count__isnull=True) | models.Q(country_count__gte=0),
                name="event_country_count_non_negative",
            ),
        ]

    def save(self, *args, **kwargs):
        if self.all_day and self.start is not None:
            # All-day events span whole local days, so "upcoming" and "past" are exact to the day.
            tz = self.tz
            first = timezone.localtime(self.start, tz).date()
            last = timezone.localtime(self.end, tz).date() if self.end else first
            self.start = datetime.combine(first, time.min, tzinfo=tz)
            self.end = datetime.combine(last, time(23, 59, 59), tzinfo=tz)
        super().save(*args, **kwargs)

    def organisations_by_role(self):
        return group_by_role(self.organisers.all(), EventOrganiser.Role)

    SNIPPET_FIELDS = ("summary", "description", "outcomes")
    TRANSLATED_FIELDS = ("title", "summary", "description")

    @property
    def display_description(self):
        return localized(self, "description")

    def search_document(self):
        document = super().search_document()
        organisers = [
            f"{r.organisation.name} {r.organisation.acronym}" for r in self.organisers.select_related("organisation")
        ]
        speakers = [s.person.name for s in self.speakers.select_related("person")]
        place = [self.venue, self.city, *(self.country.all_names() if self.country_id else []), self.hashtag]
        document["body"] = "\n".join([all_versions(self, "description"), self.outcomes, self.attendance_notes])
        document["names"] = " ".join([document["names"], *organisers, *speakers, *place])
        return document

    @property
    def tz(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.tz) if self.start else None

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.tz) if self.end else None

    @property
    def is_upcoming(self):
        reference = self.end or self.start
        return reference is not None and reference >= timezone.now()

    @property
    def when(self):
        """The dates as precisely as they are known, in the event's own time zone."""
        return when_text(self.local_start, self.local_end, self.all_day, self.date_precision, self.time_zone)


class EventOrganiser(models.Model):
    class Role(models.TextChoices):
        HOST = "host", pgettext_lazy("organiser role", "Host")
        CO_ORGANISER = "co-organiser", pgettext_lazy("organiser role", "Co-organiser")
        PARTNER = "partner", pgettext_lazy("organiser role", "Partner")
        SPONSOR = "sponsor", pgettext_lazy("organiser role", "Sponsor")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="organisers")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="event_roles")
    role = models.CharField(max_length=20, choices=Role, default=Role.HOST)
    history = HistoricalRecords()

    objects = VersionedQuerySet.as_manager()

    class Meta:
        ordering = ["role", "organisation__name"]
        verbose_name = _("organiser")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "organisation", "role"], name="eventorganiser_one_role_per_organisation"
            ),
        ]

    def __str__(self):
        return f"{self.organisation} — {self.get_role_display()}"


class EventSpeaker(models.Model):
    """A person who speaks at (presents, moderates, sits on a panel of) the event, in programme order.

    The event's `contact` stays free text: it is usually an office, a role or an address to write to,
    not someone to credit."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="speakers")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="event_talks")
    position = models.PositiveSmallIntegerField(default=0, help_text=_("Order in the programme."))
    history = HistoricalRecords()

    objects = VersionedQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("speaker")
        constraints = [
            models.UniqueConstraint(fields=["event", "person"], name="eventspeaker_one_row_per_person"),
        ]

    def __str__(self):
        return self.person.name


class EventSource(Source):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sources")
    history = HistoricalRecords()

    class Meta(Source.Meta):
        verbose_name = _("source")
        constraints = source_constraints("event")
