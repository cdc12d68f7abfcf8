from rest_framework import viewsets

from catalog.models import AreaOfWork, Country, Language, Mineral, Organisation, Topic
from events.filters import EventFilterSet
from events.models import Event
from interventions.filters import InterventionFilterSet
from interventions.models import Intervention
from publications.filters import PublicationFilterSet
from publications.models import Publication

from . import serializers as s

CLASSIFICATION = ("countries", "minerals", "areas_of_work", "topics")


class InterventionViewSet(viewsets.ReadOnlyModelViewSet):
    """Published interventions. Filters as on /interventions/."""

    serializer_class = s.InterventionSerializer
    filterset_class = InterventionFilterSet
    lookup_field = "slug"

    def get_queryset(self):
        return Intervention.objects.published().prefetch_related(
            *CLASSIFICATION, "roles__organisation", "events", "publications", "sources"
        )


class PublicationViewSet(viewsets.ReadOnlyModelViewSet):
    """Published publications. Filters as on /publications/."""

    serializer_class = s.PublicationSerializer
    filterset_class = PublicationFilterSet
    lookup_field = "slug"

    def get_queryset(self):
        return Publication.objects.published().prefetch_related(
            *CLASSIFICATION,
            "authors",
            "organisation_roles__organisation",
            "languages",
            "interventions",
            "events",
            "sources",
        )


class EventViewSet(viewsets.ReadOnlyModelViewSet):
    """Published events. Filters as on /events/."""

    serializer_class = s.EventSerializer
    filterset_class = EventFilterSet
    lookup_field = "slug"

    def get_queryset(self):
        return (
            Event.objects.published()
            .select_related("country", "intervention")
            .prefetch_related(*CLASSIFICATION, "organisers__organisation", "publications", "sources")
        )


class VocabularyViewSet(viewsets.ReadOnlyModelViewSet):
    filter_backends = []


class CountryViewSet(VocabularyViewSet):
    queryset = Country.objects.all()
    serializer_class = s.CountrySerializer
    lookup_field = "iso2"


class MineralViewSet(VocabularyViewSet):
    queryset = Mineral.objects.all()
    serializer_class = s.MineralSerializer
    lookup_field = "slug"


class AreaOfWorkViewSet(VocabularyViewSet):
    queryset = AreaOfWork.objects.all()
    serializer_class = s.AreaOfWorkSerializer
    lookup_field = "slug"


class OrganisationViewSet(VocabularyViewSet):
    queryset = Organisation.objects.select_related("headquarters")
    serializer_class = s.OrganisationSerializer
    lookup_field = "slug"


class TopicViewSet(VocabularyViewSet):
    queryset = Topic.objects.all()
    serializer_class = s.TopicSerializer
    lookup_field = "slug"


class LanguageViewSet(VocabularyViewSet):
    queryset = Language.objects.all()
    serializer_class = s.LanguageSerializer
    lookup_field = "code"
