"""The gap map in Chromium: one sideways scroll box, a cue while there is more, the names, corner and
totals fixed on opaque cells, quiet gaps, numbers that look like links, axe clean at both widths."""

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.test_browser import SETTLE, axe_violations, csp_violations, open_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MEASURE = """() => {
  const wrap = document.querySelector('.gap-map-wrap'), hint = document.querySelector('.gap-map-hint');
  return {scrollWidth: wrap.scrollWidth, clientWidth: wrap.clientWidth, scrollHeight: wrap.scrollHeight,
          clientHeight: wrap.clientHeight, page: document.documentElement.scrollWidth,
          hint: getComputedStyle(hint).visibility === 'visible' && hint.getBoundingClientRect().height > 0};
}"""

# What the eye finds at the middle of a cell after scrolling sideways: the cell itself, or a column
# passing under it (show-through), and the cell's background and edge shadow.
AT_CELL = """(selector) => {
  const cell = document.querySelector(selector);
  window.scrollBy(0, cell.getBoundingClientRect().top - window.innerHeight / 2);  // the page, not the table
  const box = cell.getBoundingClientRect();
  const found = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const style = getComputedStyle(cell);
  return {own: cell.contains(found), left: box.left, right: box.right, background: style.backgroundColor,
          shadow: style.boxShadow !== 'none' && !style.boxShadow.startsWith('rgba(0, 0, 0, 0)')};
}"""


def scroll(page, to):
    page.evaluate(f"() => {{ const w = document.querySelector('.gap-map-wrap'); w.scrollLeft = {to}; }}")
    page.evaluate(SETTLE)
    page.wait_for_timeout(100)


def test_the_gap_map_scrolls_sideways_with_a_cue_and_keeps_names_and_totals_in_view(
    committed_demo, live_server, browser
):
    page = open_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + "/gap-map/")
    page.evaluate("() => document.fonts.ready")  # measured after the web font has changed the layout
    page.evaluate(SETTLE)
    measured = page.evaluate(MEASURE)
    assert measured["scrollWidth"] > measured["clientWidth"]  # the demo's 27 countries overflow at 1280 px
    assert measured["hint"], "the scroll hint shows while columns overflow"
    assert measured["scrollHeight"] - measured["clientHeight"] <= 1, "no nested vertical scroll box"
    assert measured["page"] == 1280, "only the table scrolls, not the page"

    wrap = page.locator(".gap-map-wrap").bounding_box()
    start = page.evaluate(AT_CELL, ".gap-map tbody tr:nth-child(4) th")
    assert not start["shadow"]  # nothing has scrolled under the names yet
    assert page.evaluate(AT_CELL, ".gap-map tbody tr:nth-child(4) td.total")["shadow"]  # more on the right
    scroll(page, 400)
    for selector in [
        ".gap-map thead th.corner",
        ".gap-map tbody tr:nth-child(4) th",
        ".gap-map tfoot th",
        ".gap-map thead th.total",
        ".gap-map tbody tr:nth-child(4) td.total",
        ".gap-map tfoot td.total",
    ]:
        # Sampled until the page settles (the web font swapping in, the scroll-driven shadows): a
        # column that really shows through never lets this pass, and the wait fails.
        try:
            page.wait_for_function(f"(s) => ({AT_CELL})(s).own", arg=selector, timeout=3000)
        except PlaywrightTimeout:
            pytest.fail(f"{selector}: a scrolled column shows through")
        cell = page.evaluate(AT_CELL, selector)
        assert cell["background"] not in ("rgba(0, 0, 0, 0)", "transparent"), selector
    name = page.evaluate(AT_CELL, ".gap-map tbody tr:nth-child(4) th")
    total = page.evaluate(AT_CELL, ".gap-map tbody tr:nth-child(4) td.total")
    assert abs(name["left"] - wrap["x"]) <= 1 and abs(total["right"] - (wrap["x"] + wrap["width"])) <= 1
    assert name["shadow"]  # columns have gone under the names
    scroll(page, 100_000)
    assert not page.evaluate(AT_CELL, ".gap-map tbody tr:nth-child(4) td.total")["shadow"]  # the end

    # Numbers are links that look like links; gaps look empty.
    link = page.locator(".gap-map tbody td:not(.total) a").first
    assert "underline" in link.evaluate("a => getComputedStyle(a).textDecorationLine")
    gap = page.locator(".gap-map td.gap-level-0").first
    assert gap.text_content().strip() == "none"  # to a screen reader; on screen, nothing
    assert gap.locator("span").evaluate("s => s.getBoundingClientRect().width * s.getBoundingClientRect().height") <= 1
    assert csp_violations(page) + axe_violations(page, impacts=None) == []

    page.goto(live_server.url + "/gap-map/?country=GH&country=PE")
    page.evaluate(SETTLE)
    measured = page.evaluate(MEASURE)
    assert measured["scrollWidth"] <= measured["clientWidth"] and not measured["hint"]
    assert page.errors == []
    page.close()
    the_gap_map_fits_a_phone(browser, live_server.url)  # on the same catalogue: a demo load costs seconds


def the_gap_map_fits_a_phone(browser, base):
    page = open_page(browser, viewport={"width": 375, "height": 800})
    page.goto(base + "/gap-map/")
    page.evaluate(SETTLE)
    measured = page.evaluate(MEASURE)
    assert measured["page"] == 375 and measured["hint"]
    assert measured["scrollHeight"] - measured["clientHeight"] <= 1
    scroll(page, 300)
    assert page.evaluate(AT_CELL, ".gap-map tbody tr:nth-child(2) th")["own"]
    assert csp_violations(page) + axe_violations(page, impacts=None) == []
    assert page.errors == []
