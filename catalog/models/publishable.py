"""What every public content type shares: editorial state, classification and visibility."""

import functools
import re

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models, transaction
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .. import editorial
from ..search import SearchQuerySetMixin
from . import changes
from .states import State
from .translations import RecordLanguage, all_versions, localized
from .vocabularies import AreaOfWork, Country, Mineral, Topic

# The topic curators give records from neighbouring libraries on other subjects: listed, searchable,
# marked, but never what the home page puts forward.
OUTSIDE_ASM = "outside-asm"
PLAIN_SLUG = re.compile(r"[-a-zA-Z0-9_]+")
SLUG_MARK = "__slug__"


@functools.lru_cache(maxsize=64)
def detail_url_pattern(app_label, script_prefix, urlconf, language):
    # `language` is part of the key: the address carries its prefix (/fr/, /es/).
    return reverse(f"{app_label}:detail", kwargs={"slug": SLUG_MARK}, urlconf=urlconf)


def detail_url(app_label, slug):
    """reverse("<app>:detail") for a slug: listings and feeds ask it for every record, and
    reverse() costs more than the rest of a result row. A slug needing no quoting is put into the
    address reversed once per app; anything else takes reverse() itself."""
    if PLAIN_SLUG.fullmatch(slug):
        urlconf = get_urlconf() or settings.ROOT_URLCONF
        pattern = detail_url_pattern(app_label, get_script_prefix(), urlconf, get_language())
        return pattern.replace(SLUG_MARK, slug)
    return reverse(f"{app_label}:detail", kwargs={"slug": slug})


class PublishableQuerySet(SearchQuerySetMixin, changes.VersionedQuerySet):
    def published(self):
        """The only starting point for anything the public can see."""
        return self.filter(self.model.published_q())

    def about_asm(self):
        """Records on the portal's own subject: all but those marked with the "Outside ASM" topic."""
        return self.exclude(topics__slug=OUTSIDE_ASM)

    def with_classification(self):
        return self.prefetch_related("countries", "minerals", "areas_of_work", "topics")

    def visible_to(self, user):
        """Staff preview drafts on the public pages; everyone else sees published records only."""
        if user is not None and user.is_active and user.is_staff:
            return self.all()
        return self.published()

    def update(self, **kwargs):
        if "state" in kwargs:
            editorial.check_bulk_update(self, kwargs["state"])
        return super().update(**kwargs)


class Publishable(models.Model):
    title = models.CharField(max_length=300)
    slug = models.SlugField(
        max_length=200, unique=True, help_text=_("The record's address; keep it stable once published.")
    )
    summary = models.TextField(blank=True, help_text=_("Two or three sentences shown in lists and feeds."))
    original_language = models.CharField(
        _("original language"),
        max_length=2,
        choices=RecordLanguage,
        default=RecordLanguage.ENGLISH,
        help_text=_("The language the title, summary and description above are written in."),
    )
    # Curators' versions in the interface languages: shown on pages in that language, else the original.
    title_en = models.CharField(_("title in English"), max_length=300, blank=True)
    title_fr = models.CharField(_("title in French"), max_length=300, blank=True)
    title_es = models.CharField(_("title in Spanish"), max_length=300, blank=True)
    summary_en = models.TextField(_("summary in English"), blank=True)
    summary_fr = models.TextField(_("summary in French"), blank=True)
    summary_es = models.TextField(_("summary in Spanish"), blank=True)
    state = models.CharField(
        max_length=10,
        choices=State,
        default=State.DRAFT,
        db_index=True,
        help_text=_("Only published records are visible to the public. Publishing needs the Editor role."),
    )
    published_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text=_("When the record was first published on the portal.")
    )
    notes = models.TextField(
        _("curator notes"),
        blank=True,
        help_text=_("Internal: sources to check, open questions. Never shown to the public."),
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    # Maintained by catalog.search on PostgreSQL (SQLite keeps an FTS5 table instead).
    search_vector = SearchVectorField(null=True, editable=False)
    countries = models.ManyToManyField(Country, blank=True, related_name="%(class)ss")
    minerals = models.ManyToManyField(Mineral, blank=True, related_name="%(class)ss")
    areas_of_work = models.ManyToManyField(AreaOfWork, blank=True, related_name="%(class)ss")
    topics = models.ManyToManyField(Topic, blank=True, related_name="%(class)ss")

    objects = PublishableQuerySet.as_manager()

    # Classification changes belong in a record's history as much as its text does.
    TRACKED_M2M = ["countries", "minerals", "areas_of_work", "topics"]
    # Text fields a search snippet may quote.
    SNIPPET_FIELDS = ("summary",)
    # Text curators may give in each interface language (fields <name>_en, _fr, _es).
    TRANSLATED_FIELDS = ("title", "summary")

    class Meta:
        abstract = True
        ordering = ["title"]
        indexes = [models.Index(fields=["state", "-published_at"], name="%(class)s_state_pub_idx")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        editorial.check(self)
        # Records saved as published by any path (form, import, shell) get their publication date.
        if self.state == State.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        public = changes.public_save(self)
        if not public and self.state == State.PUBLISHED and kwargs.get("update_fields") is None:
            # Only what no visitor sees changed (a curator's note): write just that, so the record's
            # "last updated" in feeds, exports and the sitemap still tells of its last public change.
            kwargs["update_fields"] = changes.changed_fields(self)
        self.__dict__["_public_write"] = public  # read by the post_save signal
        # One transaction with what the signals write (the search index): the version moves when it
        # commits, after the index, so no reader caches old matches under the new version.
        with transaction.atomic(using=kwargs.get("using")):
            super().save(*args, **kwargs)
        changes.remember_stored(self)

    def get_absolute_url(self):
        return detail_url(self._meta.app_label, self.slug)

    def refresh_from_db(self, *args, **kwargs):
        super().refresh_from_db(*args, **kwargs)
        changes.remember_stored(self)

    @classmethod
    def from_db(cls, db, field_names, values, *, fetch_mode=None):
        instance = super().from_db(db, field_names, values, fetch_mode=fetch_mode)
        changes.remember_stored(instance, dict(zip(field_names, values, strict=True)))
        return instance

    @property
    def display_title(self):
        """The title in the page's language where a curator gave one, else the original."""
        return localized(self, "title")

    @property
    def display_summary(self):
        return localized(self, "summary")

    def classification_names(self):
        """The names of the record's countries, minerals, areas and topics in every interface
        language, so a search in any of them finds it."""
        return [
            name
            for field in ("countries", "minerals", "areas_of_work", "topics")
            for o in getattr(self, field).all()
            for name in o.all_names()
        ]

    def search_document(self):
        """Text for the search index: title, summary, body, names (in falling weight). Every
        version of the text is indexed: a record is found by its French title from any page."""
        return {
            "title": all_versions(self, "title"),
            "summary": all_versions(self, "summary"),
            "body": "",
            "names": " ".join(self.classification_names()),
        }

    @classmethod
    def published_q(cls, prefix=""):
        """The condition for "published", also from a related model (prefix "interventions__")."""
        return models.Q(**{f"{prefix}state": State.PUBLISHED})

    @property
    def is_public(self):
        return self.state == State.PUBLISHED
