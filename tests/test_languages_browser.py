"""The French and Spanish portal in headless Chromium: every page type says its language, fits a
phone and passes axe; the switcher keeps the visitor's filters; the browser's preferred language is
offered once, never imposed."""

import pytest

from .test_browser import SETTLE, axe_violations, open_page
from .test_browser_design import PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


# One demo catalogue per test costs seconds: both journeys share one.
def test_every_page_type_in_french_and_spanish_and_the_offer_of_a_language(committed_demo, live_server, browser):
    every_page_type_in_french_and_spanish(browser, live_server.url)
    the_preferred_language_is_offered_once_and_never_imposed(browser, live_server.url)


def every_page_type_in_french_and_spanish(browser, base):
    page = open_page(browser, viewport={"width": 375, "height": 900})
    found = {}
    for language in ("fr", "es"):
        for path in PAGE_TYPES:
            page.goto(f"{base}/{language}{path}")
            page.evaluate(SETTLE)
            problems = axe_violations(page, impacts=None)
            if page.evaluate("document.documentElement.lang") != language:
                problems.append("html lang")
            overflow = page.evaluate("document.documentElement.scrollWidth")
            if overflow > 375:
                problems.append(f"{overflow} px wide")
            if problems:
                found[f"/{language}{path}"] = problems
    assert found == {}
    assert [error for error in page.errors if "status of 404" not in error] == []

    # The switcher keeps the path and the query, and the heading follows the language.
    page.goto(f"{base}/fr/publications/?country=TZ&kind=news")
    assert page.locator("h1").inner_text().startswith("Publications")
    page.locator(".language-switcher a[hreflang='es']").click()
    page.wait_for_url("**/es/publications/?country=TZ&kind=news")
    assert page.locator("h1").inner_text().startswith("Publicaciones")
    page.locator(".language-switcher a[hreflang='en-gb']").click()
    page.wait_for_url("**/publications/?country=TZ&kind=news")
    assert page.evaluate("document.documentElement.lang") == "en-gb"


def the_preferred_language_is_offered_once_and_never_imposed(browser, base):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    # A visitor already reading their language is not asked.
    page.goto(base + "/fr/events/")
    page.evaluate(SETTLE)
    assert page.locator(".language-notice:visible").count() == 0
    page.goto(base + "/events/?when=past")
    assert page.evaluate("document.documentElement.lang") == "en-gb"  # what was asked for, no redirect
    notice = page.locator(".language-notice[data-language='fr']")
    notice.wait_for(state="visible")
    assert "français" in notice.inner_text()
    assert notice.locator("a").get_attribute("href") == "/fr/events/?when=past"
    assert page.locator(".language-notice[data-language='es']").is_hidden()
    notice.locator("button").click()
    assert notice.is_hidden()
    page.reload()
    page.evaluate(SETTLE)
    assert page.locator(".language-notice[data-language='fr']").is_hidden()  # declined: not asked again
    context.close()
