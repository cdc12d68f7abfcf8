"""What visitors see: the home page, detail pages linking the graph, and nothing unpublished."""

import pytest
from django.utils.html import escape

from catalog.models import State
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication
from tests.factories import (
    EventFactory,
    InterventionFactory,
    InterventionRoleFactory,
    PublicationAuthorFactory,
    PublicationFactory,
    PublicationOrganisationFactory,
)
from tests.page_kit import page

MAPPING = "mapping-interventions-addressing-child-labour-and-working-conditions-in-artisanal-mineral-supply-chains"
FACTORIES = [InterventionFactory, EventFactory, PublicationFactory]


def test_home_lists_the_published_demo_records_and_counts_only_them(client, demo):
    html = page(client, "/")
    interventions = Intervention.objects.published()
    assert f'"stat">{interventions.count()}</span> <span class="stat-label">interventions' in html
    featured = list(interventions.filter(featured=True).values_list("title", flat=True))
    assert "planetGOLD" in featured
    latest = Publication.objects.published().about_asm().first()
    recent = Event.objects.published().about_asm().past().order_by("-start").first()
    for title in [*featured, latest.title, recent.title]:
        assert escape(title) in html
    assert f'href="/publications/{MAPPING}/"' in html
    for hidden in [
        "iied-action-dialogue-madagascar",
        "IIED action dialogue on ASM in Madagascar",
        "iied-action-dialogue-amazon",
        "tanzania-action-dialogue-photobook",
        "Cyber Violence",
    ]:
        assert hidden not in html
    response = client.get("/")
    assert response.context["counts"] == {
        "interventions": Intervention.objects.published().count(),
        "publications": Publication.objects.published().count(),
        "events": Event.objects.published().count(),
    }


def test_detail_pages_link_the_graph_both_ways(client, demo):
    manila = page(client, "/events/manila-2019-knowledge-sharing-meeting-asgm/")
    assert f'href="/publications/{MAPPING}/"' in manila
    assert "Attendance: the sources disagree" in manila
    assert "75 representatives" in manila and "16 countries" in manila

    report = page(client, f"/publications/{MAPPING}/")
    assert 'href="/events/manila-2019-knowledge-sharing-meeting-asgm/"' in report
    assert "International Labour Organization (ILO)" in report and "Levin Sources" in report
    assert 'href="https://www.ilo.org/ipec/Informationresources/WCMS_782888/lang--en/index.htm"' in report
    assert "CC BY 4.0" in report

    programme = page(client, "/interventions/iied-asm-knowledge-programme/")
    for slug in [
        "shareasm-digital-day-2015",
        "shareasm-digital-day-2018",
        "iied-action-dialogue-ghana-2016",
        "iied-action-dialogue-tanzania-2017",
    ]:
        assert f'href="/events/{slug}/"' in programme
    assert 'href="/publications/iied-to-host-3rd-online-asm-day/"' in programme
    # Drafts linked to a public record stay out of its page.
    assert "iied-action-dialogue-madagascar" not in programme
    assert "tanzania-action-dialogue-photobook" not in programme

    dialogue = page(client, "/events/iied-action-dialogue-tanzania-2017/")
    assert 'href="/interventions/iied-asm-knowledge-programme/"' in dialogue
    assert "November 2017" in dialogue

    planetgold = page(client, "/interventions/planetgold/")
    assert "Funding" in planetgold and "Global Environment Facility (GEF)" in planetgold
    assert "Implementing" in planetgold and "Conservation International" in planetgold
    caring = page(client, "/interventions/caring-gold-mining-project/")
    assert "December 2015 – March 2020" in caring
    assert 'href="/events/manila-2019-knowledge-sharing-meeting-asgm/"' in caring


@pytest.mark.parametrize("factory", FACTORIES)
@pytest.mark.parametrize("state", [State.DRAFT, State.IN_REVIEW])
def test_unpublished_records_are_not_found_by_the_public(client, visitor, factory, state):
    record = factory(state=state)
    assert client.get(record.get_absolute_url()).status_code == 404
    client.force_login(visitor)
    assert client.get(record.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("factory", FACTORIES)
@pytest.mark.parametrize(
    ("state", "banner"), [(State.DRAFT, "Draft — not public"), (State.IN_REVIEW, "In review — not public")]
)
def test_staff_preview_unpublished_records_under_a_banner(client, curator, factory, state, banner):
    record = factory(state=state)
    client.force_login(curator)
    response = client.get(record.get_absolute_url())
    assert response.status_code == 200
    assert banner in response.content.decode()
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("factory", FACTORIES)
def test_published_records_show_no_banner(client, curator, factory):
    record = factory()
    client.force_login(curator)
    assert "not public" not in page(client, record.get_absolute_url())


def test_page_query_counts_stay_flat(client, django_assert_max_num_queries, db):
    intervention = InterventionFactory()
    for _ in range(5):
        InterventionRoleFactory(intervention=intervention)
        EventFactory(intervention=intervention)
        PublicationOrganisationFactory(publication=PublicationFactory(interventions=[intervention]))
    event = EventFactory(intervention=intervention)
    publication = PublicationFactory(interventions=[intervention], events=[event])
    PublicationAuthorFactory.create_batch(3, publication=publication)
    # Event pages are cached under which events have passed, read from the events' facet index,
    # built once per data version (by whichever request comes first); the home page's world map
    # reads the interventions' index the same way.
    page(client, "/events/")
    page(client, "/interventions/")

    # Each detail page reads its sources once (for the Sources list and the footnote marks).
    with django_assert_max_num_queries(11):
        page(client, intervention.get_absolute_url())
    with django_assert_max_num_queries(11):
        page(client, event.get_absolute_url())
    with django_assert_max_num_queries(13):
        page(client, publication.get_absolute_url())
    # One per home-page section, whatever the data, and for the map the data version and the countries.
    with django_assert_max_num_queries(14):
        page(client, "/")


def test_unknown_addresses_get_the_portals_own_not_found_page(client, db):
    response = client.get("/publications/no-such-report/")
    assert response.status_code == 404
    assert "There is no public page at this address" in response.content.decode()


def test_favicon_ico_leads_to_the_portal_icon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")


@pytest.mark.parametrize(
    "path", ["/api/events/%00/", "/countries/%00/", "/interventions/a%00b/", "/api/languages/e%00n.json"]
)
def test_a_nul_in_the_address_gets_a_plain_400(client, db, path):
    # PostgreSQL refuses NUL in any compared text: without this every lookup by code or slug answered 500.
    response = client.get(path)
    assert response.status_code == 400
    assert "NUL character" in response.content.decode()
