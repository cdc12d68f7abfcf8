"""The curator's desk in real Chromium (issue 21): autocomplete and changelists, as Curator and as Editor."""

import pytest

from tests.test_browser import SETTLE, csp_violations, open_page

pytestmark = [
    pytest.mark.browser,
    # Transactional (the live server is another thread); restore the migration-seeded vocabularies after each.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct horse battery staple"


AUTOCOMPLETE = "**/admin/autocomplete/**"


@pytest.fixture
def staff_users(transactional_db):
    from asmportal.security.roles import CURATORS, EDITORS

    from .factories import UserFactory

    UserFactory(username="curator", is_staff=True, groups=[CURATORS])
    UserFactory(username="editor", is_staff=True, groups=[EDITORS])


def sign_in(page, base_url, username, next_path):
    page.goto(f"{base_url}/admin/login/?next={next_path}")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"**{next_path}")


def chosen(page, select_id):
    return page.eval_on_selector(f"#{select_id}", "s => [...s.selectedOptions].filter(o => o.value).map(o => o.text)")


def enter_while_searching(page, field, typed):
    """Open the field's autocomplete, let the unfiltered list arrive, type, and press Enter while the
    search for what was typed is still loading (its answer is held back). Returns the held answers."""
    page.click(f".field-{field} .select2-selection")
    first = page.locator(".select2-results__option--highlighted")
    first.wait_for()  # the unfiltered list, its first item highlighted
    held = []
    page.route(AUTOCOMPLETE, lambda route: held.append(route))
    page.keyboard.type(typed)
    page.locator(".select2-results .loading-results").wait_for()
    assert first.is_visible()  # the stale list is still on screen under "Searching…"
    page.keyboard.press("Enter")
    return held


def release(page, held):
    while not held:  # select2 waits 250 ms after the last key before it asks
        page.wait_for_timeout(50)
    for route in held:
        route.continue_()
    page.unroute(AUTOCOMPLETE)


FIELDS = [
    # (page, select element, field row, text typed, item it finds)
    ("/admin/publications/publication/add/", "id_languages", "languages", "Swahi", "Swahili"),  # many
    ("/admin/events/event/add/", "id_country", "country", "Keny", "Kenya"),  # one
]


@pytest.mark.parametrize("username", ["curator", "editor"])
@pytest.mark.parametrize(("path", "select_id", "field", "typed", "found"), FIELDS)
def test_autocomplete_never_saves_an_item_the_curator_did_not_pick(
    staff_users, live_server, browser, username, path, select_id, field, typed, found
):
    page = open_page(browser)
    sign_in(page, live_server.url, username, path)
    held = enter_while_searching(page, field, typed)
    assert chosen(page, select_id) == []  # Enter while "Searching…" took nothing
    assert page.url.endswith(path)  # and did not submit the form

    release(page, held)
    page.locator(".select2-results__option--highlighted", has_text=found).wait_for()
    page.keyboard.press("Enter")
    assert chosen(page, select_id) == [found]  # once the answer is there, Enter picks from it
    page.evaluate(SETTLE)
    assert csp_violations(page) == []
    assert page.errors == []


def test_without_the_guard_select2_takes_the_stale_first_item(staff_users, live_server, browser):
    """The control: select2 (as Django ships it) does not prevent this itself, and the test above
    would notice if the guard stopped working."""
    page = open_page(browser)
    page.route("**/js/admin-autocomplete.js", lambda route: route.fulfill(body="", content_type="text/javascript"))
    sign_in(page, live_server.url, "curator", "/admin/publications/publication/add/")
    held = enter_while_searching(page, "languages", "Swahi")
    stale = chosen(page, "id_languages")
    assert stale and stale != ["Swahili"], stale
    release(page, held)


@pytest.fixture
def long_titles(staff_users):
    from catalog.models import State

    from .factories import EventFactory, InterventionFactory, PublicationFactory

    title = "Pre-situational analysis report on child labour and working conditions in artisanal mining {}"
    intervention = InterventionFactory(title=title.format("(intervention)"))
    for n in range(5):
        PublicationFactory(title=title.format(n), state=State.DRAFT)
        EventFactory(title=title.format(n), intervention=intervention)
        InterventionFactory(title=title.format(n))


@pytest.mark.parametrize("username", ["curator", "editor"])
@pytest.mark.parametrize("changelist", ["publications/publication", "interventions/intervention", "events/event"])
def test_changelists_fit_with_readable_titles(long_titles, live_server, browser, username, changelist):
    page = open_page(browser, viewport={"width": 1280, "height": 900})
    path = f"/admin/{changelist}/"
    sign_in(page, live_server.url, username, path)
    title = page.locator("#result_list thead th.column-title").bounding_box()
    updated = page.locator("#result_list thead th.column-updated").bounding_box()
    results = page.eval_on_selector(".results", "r => [r.scrollWidth, r.clientWidth]")
    assert title["width"] >= 224  # 14rem: a long title takes three or four lines, not ten
    assert results[0] <= results[1]  # no column scrolled out of the table's box
    assert updated["x"] + updated["width"] <= 1280  # "Updated" is on screen
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert csp_violations(page) == []
