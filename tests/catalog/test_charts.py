"""Charts: timelines and bar charts drawn on the server, their numbers equal to direct counts, their
sentences true, drawn only where they say more than their sentence."""

import re
from datetime import date

import pytest
from django.urls import reverse

from catalog.browse.charts import TIMELINE_HEIGHT, BarChart, Timeline, nice_step, year_spans
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
    assert chart.summary == "Records per year: 3 in 2015 and 1 in 2018 (4 records)."


def test_an_empty_timeline_says_so():
    assert Timeline("Events per year", [("Events", {})]).summary == "Events per year: none."


def series(*counts, first=2015):
    return [("Publications", {str(first + n): count for n, count in enumerate(counts)})]


@pytest.mark.parametrize(
    ("counts", "summary"),
    [
        ((3, 7, 2, 5), "Publications per year, 2015–2018 (17 publications): most in 2016 (7)."),
        ((7, 2, 7, 1), "Publications per year, 2015–2018 (17 publications): most in 2015 and 2017 (7 each)."),
        # The case: 2020 ties with 2021–2026, and all of them are named.
        (
            (3, 5, 7, 7, 7, 7, 7, 7, 7),
            "Publications per year, 2018–2026 (57 publications): most in 2020–2026 (7 each).",
        ),
        (
            (7, 7, 1, 7, 7, 7),
            "Publications per year, 2015–2020 (36 publications): most in 2015, 2016 and 2018–2020 (7 each).",
        ),
        (
            (4, 0, 2, 0, 0, 6),
            "Publications per year, 2015–2020 (12 publications): most in 2020 (6); none in 2016, 2018 and 2019.",
        ),
        (
            (4, 0, 0, 0, 2, 1, 6),
            "Publications per year, 2015–2021 (13 publications): most in 2021 (6); none in 2016–2018.",
        ),
        (
            (1, 0, 0, 0, 0, 1, 6),
            "Publications per year, 2015–2021 (8 publications): most in 2021 (6); none in 4 of the 7 years.",
        ),
        ((7, 7, 7), "Publications per year: 7 in each of 2015–2017 (21 publications)."),
        ((2, 0, 3), "Publications per year: 2 in 2015 and 3 in 2017 (5 publications)."),
        ((9,), "Publications per year: 9 in 2015 (9 publications)."),
    ],
)
def test_the_sentence_says_what_the_chart_shows_naming_every_tie(counts, summary):
    chart = Timeline(
        "Publications per year", series(*counts, first=2018 if len(counts) == 9 else 2015), noun="publications"
    )
    assert chart.summary == summary


def test_a_timeline_of_records_active_over_years_gives_the_records_it_counts_not_the_sum():
    chart = Timeline("Interventions active per year", series(1, 2, 3, 3, 2), total=5, noun="interventions", spans=True)
    assert (
        chart.summary == "Interventions active per year, 2015–2019 (5 interventions): most in 2017 and 2018 (3 each)."
    )
    assert chart.drawn
    assert "(1 intervention)" in Timeline("Active", series(1, 1), total=1, noun="interventions", spans=True).summary
    # Without a total, a span chart claims none.
    assert Timeline("Active", series(2, 3, 1), spans=True).summary == "Active, 2015–2017: most in 2016 (3)."


def test_years_run_together_as_ranges():
    assert year_spans([2020]) == "2020"
    assert year_spans([2021, 2020]) == "2020 and 2021"
    assert year_spans([2015, 2017, 2018, 2019, 2023]) == "2015, 2017–2019 and 2023"


@pytest.mark.parametrize(
    ("most", "ticks"),
    [
        (1, [0, 1]),
        (3, [0, 1, 2, 3]),
        (4, [0, 1, 2, 3, 4]),
        (7, [0, 2, 4, 6, 8]),
        (25, [0, 10, 20, 30]),
        (100, [0, 50, 100]),
    ],
)
def test_the_bars_carry_a_scale_of_a_few_round_steps(most, ticks):
    chart = Timeline("Records per year", series(1, most, 0, 1))
    assert [tick.value for tick in chart.ticks] == ticks
    assert 2 <= len(chart.ticks) <= 5
    # The scale's top line is drawn at the plot's top, zero at its baseline, and a bar of the top
    # value would reach the top line: the bars are drawn to the scale.
    assert chart.ticks[0].y == chart.plot_bottom and chart.ticks[-1].y == chart.plot_bottom - TIMELINE_HEIGHT
    tallest = max(chart.bars, key=lambda bar: bar.total)
    assert tallest.segments[0].height == pytest.approx(TIMELINE_HEIGHT * most / ticks[-1], abs=0.1)


def test_nice_steps():
    assert [nice_step(n) for n in (0, 1, 4, 5, 8, 9, 20, 21, 40, 41, 200)] == [1, 1, 1, 2, 2, 5, 5, 10, 10, 20, 50]


@pytest.mark.parametrize(
    ("counts", "kwargs", "drawn"),
    [
        ((2, 1, 3), {}, True),  # 6 records over 3 years
        ((1, 1, 2), {}, False),  # 4 records: fewer than 5
        ((5, 0, 0, 0), {}, False),  # one year
        ((3, 4), {}, False),  # two years
        ((3, 0, 4), {}, False),  # still two years with records, however wide
        ((2, 2, 2, 2), {}, False),  # the same every year: a flat band
        ((1, 1, 1, 1, 1, 1, 1, 1), {"total": 1, "spans": True}, False),  # one intervention active 8 years
        ((1, 2, 2, 1), {"total": 3, "spans": True}, False),  # 3 interventions over 4 years
        ((1, 2, 3, 2), {"total": 5, "spans": True}, True),
    ],
)
def test_a_chart_is_drawn_only_where_it_says_something(counts, kwargs, drawn):
    assert Timeline("Records per year", series(*counts), **kwargs).drawn is drawn


def test_bar_charts_put_the_largest_first_and_leave_out_zeros():
    chart = BarChart("By mineral", [("Tin", 1, "/t"), ("Gold", 5, "/g"), ("Mica", 0, "/m")])
    assert [(bar.label, bar.count) for bar in chart.bars] == [("Gold", 5), ("Tin", 1)]
    assert chart.bars[0].length == 300 and chart.bars[1].length == 60
    assert chart.summary == "By mineral: 2 shown, most for “Gold” (5)."


def test_a_bar_chart_in_a_fixed_order_keeps_it_and_names_its_ties():
    values = [("1. Area-based work", 2, "/1"), ("4. Legislation", 6, "/4"), ("8. Technical advice", 6, "/8")]
    chart = BarChart("By area of work", values, ordered=True, records=9)
    assert [bar.label for bar in chart.bars] == ["1. Area-based work", "4. Legislation", "8. Technical advice"]
    assert chart.summary == "By area of work: 3 shown, most for “4. Legislation” and “8. Technical advice” (6 each)."
    assert chart.drawn
    assert not BarChart("By area of work", values, ordered=True, records=3).drawn  # of 3 records
    assert not BarChart("By mineral", [("Gold", 7, "/g")]).drawn  # one bar


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
    # Three records: the sentence alone, no drawing.
    assert not chart.drawn and "chart-timeline" not in html
    assert 'class="chart-summary' in html
    assert "Publications per year: 2 in 2015 and 1 in 2017 (3 publications)." in html


def test_a_drawn_browse_timeline_has_its_scale_caption_and_table(client, publications):
    for year in (2016, 2018, 2018):
        PublicationFactory(publication_date=date(year, 1, 1)).countries.set([country("GH")])
    response = client.get(reverse("publications:list"), {"country": "GH"})
    chart = response.context["charts"]["timeline"]
    assert chart.drawn and chart.records == 6
    html = response.content.decode()
    assert 'role="img" aria-labelledby="timeline-caption"' in html
    assert "Publications per year, 2015–2018 (6 publications): most in 2015 and 2018 (2 each)." in html
    figure = html[html.index('class="chart chart-timeline') :]
    figure = figure[: figure.index("</figure>")]
    assert re.findall(r'<text class="tick"[^>]*>(\d+)</text>', figure) == ["0", "1", "2"]
    assert figure.count('<line class="grid') == 3
    assert "Publications per year as a table</summary>" in figure


def test_an_interventions_timeline_that_is_flat_is_its_sentence(client, db):
    record = InterventionFactory(start_date=date(2015, 3, 1), end_date=date(2019, 6, 30))
    record.countries.set([country("PE")])
    InterventionFactory(start_date=None).countries.set([country("PE")])  # no date: not on the timeline
    response = client.get(reverse("interventions:list"), {"country": "PE"})
    chart = response.context["charts"]["timeline"]
    assert chart.flat and not chart.drawn
    html = response.content.decode()
    assert "Interventions active per year: 1 in each of 2015–2019 (1 intervention)." in html
    assert 'aria-labelledby="timeline-caption"' not in html


def test_a_country_profile_has_a_timeline_per_kind(client, publications):
    intervention = InterventionFactory(start_date=date(2016, 1, 1), end_date=date(2017, 6, 30))
    intervention.countries.set([country("GH")])
    chart = client.get(reverse("country-profile", args=["GH"])).context["timeline"]
    assert chart.rows == [(2015, [0, 2, 0]), (2016, [1, 0, 0]), (2017, [1, 1, 0])]
