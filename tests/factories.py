import zoneinfo
from datetime import date, datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from catalog.models import Country, Organisation, Person, State, Topic
from catalog.people import split_name
from events.models import Event, EventOrganiser, EventSpeaker
from interventions.models import Intervention, InterventionRole
from publications.models import Publication, PublicationAuthor, PublicationOrganisation


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.set(Group.objects.filter(name__in=names))


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = Organisation.Kind.NGO


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class InterventionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Intervention

    title = factory.Sequence(lambda n: f"Intervention {n}")
    slug = factory.Sequence(lambda n: f"intervention-{n}")
    summary = "Works with artisanal miners."
    state = State.PUBLISHED
    kind = Intervention.Kind.PROJECT
    status = Intervention.Status.IMPLEMENTATION
    start_date = date(2019, 1, 1)


class InterventionRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InterventionRole

    intervention = factory.SubFactory(InterventionFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = InterventionRole.Role.FUNDING


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    state = State.PUBLISHED
    kind = Event.Kind.WORKSHOP
    attendance = Event.Attendance.IN_PERSON
    start = datetime(2019, 5, 28, tzinfo=zoneinfo.ZoneInfo("UTC"))


class EventOrganiserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventOrganiser

    event = factory.SubFactory(EventFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = EventOrganiser.Role.HOST


class PublicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Publication
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Publication {n}")
    slug = factory.Sequence(lambda n: f"publication-{n}")
    summary = "A report on artisanal mining."
    state = State.PUBLISHED
    kind = Publication.Kind.REPORT
    publication_date = date(2020, 5, 1)
    external_url = factory.LazyAttribute(lambda p: f"https://example.org/{p.slug}")

    @factory.post_generation
    def interventions(self, create, objects, **kwargs):
        if create and objects:
            self.interventions.set(objects)

    @factory.post_generation
    def events(self, create, objects, **kwargs):
        if create and objects:
            self.events.set(objects)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    family_name = factory.Sequence(lambda n: f"Author{n}")
    given_names = "Ann"


class PublicationAuthorFactory(factory.django.DjangoModelFactory):
    """`name="Lisa Rende Taylor"` (or "Taylor, Lisa Rende") makes the person of that name."""

    class Meta:
        model = PublicationAuthor

    class Params:
        name = None

    publication = factory.SubFactory(PublicationFactory)
    person = factory.LazyAttribute(lambda o: Person.objects.named(*split_name(o.name)) if o.name else PersonFactory())
    position = factory.Sequence(lambda n: n)


class PublicationOrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PublicationOrganisation

    publication = factory.SubFactory(PublicationFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = PublicationOrganisation.Role.PUBLISHER


def country(iso2):
    return Country.objects.get(iso2=iso2)


class EventSpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventSpeaker

    event = factory.SubFactory(EventFactory)
    person = factory.SubFactory(PersonFactory)
    position = factory.Sequence(lambda n: n)
