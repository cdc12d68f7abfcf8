"""The real pages in headless Chromium (Debian's /usr/bin/chromium driven by Playwright)."""

import os
import shutil

import pytest

from scripts.screenshots import CHROMIUM_ARGS

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason=f"Chromium not found at {CHROMIUM}: browser tests skipped"),
]


@pytest.fixture
def browser_page(live_server):
    """A Chromium page. Set up any data before asking for it: while Playwright runs, the main thread
    has an event loop, and database work there would open a connection nothing closes."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        errors = []
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        yield page, errors
        browser.close()


@pytest.mark.django_db(transaction=True)
def test_a_visitor_follows_the_graph_from_home_to_meeting_to_report(demo, live_server, browser_page):
    page, errors = browser_page
    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text().startswith("What is being done about child labour")
    # Bootstrap is served locally: the stylesheet applied (navbar laid out as flex).
    assert page.locator("nav.navbar").evaluate("el => getComputedStyle(el).display") == "flex"

    page.get_by_role("link", name="Inter-Regional Knowledge Sharing Meeting").first.click()
    page.wait_for_url("**/events/manila-2019-knowledge-sharing-meeting-asgm/")
    assert "28–30 May 2019" in page.content()
    assert page.get_by_role("heading", name="Attendance: the sources disagree").is_visible()

    page.get_by_role("link", name="Mapping interventions addressing child labour").click()
    page.wait_for_url("**/publications/mapping-interventions-*/")
    assert page.get_by_role("link", name="Read it online").get_attribute("href").startswith("https://www.ilo.org/")
    assert errors == []
