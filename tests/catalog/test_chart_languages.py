"""Charts drawn in any language: their coordinates are decimals, and SVG reads only a decimal point,
while French and Spanish write a decimal comma."""

import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from catalog.browse.charts import BarChart, Timeline

COORDINATE = re.compile(r'\b(?:x|y|x1|x2|y1|y2|width|height|viewBox)="([^"]*)"')


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_chart_coordinates_keep_a_decimal_point_in_every_language(language):
    timeline = Timeline("Records per year", [("A", {"2015": 3, "2016": 7, "2017": 2, "2018": 5})])
    bars = BarChart("By area of work", [("1. One", 2, "/1"), ("2. Two", 3, "/2"), ("3. Three", 7, "/3")], records=9)
    assert timeline.drawn and bars.drawn
    with translation.override(language):
        html = render_to_string("includes/_timeline.html", {"chart": timeline, "chart_id": "t"})
        html += render_to_string("includes/_bar_chart.html", {"chart": bars, "chart_id": "b"})
    values = COORDINATE.findall(html)
    assert any("." in value for value in values)  # some coordinates are decimals
    assert not [value for value in values if "," in value]
