"""The design's promises, checked in headless Chromium: every page type fits a phone and passes axe
with no violation of any impact, the results are a few Tabs away, the phone header and filter panel
work, and a cold page stays within its weight budget."""

import gzip
import re

import pytest

from .test_browser import SETTLE, axe_violations, open_page, result_count, wait_for_update

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

MAPPING = (
    "/publications/mapping-interventions-addressing-child-labour-and-working-conditions-in-"
    "artisanal-mineral-supply-chains/"
)

# One address of every public page type, and browse pages in the states a visitor puts them in.
PAGE_TYPES = [
    "/",
    "/interventions/",
    "/interventions/?mineral=gold&country=PE",
    "/publications/?country=TZ",
    "/publications/?country=TZ&kind=news",
    "/publications/?country=KE&mineral=cobalt",
    "/events/",
    "/events/?when=past&kind=digital-day",
    "/events/?q=zzzz-nothing-matches",
    "/search/?q=gold",
    "/search/",
    "/about/",
    "/gap-map/",
    "/interventions/planetgold/",
    MAPPING,
    "/events/manila-2019-knowledge-sharing-meeting-asgm/",
    "/organisations/iied/",
    "/countries/GH/",
    "/minerals/gold/",
    "/areas/area-based-work/",
    "/no-such-page/",
]

# What a cold visit may transfer, compressed, page and everything it loads (issue 21).
BUDGET = 120_000


@pytest.mark.parametrize("width", [1280, 375])
def test_every_page_type_fits_the_screen_and_passes_axe_entirely(committed_demo, live_server, browser, width):
    page = open_page(browser, viewport={"width": width, "height": 900})
    found = {}
    for path in PAGE_TYPES:
        page.goto(live_server.url + path)
        page.evaluate(SETTLE)
        problems = axe_violations(page, impacts=None)
        overflow = page.evaluate("document.documentElement.scrollWidth")
        if overflow > width:
            problems.append(f"{overflow} px wide")
        if problems:
            found[path] = problems
    assert found == {}
    # The one console error is the 404 page's own status.
    assert [error for error in page.errors if "status of 404" not in error] == []


def tabs_to(page, target, limit=30):
    """Tab presses from the top of the page until `target` has focus, following a "Skip to results"
    link when it comes (Enter on it moves focus, like a visitor using it)."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.textContent.trim()") == "Skip to results":
            page.keyboard.press("Enter")
        if target.evaluate("el => el === document.activeElement"):
            return presses
    pytest.fail(f"not reached in {limit} Tabs")


# One demo catalogue per test costs seconds: the journeys below share one.
def test_keyboard_phone_and_back_journeys(committed_demo, live_server, browser):
    the_first_result_is_a_few_tabs_from_the_top(browser, live_server.url, 1280)
    the_first_result_is_a_few_tabs_from_the_top(browser, live_server.url, 375)
    a_long_facet_can_be_searched_and_a_phone_panel_folds_after_a_change(browser, live_server.url)
    the_phone_menu_opens_without_javascript(browser, live_server.url)
    a_record_page_leads_back_to_the_results_the_visitor_came_from(browser, live_server.url)


def the_first_result_is_a_few_tabs_from_the_top(browser, base, width):
    page = open_page(browser, viewport={"width": width, "height": 900})
    page.goto(base + "/interventions/?mineral=gold")
    first = page.locator("#results-list .result-title a").first
    # Skip to main content, Skip to results (Enter), then the first result: the budget is 10.
    assert tabs_to(page, first) == 3, width
    # The count and the chips come before the filters in reading order.
    order = page.evaluate(
        """() => ['result-count', 'facets'].map(id => document.getElementById(id))
               .map(el => [...document.querySelectorAll('*')].indexOf(el))"""
    )
    assert order[0] < order[1]
    page.close()


def a_long_facet_can_be_searched_and_a_phone_panel_folds_after_a_change(browser, base):
    page = open_page(browser, viewport={"width": 375, "height": 800})
    page.goto(base + "/publications/")
    panel = page.locator("#facets")
    assert panel.get_attribute("open") is None  # folded: the results come first
    page.locator(".filters-summary").click()
    finder = page.get_by_label("Find a value in country")
    finder.fill("tanz")
    tanzania = page.get_by_label(re.compile(r"^Tanzania"))
    assert tanzania.is_visible()
    assert not page.get_by_label(re.compile(r"^Ghana")).is_visible()
    heading = page.locator("#results-heading").inner_text()
    tanzania.check()
    wait_for_update(page, heading)
    assert "country=TZ" in page.url and "tanz" not in page.url  # the finder is not a filter
    # Folded again once the new region has settled (browse.js, on htmx:afterSettle).
    page.wait_for_function("() => !document.getElementById('facets').open", timeout=5000)
    count = result_count(page)
    assert f"{count} result" in page.locator(".filters-summary").inner_text()
    assert "1 selected" in page.locator(".filters-summary").inner_text()
    # Widened (a tablet turned, a window dragged), the panel opens and stays open beside the results.
    page.set_viewport_size({"width": 1280, "height": 800})
    page.wait_for_function("() => document.getElementById('facets').open")
    page.locator(".filters-summary").click()
    assert panel.get_attribute("open") is not None
    page.get_by_label("Find a value in country").fill("1")  # names, not counts, are searched
    assert page.locator("#facet-country .facet-values li:not([hidden])").count() == 0
    assert page.errors == []
    page.close()


def the_phone_menu_opens_without_javascript(browser, base):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(base + "/about/")
    menu_link = page.locator(".site-menu").get_by_role("link", name="Gap map")
    assert not menu_link.is_visible()
    assert not page.locator(".site-nav").is_visible()
    page.locator(".site-menu summary").click()
    assert menu_link.is_visible()
    menu_link.click()
    page.wait_for_url("**/gap-map/")
    # One search box: the header's, on a page without its own.
    assert page.locator("input[type=search]").count() == 1
    context.close()


def a_record_page_leads_back_to_the_results_the_visitor_came_from(browser, base):
    page = open_page(browser)
    page.goto(base + "/publications/?country=TZ")
    page.locator("#results-list .result-title a").first.click()
    page.wait_for_load_state()
    back = page.locator(".back-link")
    back.wait_for()
    page.wait_for_function("() => document.querySelector('.back-link').textContent === 'Back to results'")
    back.click()
    page.wait_for_url(re.compile(r".*/publications/\?country=TZ$"))
    # Reached directly, the same link names the whole listing.
    page.goto(base + MAPPING)
    assert page.locator(".back-link").inner_text() == "All publications"
    assert page.errors == []
    page.close()


def transferred(page, url):
    """Bytes a cold visit to `url` transfers under the production stack: the page as the gzip
    middleware sends it (measured), and each static file gzipped at level 9 as whitenoise stores it
    after collectstatic (the test server serves static files uncompressed)."""
    sizes = []

    def record(response):
        request = response.request
        body = response.body() if response.status == 200 else b""
        if "/static/" in response.url:
            sizes.append((response.url, len(gzip.compress(body, 9))))
        else:
            sizes.append((response.url, request.sizes()["responseBodySize"]))

    page.on("response", record)
    page.goto(url, wait_until="networkidle")
    page.remove_listener("response", record)
    return sizes


def test_a_cold_home_and_browse_page_stay_within_their_weight_budget(committed_demo, live_server, browser):
    for path in ["/", "/interventions/"]:
        context = browser.new_context(viewport={"width": 1280, "height": 900})  # cold: no cache
        page = context.new_page()
        sizes = transferred(page, live_server.url + path)
        total = sum(size for _, size in sizes)
        assert any("/static/css/portal" in url for url, _ in sizes)
        assert any(url.endswith(".woff2") for url, _ in sizes)  # the web font is counted too
        assert total <= BUDGET, (path, sizes)
        context.close()
