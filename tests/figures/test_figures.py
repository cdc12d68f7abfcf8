"""Figures with their source: what the pages, the API and the CSV export show, and the rules the
data keeps (one scope, one source, ranges in order, nothing unpublished ever public)."""

import csv
import io
import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from catalog.editorial import PublishingRefused, acting_as
from catalog.models import Mineral, State
from figures.display import number, value_text
from figures.models import Figure
from tests.factories import EventFactory, FigureFactory, InterventionFactory, PublicationFactory, country

MANILA = "/events/manila-2019-knowledge-sharing-meeting-asgm/"
MAPPING = (
    "/publications/mapping-interventions-addressing-child-labour-and-working-conditions-in-artisanal-mineral-"
    "supply-chains/"
)


def figures_section(response):
    html = response.content.decode()
    found = re.search(r'<section class="record-section figures".*?</section>', html, re.S)
    return found.group(0) if found else ""


def groups(section):
    """[(heading text, disagree?, [values])] of a figures section."""
    found = []
    for block in re.findall(r'<div class="figure-group.*?</ul>', section, re.S):
        heading = re.sub(r"<[^>]+>", "", re.search(r"<h3.*?</h3>", block, re.S).group(0))
        heading = " ".join(heading.split())
        values = re.findall(r'<p class="figure-value">(.*?)</p>', block)
        found.append((heading, "figure-group-disagree" in block and "Sources disagree" in block, values))
    return found


def cited(publication, **kwargs):
    return FigureFactory(source_publication=publication, citation="", citation_url="", **kwargs)


# --- the pages: a disagreeing pair shows side by side wherever either shows ------------------------


def pair(where, publication):
    """Two published figures for the same thing that disagree: one from `publication` (p. 12),
    one from an external page."""
    low = cited(publication, source_page="12", value_low=50, note="Counted at the door.", **where)
    high = FigureFactory(value_low=75, citation="ITC-ILO news", note="As announced.", **where)
    return low, high


@pytest.mark.parametrize("scope", ["event", "intervention", "country", "mineral", "world"])
def test_a_disagreeing_pair_shows_side_by_side_on_every_page_that_shows_either(client, db, scope):
    publication = PublicationFactory(title="Field report")
    if scope == "event":
        target = EventFactory()
        where = {"scope": "event", "event": target}
    elif scope == "intervention":
        target = InterventionFactory()
        where = {"scope": "intervention", "event": None, "intervention": target}
    elif scope == "country":
        target = country("GH")
        where = {"scope": "country", "event": None, "country": target}
    elif scope == "mineral":
        target = Mineral.objects.get(slug="gold")
        where = {"scope": "mineral", "event": None, "mineral": target}
    else:
        target = None
        where = {"scope": "world", "event": None}
    pair(where, publication)
    pages = [publication.get_absolute_url(), target.get_absolute_url() if target else "/about/"]
    for url in pages:
        section = figures_section(client.get(url))
        assert groups(section) and groups(section)[0][1:] == (True, ["50 people", "75 people"]), url
        assert "Sources disagree" in section
        assert "p. 12" in section and "Counted at the door." in section and "As announced." in section
        assert "ITC-ILO news" in section


def test_the_publication_page_names_what_each_figure_describes_and_keeps_only_its_own_groups(client, db):
    publication = PublicationFactory()
    event = EventFactory(title="Manila meeting")
    cited(publication, event=event)
    FigureFactory(event=event, value_low=75)
    FigureFactory(event=event, measure="countries-represented", unit="countries", value_low=16)  # not its own
    section = figures_section(client.get(publication.get_absolute_url()))
    found = groups(section)
    assert [(heading, disagree) for heading, disagree, _ in found] == [("Participants · Manila meeting (2019)", True)]
    assert f'href="{event.get_absolute_url()}"' in section


def test_figures_that_agree_or_describe_other_years_do_not_disagree(client, db):
    event = EventFactory()
    FigureFactory(event=event, value_low=50)
    FigureFactory(event=event, value_low=50)  # a second source, the same figure
    FigureFactory(event=event, value_low=75, year_from=2021)  # another year: another thing
    found = groups(figures_section(client.get(event.get_absolute_url())))
    assert [(disagree, values) for _, disagree, values in found] == [
        (False, ["50 people", "50 people"]),
        (False, ["75 people"]),
    ]
    assert "Sources disagree" not in figures_section(client.get(event.get_absolute_url()))


def test_overlapping_periods_chain_into_one_group(client, db):
    event = EventFactory()
    FigureFactory(event=event, value_low=10, year_from=2013)
    FigureFactory(event=event, value_low=20, year_from=2013, year_to=2018)
    FigureFactory(event=event, value_low=30, year_from=2018)
    found = groups(figures_section(client.get(event.get_absolute_url())))
    assert found == [("Participants (2013–2018)", True, ["10 people", "20 people", "30 people"])]


def test_values_are_written_for_the_page_language(db):
    figure = Figure(value_low=Decimal(20_000_000), value_high=Decimal(30_000_000), unit="people")
    assert value_text(figure) == "20–30 million people"
    assert value_text(Figure(value_low=Decimal("1234"), unit="USD")) == "USD 1,234"
    assert value_text(Figure(value_low=Decimal(1), unit="countries")) == "1 country"
    with translation.override("fr"):
        assert number(Decimal("44.75")) == "44,75"
        assert number(Decimal("12345.00")).replace("\u202f", " ").replace("\xa0", " ") == "12 345"


# --- nothing unpublished is ever public ------------------------------------------------------------


@pytest.mark.parametrize("hidden", ["figure", "source", "event"])
def test_a_figure_is_public_only_with_its_source_and_its_event(client, db, hidden):
    publication = PublicationFactory()
    event = EventFactory()
    cited(publication, event=event, value_low=4321, note="sekritnote")
    record = {"figure": Figure.objects.get(), "source": publication, "event": event}[hidden]
    record.state = State.DRAFT
    record.save()
    assert not Figure.objects.published().exists()
    pages = ["/api/figures/", "/figures/export.csv", publication.get_absolute_url(), event.get_absolute_url()]
    for url in pages:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"sekritnote" not in body and b"4321" not in body.replace(b"4,321", b"4321"), url


def test_publishing_a_figure_changes_the_cached_page(client, db):
    event = EventFactory()
    figure = FigureFactory(event=event, state=State.DRAFT, note="now you see me")
    assert "now you see me" not in client.get(event.get_absolute_url()).content.decode()
    figure.state = State.PUBLISHED
    figure.save()
    assert "now you see me" in client.get(event.get_absolute_url()).content.decode()
    figure.state = State.DRAFT
    figure.save()
    assert "now you see me" not in client.get(event.get_absolute_url()).content.decode()


def test_only_editors_publish_figures(curator, editor, db):
    figure = FigureFactory(state=State.IN_REVIEW)
    figure.refresh_from_db()
    figure.state = State.PUBLISHED
    with acting_as(curator), pytest.raises(PublishingRefused):
        figure.save()
    with acting_as(editor):
        figure.save()
    assert Figure.objects.published().count() == 1


# --- the rules the data keeps ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"scope": "country"},  # names an event, not a country
        {"scope": "world"},  # names an event
        {"country_id": 1},  # an event and a country
        {"citation": ""},  # no source at all
        {"source_page": "3"},  # a page without a publication
        {"value_high": Decimal(1)},  # a range high to low
        {"year_to": 2000},  # a period that ends before it starts
    ],
)
def test_the_database_refuses_a_figure_that_breaks_a_rule(db, change):
    figure = FigureFactory()
    for field, value in change.items():
        setattr(figure, field, value)
    with pytest.raises(ValidationError):
        figure.full_clean()
    with transaction.atomic(), pytest.raises(IntegrityError):
        Figure.objects.filter(pk=figure.pk).update(**change)


def test_the_admin_explains_a_bad_range(client, editor, db):
    event = EventFactory()
    client.force_login(editor)
    response = client.post(
        "/admin/figures/figure/add/",
        {
            "measure": "participants",
            "value_low": "75",
            "value_high": "50",
            "unit": "people",
            "year_from": "2019",
            "scope": "event",
            "event": event.pk,
            "citation": "ITC-ILO news",
            "state": "draft",
        },
    )
    assert response.status_code == 200
    assert "The highest value is lower than the value" in response.content.decode()
    assert not Figure.objects.exists()


# --- the API and the CSV export --------------------------------------------------------------------


def test_the_api_and_csv_list_published_figures_with_their_source_and_disagreement(client, db):
    publication = PublicationFactory(slug="field-report")
    event = EventFactory(slug="manila")
    cited(publication, event=event, source_page="12")
    FigureFactory(event=event, value_low=75, citation="ITC-ILO news", citation_url="https://example.org/itc")
    FigureFactory(event=event, value_low=99, state=State.DRAFT)
    results = client.get("/api/figures/?event=manila").json()["results"]
    assert [(r["value_low"], r["source_publication"], r["source_page"], r["disagrees"]) for r in results] == [
        (50, "field-report", "12", True),
        (75, None, "", True),
    ]
    assert client.get("/api/figures/?measure=budget").json()["count"] == 0
    assert client.get("/api/figures/?measure=nonsense").status_code == 400
    response = client.get("/figures/export.csv?event=manila")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert [(r["Value (or lowest)"], r["Page"], r["External source"], r["Sources disagree"]) for r in rows] == [
        ("50", "12", "", "yes"),
        ("75", "", "ITC-ILO news", "yes"),
    ]
    assert rows[0]["Source publication's address"].endswith("/publications/field-report/")
    bad = client.get("/figures/export.csv?measure=nonsense")
    assert bad.status_code == 200 and len(b"".join(bad.streaming_content).decode().splitlines()) == 1


# --- the demo content ------------------------------------------------------------------------------


def test_manilas_attendance_is_three_sources_figures_and_they_disagree(client, demo):
    found = groups(figures_section(client.get(MANILA)))
    assert found == [
        ("Participants (2019)", True, ["50 people", "75 people"]),
        ("Countries represented (2019)", True, ["10 countries", "16 countries", "21 countries"]),
    ]
    # The mapping report's page shows its own figures beside the sources that disagree with them.
    assert [values for _, _, values in groups(figures_section(client.get(MAPPING)))] == [
        ["50 people", "75 people"],
        ["10 countries", "16 countries", "21 countries"],
    ]


def test_the_iied_sector_figures_show_on_the_about_page(client, demo):
    found = groups(figures_section(client.get("/about/")))
    assert ("People working in ASM (2018)", False, ["20–30 million people"]) in found
    assert ("People working in formal mining (2018)", False, ["3–4 million people"]) in found
    news = Figure.objects.get(measure="workers-formal-mining")
    assert news.source_publication.slug == "iied-to-host-3rd-online-asm-day"


def test_the_readme_documents_figures_with_a_small_screenshot_of_disagreeing_sources():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text()
    assert "### Figures with their source" in readme
    assert "(docs/screenshots/figures-manila.png)" in readme
    assert (root / "docs/screenshots/figures-manila.png").stat().st_size < 300_000
