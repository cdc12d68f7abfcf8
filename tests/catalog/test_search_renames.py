"""Search never goes stale: renaming a vocabulary entry re-indexes the records that carry it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalog.models import AreaOfWork, Country, Mineral, Topic
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication
from tests.factories import (
    EventFactory,
    EventOrganiserFactory,
    InterventionFactory,
    InterventionRoleFactory,
    OrganisationFactory,
    PublicationFactory,
    PublicationOrganisationFactory,
)

NEW_NAME = "Zephyrine Cooperative Alliance"


def found(model, text):
    return set(model.objects.published().search(text).values_list("pk", flat=True))


def test_renaming_an_organisation_is_found_at_once_on_every_type(db):
    organisation = OrganisationFactory(name="Old Name Trust")
    intervention = InterventionRoleFactory(organisation=organisation).intervention
    publication = PublicationOrganisationFactory(organisation=organisation).publication
    event = EventOrganiserFactory(organisation=organisation).event
    InterventionFactory(), PublicationFactory(), EventFactory()  # records without it stay unfound
    assert not found(Intervention, "Zephyrine")

    organisation.name = NEW_NAME
    organisation.save()

    assert found(Intervention, "Zephyrine") == {intervention.pk}
    assert found(Publication, "Zephyrine cooperative") == {publication.pk}
    assert found(Event, "Zephyrine") == {event.pk}
    assert not found(Intervention, "Old Name Trust")


def test_a_new_acronym_is_found_too(db):
    organisation = OrganisationFactory(acronym="")
    intervention = InterventionRoleFactory(organisation=organisation).intervention
    organisation.acronym = "ZQXW"
    organisation.save()
    assert found(Intervention, "ZQXW") == {intervention.pk}


@pytest.mark.parametrize(
    ("model", "lookup", "field"),
    [(Country, {"iso2": "GH"}, "countries"), (Mineral, {"slug": "gold"}, "minerals"), (Topic, {}, "topics")],
)
def test_renaming_a_country_mineral_or_topic_is_found_at_once(db, model, lookup, field):
    entry = model.objects.filter(**lookup).first()
    publication = PublicationFactory()
    getattr(publication, field).add(entry)
    event = EventFactory()
    getattr(event, field).add(entry)
    entry.name = "Quixotria"
    entry.save()
    assert found(Publication, "Quixotria") == {publication.pk}
    assert found(Event, "Quixotria") == {event.pk}


def test_renaming_an_area_of_work_is_found_at_once(db):
    area = AreaOfWork.objects.get(number=1)
    intervention = InterventionFactory()
    intervention.areas_of_work.add(area)
    area.name = "Quixotrian resilience"
    area.save()
    assert found(Intervention, "quixotrian") == {intervention.pk}


def test_an_event_is_found_by_its_renamed_venue_country(db):
    country = Country.objects.get(iso2="KE")
    event = EventFactory(country=country)
    country.name = "Quixotria"
    country.save()
    assert found(Event, "Quixotria") == {event.pk}


def test_saving_without_a_new_name_re_indexes_nothing(db):
    organisation = OrganisationFactory()
    for _ in range(3):
        InterventionRoleFactory(organisation=organisation)
    organisation.website = "https://example.org/"
    with CaptureQueriesContext(connection) as queries:
        organisation.save()
    assert not [q for q in queries.captured_queries if "_fts" in q["sql"] or "search_vector" in q["sql"]]
    organisation.name = "Renamed"
    with CaptureQueriesContext(connection) as queries:
        organisation.save()
    assert [q for q in queries.captured_queries if "_fts" in q["sql"] or "search_vector" in q["sql"]]
