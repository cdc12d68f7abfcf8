"""The rules the data must keep hold in the database itself, whatever path writes to it."""

import zoneinfo
from datetime import date, datetime

import pytest
from django.db import IntegrityError, transaction

from catalog.models import AreaOfWork, State
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication
from tests.factories import (
    EventOrganiserFactory,
    InterventionFactory,
    InterventionRoleFactory,
    OrganisationFactory,
    PublicationFactory,
    PublicationOrganisationFactory,
)

UTC = zoneinfo.ZoneInfo("UTC")


def refused(constraint_name, columns=None):
    """The insert fails naming the rule: PostgreSQL names the constraint; SQLite names it for checks
    and lists the columns for unique constraints."""
    pattern = constraint_name if columns is None else f"{constraint_name}|{columns}"
    return pytest.raises(IntegrityError, match=pattern)


def rejects(constraint, **kwargs):
    with transaction.atomic(), refused(constraint):
        kwargs.pop("model").objects.create(**kwargs)


@pytest.mark.django_db
def test_intervention_cannot_end_before_it_starts():
    rejects(
        "intervention_end_after_start",
        model=Intervention,
        title="T",
        slug="t",
        start_date=date(2020, 1, 1),
        end_date=date(2019, 12, 31),
    )
    Intervention.objects.create(title="Open", slug="open", start_date=date(2020, 1, 1))
    Intervention.objects.create(title="Unknown start", slug="unknown", end_date=date(2020, 1, 1))


@pytest.mark.django_db
def test_event_cannot_end_before_it_starts():
    rejects(
        "event_end_after_start",
        model=Event,
        title="E",
        slug="e",
        kind="workshop",
        all_day=False,
        start=datetime(2020, 1, 2, 9, tzinfo=UTC),
        end=datetime(2020, 1, 1, 9, tzinfo=UTC),
    )


@pytest.mark.django_db
def test_a_published_event_needs_a_start():
    rejects("event_published_has_start", model=Event, title="E", slug="e", kind="workshop", state=State.PUBLISHED)
    Event.objects.create(title="Draft", slug="draft", kind="workshop", state=State.DRAFT)


@pytest.mark.django_db
def test_budgets_and_counts_cannot_be_negative():
    rejects("intervention_budget_non_negative", model=Intervention, title="T", slug="t", budget=-1)
    rejects(
        "event_participant_count_non_negative", model=Event, title="E", slug="e", kind="workshop", participant_count=-5
    )
    rejects("event_country_count_non_negative", model=Event, title="E", slug="e2", kind="workshop", country_count=-1)


@pytest.mark.django_db
def test_slugs_are_unique_per_type():
    InterventionFactory(slug="planetgold")
    with transaction.atomic(), pytest.raises(IntegrityError):
        InterventionFactory(slug="planetgold")
    PublicationFactory(slug="planetgold")  # another type may reuse it: URLs differ


@pytest.mark.django_db
def test_an_organisation_holds_a_role_once_per_record():
    role = InterventionRoleFactory()
    with (
        transaction.atomic(),
        refused("interventionrole_one_role_per_organisation", r"interventionrole\.intervention_id.*\.role"),
    ):
        InterventionRoleFactory(intervention=role.intervention, organisation=role.organisation, role=role.role)
    # The same organisation may hold another role (the ILO funds and implements).
    InterventionRoleFactory(intervention=role.intervention, organisation=role.organisation, role="implementing")

    organiser = EventOrganiserFactory()
    with transaction.atomic(), refused("eventorganiser_one_role_per_organisation", r"eventorganiser\.event_id.*\.role"):
        EventOrganiserFactory(event=organiser.event, organisation=organiser.organisation, role=organiser.role)

    credit = PublicationOrganisationFactory()
    with (
        transaction.atomic(),
        refused(
            "publicationorganisation_one_role_per_organisation", r"publicationorganisation\.publication_id.*\.role"
        ),
    ):
        PublicationOrganisationFactory(
            publication=credit.publication, organisation=credit.organisation, role=credit.role
        )


@pytest.mark.django_db
def test_a_publication_has_a_file_a_link_or_is_print_only():
    rejects("publication_file_url_or_print_only", model=Publication, title="P", slug="p")
    Publication.objects.create(title="Print", slug="print", print_only=True)
    Publication.objects.create(title="Link", slug="link", external_url="https://example.org/report")
    Publication.objects.create(title="File", slug="file", file="publications/abc/report.pdf")


@pytest.mark.django_db
def test_vocabulary_rules():
    with transaction.atomic(), refused("areaofwork_number_1_to_9"):
        AreaOfWork.objects.create(number=10, name="Tenth", slug="tenth", description="Not in the mapping.")
    OrganisationFactory(name="Levin Sources")
    with transaction.atomic(), refused("organisation_name_unique_ci"):
        OrganisationFactory(name="levin sources")
