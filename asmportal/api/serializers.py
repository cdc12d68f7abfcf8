"""What the API says about each record: identifiers, labels, dates, and links both ways."""

from rest_framework import serializers

from catalog.models import AreaOfWork, Country, Language, Mineral, Organisation, Topic
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication


class CountrySerializer(serializers.ModelSerializer):
    class Meta:
        model = Country
        fields = ["iso2", "iso3", "name", "region", "subregion", "intermediate_region"]


class MineralSerializer(serializers.ModelSerializer):
    group = serializers.CharField(source="get_group_display")

    class Meta:
        model = Mineral
        fields = ["slug", "name", "group"]


class AreaOfWorkSerializer(serializers.ModelSerializer):
    class Meta:
        model = AreaOfWork
        fields = ["number", "slug", "name", "description"]


class TopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["slug", "name"]


class LanguageSerializer(serializers.ModelSerializer):
    class Meta:
        model = Language
        fields = ["code", "name"]


class OrganisationSerializer(serializers.ModelSerializer):
    kind = serializers.CharField(source="get_kind_display")
    headquarters = serializers.CharField(source="headquarters.iso2", default=None, allow_null=True)
    profile_url = serializers.SerializerMethodField()

    class Meta:
        model = Organisation
        fields = ["slug", "name", "acronym", "kind", "iati_ref", "website", "headquarters", "profile_url"]

    def get_profile_url(self, obj) -> str:
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


class OrganisationRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["slug", "name", "acronym", "iati_ref"]


class RoleSerializer(serializers.Serializer):
    organisation = OrganisationRefSerializer()
    role = serializers.CharField()
    role_label = serializers.CharField(source="get_role_display")


class SourceSerializer(serializers.Serializer):
    url = serializers.URLField()
    title = serializers.CharField()
    checked_on = serializers.DateField(help_text="When a curator last read the page.")
    backs = serializers.CharField(
        help_text="The fact this source is marked as the origin of (dates, budget, "
        "figures, countries, organisations); empty for the record in general."
    )


class RecordRefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()


class PublishableSerializer(serializers.ModelSerializer):
    """Fields every content type shares."""

    url = serializers.SerializerMethodField(help_text="The record's page on the portal.")
    countries = CountrySerializer(many=True)
    minerals = MineralSerializer(many=True)
    areas_of_work = AreaOfWorkSerializer(many=True)
    topics = TopicSerializer(many=True)
    sources = SourceSerializer(many=True, help_text="The pages the record's facts come from.")

    common_fields = [
        "url",
        "slug",
        "title",
        "summary",
        "countries",
        "minerals",
        "areas_of_work",
        "topics",
        "sources",
        "published_at",
        "updated",
    ]

    def get_url(self, obj) -> str:
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


def published_refs(related) -> list:
    """Links to related records; the views prefetch only published ones (`views.published`)."""
    return [{"slug": r.slug, "title": r.title} for r in related]


class InterventionSerializer(PublishableSerializer):
    kind_label = serializers.CharField(source="get_kind_display")
    status_label = serializers.CharField(source="get_status_display")
    organisations = RoleSerializer(source="roles", many=True)
    events = serializers.SerializerMethodField()
    publications = serializers.SerializerMethodField()

    class Meta:
        model = Intervention
        fields = [
            *PublishableSerializer.common_fields,
            "kind",
            "kind_label",
            "status",
            "status_label",
            "focus",
            "approach",
            "start_date",
            "end_date",
            "date_precision",
            "budget",
            "currency",
            "website",
            "iati_identifier",
            "description",
            "lessons_learned",
            "gaps",
            "organisations",
            "events",
            "publications",
        ]

    def get_events(self, obj) -> list[dict]:
        return published_refs(obj.events.all())

    def get_publications(self, obj) -> list[dict]:
        return published_refs(obj.publications.all())


class PersonSerializer(serializers.Serializer):
    """An author or speaker: named as citations need, with their ORCID iD and profile page."""

    family = serializers.CharField(source="person.family_name")
    given = serializers.CharField(source="person.given_names")
    orcid = serializers.CharField(source="person.orcid")
    url = serializers.SerializerMethodField()

    def get_url(self, credit) -> str:
        return self.context["request"].build_absolute_uri(credit.person.get_absolute_url())


class PublicationSerializer(PublishableSerializer):
    kind_label = serializers.CharField(source="get_kind_display")
    authors = PersonSerializer(many=True, read_only=True)
    organisations = RoleSerializer(source="organisation_roles", many=True)
    languages = LanguageSerializer(many=True)
    file_url = serializers.SerializerMethodField()
    interventions = serializers.SerializerMethodField()
    events = serializers.SerializerMethodField()

    class Meta:
        model = Publication
        fields = [
            *PublishableSerializer.common_fields,
            "kind",
            "kind_label",
            "publication_date",
            "date_precision",
            "authors",
            "organisations",
            "languages",
            "external_url",
            "file_url",
            "print_only",
            "doi",
            "isbn",
            "licence",
            "body",
            "interventions",
            "events",
        ]

    def get_file_url(self, obj) -> str | None:
        if not obj.file:
            return None
        from django.urls import reverse

        return self.context["request"].build_absolute_uri(reverse("publications:download", args=[obj.slug]))

    def get_interventions(self, obj) -> list[dict]:
        return published_refs(obj.interventions.all())

    def get_events(self, obj) -> list[dict]:
        return published_refs(obj.events.all())


class EventSerializer(PublishableSerializer):
    kind_label = serializers.CharField(source="get_kind_display")
    attendance_label = serializers.CharField(source="get_attendance_display")
    when = serializers.CharField(help_text="The dates as precisely as they are known.")
    country = CountrySerializer(allow_null=True)
    organisers = RoleSerializer(many=True)
    intervention = serializers.SerializerMethodField()
    publications = serializers.SerializerMethodField()

    class Meta:
        model = Event
        fields = [
            *PublishableSerializer.common_fields,
            "kind",
            "kind_label",
            "attendance",
            "attendance_label",
            "when",
            "start",
            "end",
            "all_day",
            "date_precision",
            "time_zone",
            "venue",
            "city",
            "country",
            "online_url",
            "hashtag",
            "registration_url",
            "description",
            "outcomes",
            "participant_count",
            "country_count",
            "attendance_notes",
            "organisers",
            "intervention",
            "publications",
        ]

    def get_intervention(self, obj) -> dict | None:
        refs = published_refs([obj.intervention] if obj.intervention else [])
        return refs[0] if refs else None

    def get_publications(self, obj) -> list[dict]:
        return published_refs(obj.publications.all())


class FigureSerializer(serializers.Serializer):
    """A figure with its source; `disagrees` says another published source gives a different value
    for the same measure and scope in an overlapping period."""

    id = serializers.IntegerField()
    measure = serializers.CharField()
    measure_label = serializers.CharField(source="get_measure_display")
    value_low = serializers.DecimalField(max_digits=20, decimal_places=2, coerce_to_string=False)
    value_high = serializers.DecimalField(max_digits=20, decimal_places=2, coerce_to_string=False)
    unit = serializers.CharField()
    year_from = serializers.IntegerField()
    year_to = serializers.IntegerField()
    scope = serializers.CharField()
    region = serializers.CharField()
    country = serializers.CharField(source="country.iso2", default=None, allow_null=True)
    mineral = serializers.CharField(source="mineral.slug", default=None, allow_null=True)
    event = serializers.CharField(source="event.slug", default=None, allow_null=True)
    intervention = serializers.CharField(source="intervention.slug", default=None, allow_null=True)
    source_publication = serializers.CharField(source="source_publication.slug", default=None, allow_null=True)
    source_page = serializers.CharField()
    citation = serializers.CharField()
    citation_url = serializers.CharField()
    note = serializers.CharField()
    disagrees = serializers.BooleanField()
