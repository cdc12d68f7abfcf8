from django.db.models import Prefetch
from rest_framework import viewsets

from catalog.caching import conditional
from catalog.models import AreaOfWork, Country, Language, Mineral, Organisation, Topic
from events.models import Event
from events.record_type import EVENTS
from interventions.models import Intervention
from interventions.record_type import INTERVENTIONS
from publications.models import Publication
from publications.record_type import PUBLICATIONS

from . import serializers as s

CLASSIFICATION = ("countries", "minerals", "areas_of_work", "topics")


def published(relation, model):
    """Prefetch only the published records of a relation: visibility stays in the QuerySet."""
    return Prefetch(relation, queryset=model.objects.published())


class ConditionalViewSet(viewsets.ReadOnlyModelViewSet):
    """Answers API clients that poll with the ETag or date they have with a 304."""

    clock = passed = None  # what the answer depends on besides the data version (events: time)

    def dispatch(self, request, *args, **kwargs):
        return conditional(super().dispatch, clock=self.clock, passed=self.passed)(request, *args, **kwargs)


class InterventionViewSet(ConditionalViewSet):
    """Published interventions. Filters as on /interventions/."""

    serializer_class = s.InterventionSerializer
    filterset_class = INTERVENTIONS.filterset_class
    lookup_field = "slug"

    def get_queryset(self):
        return Intervention.objects.published().prefetch_related(
            *CLASSIFICATION,
            "roles__organisation",
            published("events", Event),
            published("publications", Publication),
            "sources",
        )


class PublicationViewSet(ConditionalViewSet):
    """Published publications. Filters as on /publications/."""

    serializer_class = s.PublicationSerializer
    filterset_class = PUBLICATIONS.filterset_class
    lookup_field = "slug"

    def get_queryset(self):
        return Publication.objects.published().prefetch_related(
            *CLASSIFICATION,
            "authors__person",
            "organisation_roles__organisation",
            "languages",
            published("interventions", Intervention),
            published("events", Event),
            "sources",
        )


class EventViewSet(ConditionalViewSet):
    """Published events. Filters as on /events/."""

    clock, passed = staticmethod(EVENTS.clock), staticmethod(EVENTS.passed)
    serializer_class = s.EventSerializer
    filterset_class = EVENTS.filterset_class
    lookup_field = "slug"

    def get_queryset(self):
        return (
            Event.objects.published()
            .select_related("country")
            .prefetch_related(
                *CLASSIFICATION,
                "organisers__organisation",
                published("intervention", Intervention),
                published("publications", Publication),
                "sources",
            )
        )


class VocabularyViewSet(ConditionalViewSet):
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
