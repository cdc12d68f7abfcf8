"""Shared controlled vocabularies every content type is classified by."""

from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .. import names
from ..people import format_person, validate_orcid
from .changes import VersionedQuerySet
from .states import State
from .translations import TRANSLATION_LANGUAGES, vocabulary_name


class Country(models.Model):
    """An ISO 3166-1 country or territory, placed in the UN M49 regions."""

    iso2 = models.CharField(_("ISO code"), max_length=2, unique=True, help_text=_("ISO 3166-1 alpha-2, e.g. GH."))
    iso3 = models.CharField(_("ISO alpha-3"), max_length=3, unique=True)
    m49 = models.CharField(_("M49 code"), max_length=3, help_text=_("UN M49 / ISO 3166-1 numeric code."))
    name = models.CharField(max_length=100, help_text="Short name used across the portal.")
    official_name = models.CharField(max_length=200, blank=True)
    slug = models.SlugField(max_length=100, unique=True)
    region = models.CharField(max_length=40, blank=True, db_index=True, help_text=_("UN M49 region, e.g. Africa."))
    subregion = models.CharField(
        max_length=60, blank=True, db_index=True, help_text=_("UN M49 sub-region, e.g. Sub-Saharan Africa.")
    )
    intermediate_region = models.CharField(
        max_length=60, blank=True, help_text=_("UN M49 intermediate region, e.g. Western Africa.")
    )

    objects = VersionedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("countries")
        constraints = [
            models.CheckConstraint(condition=models.Q(iso2__regex=r"^[A-Z]{2}$"), name="country_iso2_upper_alpha2"),
        ]

    def __str__(self):
        return self.localized_name

    def get_absolute_url(self):
        return reverse("country-profile", args=[self.iso2])

    @property
    def localized_name(self):
        """The CLDR name in the active language ("Pérou" in French), else the stored one."""
        return names.country(self.iso2, default=self.name)

    def all_names(self):
        return names.country_names(self.iso2, self.name)


class Mineral(models.Model):
    class Group(models.TextChoices):
        PRECIOUS_METALS = "precious-metals", _("Precious metals")
        THREE_TG = "3tg", _("3TG (tin, tantalum, tungsten, gold)")
        BATTERY = "battery", _("Battery minerals")
        GEMSTONES = "gemstones", _("Gemstones")
        INDUSTRIAL = "industrial", _("Industrial minerals")
        BASE_METALS = "base-metals", _("Base metals")
        OTHER = "other", _("Other")

    name = models.CharField(max_length=80, unique=True)
    name_fr = models.CharField("name in French", max_length=80, blank=True)
    name_es = models.CharField("name in Spanish", max_length=80, blank=True)
    slug = models.SlugField(max_length=80, unique=True)
    group = models.CharField(max_length=20, choices=Group, default=Group.OTHER)
    description = models.TextField(blank=True)

    objects = VersionedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.localized_name

    def get_absolute_url(self):
        return reverse("mineral-profile", args=[self.slug])

    @property
    def localized_name(self):
        return vocabulary_name(self)

    def all_names(self):
        return translated_names(self)


class AreaOfWork(models.Model):
    """One of the nine areas of work found by the 2020 ILO mapping."""

    number = models.PositiveSmallIntegerField(unique=True, help_text=_("1–9, as numbered in the 2020 mapping."))
    name = models.CharField(max_length=120, unique=True, help_text="Short label used in facets and lists.")
    name_fr = models.CharField("name in French", max_length=120, blank=True)
    name_es = models.CharField("name in Spanish", max_length=120, blank=True)
    slug = models.SlugField(max_length=120, unique=True)
    description = models.TextField(help_text="The area as worded in the 2020 mapping.")
    description_fr = models.TextField("description in French", blank=True)
    description_es = models.TextField("description in Spanish", blank=True)

    objects = VersionedQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        verbose_name = _("area of work")
        verbose_name_plural = _("areas of work")
        constraints = [
            models.CheckConstraint(condition=models.Q(number__gte=1, number__lte=9), name="areaofwork_number_1_to_9"),
        ]

    def __str__(self):
        return f"{self.number}. {self.localized_name}"

    def get_absolute_url(self):
        return reverse("area-profile", args=[self.slug])

    @property
    def localized_name(self):
        return vocabulary_name(self)

    @property
    def localized_description(self):
        language = names.current()
        translated = getattr(self, f"description_{language}", "") if language != "en" else ""
        return translated or self.description

    def all_names(self):
        return translated_names(self)


class Language(models.Model):
    """An ISO 639-1 language a publication is written in."""

    code = models.CharField(max_length=2, unique=True, help_text=_("ISO 639-1 code, e.g. sw."))
    name = models.CharField(max_length=80)

    objects = VersionedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return names.language(self.code, default=self.name)

    def all_names(self):
        return names.language_names(self.code, self.name)


class Organisation(models.Model):
    class Kind(models.TextChoices):
        UN_AGENCY = "un-agency", _("UN agency")
        GOVERNMENT = "government", _("Government or donor agency")
        NGO = "ngo", _("NGO")
        RESEARCH = "research", _("Research institute")
        PRIVATE = "private-sector", _("Private sector")
        MULTI_STAKEHOLDER = "multi-stakeholder", _("Multi-stakeholder initiative")
        MINERS = "miners", _("Miners' association or cooperative")
        FOUNDATION = "foundation", _("Foundation")
        INTERGOVERNMENTAL = "intergovernmental", _("Intergovernmental organisation")

    name = models.CharField(max_length=200)
    acronym = models.CharField(max_length=30, blank=True, help_text=_("E.g. ILO, IIED."))
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind, blank=True)
    iati_ref = models.CharField(
        _("IATI organisation identifier"),
        max_length=150,
        blank=True,
        help_text=_("Its identifier in the IATI Standard, e.g. XM-DAC-41114 for UNDP; used by the IATI import."),
    )
    website = models.URLField(blank=True)
    headquarters = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="organisations_headquartered"
    )
    description = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = VersionedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="organisation_name_unique_ci"),
            models.UniqueConstraint(
                fields=["iati_ref"], condition=~models.Q(iati_ref=""), name="organisation_iati_ref_unique"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def get_absolute_url(self):
        return reverse("organisation-profile", args=[self.slug])

    def all_names(self):
        return [str(self)]


class Topic(models.Model):
    """A curated theme, created by curators as the need arises."""

    name = models.CharField(max_length=100)
    name_fr = models.CharField("name in French", max_length=100, blank=True)
    name_es = models.CharField("name in Spanish", max_length=100, blank=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)

    objects = VersionedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="topic_name_unique_ci"),
        ]

    def __str__(self):
        return self.localized_name

    @property
    def localized_name(self):
        return vocabulary_name(self)

    def all_names(self):
        return translated_names(self)


def translated_names(entry):
    """An entry's name in English and each translation it has."""
    names_ = [entry.name] + [getattr(entry, f"name_{code}", "") for code in TRANSLATION_LANGUAGES if code != "en"]
    return list(dict.fromkeys(n for n in names_ if n))


class PersonQuerySet(VersionedQuerySet):
    def public(self):
        """People the public may see: each credited on a published publication or speaking at a
        published event. Someone named only on drafts stays unknown to visitors."""
        return self.filter(
            models.Q(publication_credits__publication__state=State.PUBLISHED)
            | models.Q(event_talks__event__state=State.PUBLISHED)
        ).distinct()

    def needing_check(self):
        return self.filter(needs_checking=True)

    def named(self, family, given, confident=True):
        """The person of that name already in the portal (the first of namesakes), else a new one,
        flagged for checking when the name could not be split into family and given names surely."""
        person = self.filter(family_name__iexact=family, given_names__iexact=given).order_by("pk").first()
        if person is None:
            person = self.create(family_name=family, given_names=given, needs_checking=not confident)
        return person


class Person(models.Model):
    """A person who wrote a publication or spoke at an event, named as citations need."""

    family_name = models.CharField(
        max_length=200, help_text=_("Surname as cited, with its particles: “van der Berg”, “dos Santos”.")
    )
    given_names = models.CharField(
        max_length=200, blank=True, help_text=_("First and middle names or initials; blank if unknown.")
    )
    slug = models.SlugField(max_length=200, unique=True)
    orcid = models.CharField(
        _("ORCID iD"),
        max_length=19,
        blank=True,
        validators=[validate_orcid],
        help_text=_("E.g. 0000-0002-1825-0097 (without https://orcid.org/)."),
    )
    affiliation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text=_("The organisation they work for, if known."),
    )
    needs_checking = models.BooleanField(
        default=False,
        db_index=True,
        help_text=_(
            "Set when a name was split into family and given names without confidence; untick once you have checked it."
        ),
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["family_name", "given_names"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        indexes = [models.Index(Lower("family_name"), Lower("given_names"), name="person_name_ci_idx")]
        constraints = [
            models.UniqueConstraint(fields=["orcid"], condition=~models.Q(orcid=""), name="person_orcid_unique"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_person_slug(Person, self.name, exclude=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("person-profile", args=[self.slug])

    @property
    def name(self):
        """As people are named in running text: "Lisa Rende Taylor"."""
        return f"{self.given_names} {self.family_name}".strip()

    @property
    def cited_name(self):
        """As reference lists and imports write it: "Taylor, Lisa Rende"."""
        return format_person(self.family_name, self.given_names)

    @property
    def orcid_url(self):
        return f"https://orcid.org/{self.orcid}" if self.orcid else ""

    def all_names(self):
        return [self.name]


def unique_person_slug(model, name, exclude=None):
    """ "lisa-rende-taylor", then "lisa-rende-taylor-2"... for namesakes."""
    base = slugify(name)[:190] or "person"
    taken = set(model.objects.filter(slug__startswith=base).exclude(pk=exclude).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug
