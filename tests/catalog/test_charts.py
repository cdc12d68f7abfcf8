"""Charts: timelines and bar charts drawn on the server, their numbers equal to direct counts."""

from datetime import date

import pytest
from django.urls import reverse

from catalog.browse.charts import BarChart, Timeline
from catalog.models import State
from publications.models import Publication
from tests.factories import InterventionFactory, PublicationFactory, country


def test_a_timeline_keeps_empty_years_and_stacks_its_series():
    chart = Timeline("Records per year", [("A", {"2015": 2, "2018": 1}), ("B", {"2015": 1})])
    assert [bar.year for bar in chart.bars] == [2015, 2016, 2017, 2018]
    assert [bar.total for bar in chart.bars] == [3, 0, 0, 1]
    tallest = chart.bars[0]
    assert [s.series for s in tallest.segments] == [1, 2]
    assert sum(s.height for s in tallest.segments) == pytest.approx(120, abs=0.2)  # the tallest bar fills the chart
    assert chart.rows == [(2015, [2, 1]), (2018, [1, 0])]
    assert chart.summary == "Records per year, 2015 to 2018: most in 2015 (3)."


def test_an_empty_timeline_says_so():
    assert Timeline("Events per year", [("Events", {})]).summary == "Events per year: none."


def test_bar_charts_put_the_largest_first_and_leave_out_zeros():
    chart = BarChart("By mineral", [("Tin", 1, "/t"), ("Gold", 5, "/g"), ("Mica", 0, "/m")])
    assert [(bar.label, bar.count) for bar in chart.bars] == [("Gold", 5), ("Tin", 1)]
    assert chart.bars[0].length == 300 and chart.bars[1].length == 60


@pytest.fixture
def publications(db):
    for year, iso2, state in [
        (2015, "GH", State.PUBLISHED),
        (2015, "GH", State.PUBLISHED),
        (2017, "GH", State.PUBLISHED),
        (2017, "PE", State.PUBLISHED),
        (2016, "GH", State.DRAFT),
    ]:
        record = PublicationFactory(publication_date=date(year, 3, 1), state=state)
        record.countries.set([country(iso2)])


def test_the_browse_timeline_honours_the_filters_and_counts_only_published(client, publications):
    response = client.get(reverse("publications:list"), {"country": "GH"})
    chart = response.context["charts"]["timeline"]
    expected = {
        year: Publication.objects.published().filter(countries__iso2="GH", publication_date__year=year).count()
        for year in (2015, 2016, 2017)
    }
    assert {bar.year: bar.total for bar in chart.bars} == expected == {2015: 2, 2016: 0, 2017: 1}
    html = response.content.decode()
    assert 'role="img" aria-labelledby="timeline-caption"' in html
    assert "Publications per year, 2015 to 2017: most in 2015 (2)." in html


def test_a_country_profile_has_a_timeline_per_kind(client, publications):
    intervention = InterventionFactory(start_date=date(2016, 1, 1), end_date=date(2017, 6, 30))
    intervention.countries.set([country("GH")])
    chart = client.get(reverse("country-profile", args=["GH"])).context["timeline"]
    assert chart.rows == [(2015, [0, 2, 0]), (2016, [1, 0, 0]), (2017, [1, 1, 0])]
