"""Real journeys in headless Chromium (Debian's /usr/bin/chromium driven by Playwright), with axe-core."""

import re
from pathlib import Path

import pytest

AXE = Path(__file__).parent / "vendor" / "axe.min.js"

pytestmark = [
    pytest.mark.browser,
    # Transactional (the live server is another thread); restore the migration-seeded vocabularies after each.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


# Every page records what the Content Security Policy refused, whatever the console says.
WATCH_CSP = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(
    [e.violatedDirective, e.blockedURI, e.sourceFile + ":" + e.lineNumber].join(" ")));
"""


def open_page(browser, **options):
    page = browser.new_page(**options)
    page.add_init_script(WATCH_CSP)
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.errors = errors
    return page


SETTLE = "() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))"


def csp_violations(page):
    return page.evaluate("window.cspViolations || []")


def result_count(page):
    return int(re.search(r"\d+", page.locator("#result-count").inner_text()).group())


# Waits take a function, not an expression: Playwright evaluates an expression with eval(), which
# the page's CSP refuses.
def wait_for_update(page, before):
    page.wait_for_function("t => document.querySelector('#results-heading').innerText !== t", arg=before)


def axe_violations(page, impacts=("serious", "critical")):
    """axe-core's violations on the page, of the given impacts (None: of any impact)."""
    # Run as the test's own code (not a <script> in the page), which the page's CSP rightly refuses.
    page.evaluate("() => {" + AXE.read_text() + "\n}")
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if impacts is None or v["impact"] in impacts
    ]


def test_narrow_widen_open_and_come_back(committed_demo, live_server, browser):
    page = open_page(browser)
    page.goto(live_server.url + "/publications/")
    page.evaluate("window.notReloaded = true")
    everything = result_count(page)

    heading = page.locator("#results-heading").inner_text()
    page.get_by_label(re.compile(r"^Tanzania")).check()
    wait_for_update(page, heading)
    assert "country=TZ" in page.url
    assert page.locator("#results-heading").inner_text() == "Publications in Tanzania"
    in_tanzania = result_count(page)
    assert 0 < in_tanzania < everything
    assert page.evaluate("window.notReloaded") is True  # updated in place by htmx
    assert page.title() == "Publications in Tanzania — ASM Knowledge Portal"
    assert page.locator("#live-status").inner_text().startswith(f"{in_tanzania} result")

    heading = page.locator("#results-heading").inner_text()
    page.locator("#facet-mineral summary").click()  # a folded facet opens with a click
    page.get_by_label(re.compile(r"^Coloured gemstones")).check()  # narrow: AND a mineral
    wait_for_update(page, heading)
    assert page.locator("#results-heading").inner_text() == "Publications on coloured gemstones in Tanzania"
    narrowed = result_count(page)
    assert 0 < narrowed <= in_tanzania

    heading = page.locator("#results-heading").inner_text()
    page.get_by_label(re.compile(r"^Ghana")).check()  # widen within the facet: Ghana OR Tanzania
    wait_for_update(page, heading)
    assert "country=TZ" in page.url and "country=GH" in page.url and "mineral=coloured-gemstones" in page.url
    assert result_count(page) >= narrowed

    page.get_by_role("link", name="IIED to host 3rd online artisanal and small-scale mining day").click()
    page.wait_for_url("**/publications/iied-to-host-3rd-online-asm-day/")
    page.get_by_role("link", name="Third #shareASM digital day").click()
    page.wait_for_url("**/events/shareasm-digital-day-2018/")
    page.go_back()
    page.go_back()
    page.wait_for_url(re.compile(r".*/publications/\?.*country=GH"))
    assert page.get_by_label(re.compile(r"^Ghana")).is_checked()
    assert page.get_by_label(re.compile(r"^Tanzania")).is_checked()
    page.go_back()
    page.go_back()
    page.wait_for_url(re.compile(r".*/publications/\?country=TZ$"))
    assert page.locator("#results-heading").inner_text() == "Publications in Tanzania"
    assert not page.get_by_label(re.compile(r"^Coloured gemstones")).is_checked()
    assert page.errors == []


# One demo catalogue per test costs seconds (13 s on PostgreSQL): read-only journeys share one.
def test_by_keyboard_without_javascript_and_from_the_gap_map(committed_demo, live_server, browser):
    the_same_journey_by_keyboard_alone(browser, live_server.url)
    works_without_javascript(browser, live_server.url)
    a_gap_map_cell_leads_to_exactly_its_interventions(browser, live_server.url)


def the_same_journey_by_keyboard_alone(browser, base):
    page = open_page(browser)
    page.goto(base + "/publications/")
    checkbox = page.get_by_label(re.compile(r"^Tanzania"))
    for _ in range(80):  # Tab until the Tanzania checkbox has focus
        page.keyboard.press("Tab")
        if checkbox.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("The Tanzania checkbox could not be reached with Tab")
    heading = page.locator("#results-heading").inner_text()
    page.keyboard.press("Space")
    wait_for_update(page, heading)
    assert "country=TZ" in page.url
    # Focus stays on the checkbox the visitor used, now checked in the new region.
    assert page.evaluate("document.activeElement.id") == "f-country-tz"
    assert page.evaluate("document.activeElement.checked") is True
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # the focus is visible

    # Remove the filter with its chip, by keyboard.
    chip = page.get_by_role("link", name="Remove filter Country: Tanzania")
    chip.focus()
    heading = page.locator("#results-heading").inner_text()
    page.keyboard.press("Enter")
    wait_for_update(page, heading)
    assert "country=" not in page.url
    # The chip is gone, so focus moves to the results heading once the new region has settled.
    page.wait_for_function("() => document.activeElement?.id === 'results-heading'", timeout=5000)

    link = page.get_by_role("link", name="IIED to host 3rd online artisanal and small-scale mining day")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/publications/iied-to-host-3rd-online-asm-day/")
    assert page.errors == []


def works_without_javascript(browser, base):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "/interventions/")
    page.get_by_label(re.compile(r"^Gold")).check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r".*mineral=gold.*"))
    assert page.locator("h1").inner_text() == "Interventions on gold"
    page.get_by_role("link", name="Remove filter Mineral: Gold").click()
    page.wait_for_url(re.compile(r".*/interventions/(\?sort=newest)?$"))
    context.close()


AXE_PAGES = [
    "/",
    "/interventions/?mineral=gold&country=PE",
    "/publications/?country=TZ&kind=news",
    "/events/?when=past&kind=digital-day",
    "/publications/?country=KE&mineral=cobalt",
    "/search/?q=gold",
    "/interventions/planetgold/",
    "/publications/mapping-interventions-addressing-child-labour-and-working-conditions-in-artisanal-mineral-supply-chains/",
    "/events/manila-2019-knowledge-sharing-meeting-asgm/",
    "/organisations/iied/",
    "/countries/GH/",
]


# Every public page type passes axe (no violation of any impact) at 1280 and 375 px, and fits a
# phone: tests/test_browser_design.py.


def test_the_axe_check_does_catch_violations(live_server, browser):
    page = open_page(browser)
    page.set_content('<html lang="en"><body><main><img src="data:,"><input type="text"></main></body></html>')
    ids = {violation_id for violation_id, *_ in axe_violations(page)}
    assert {"image-alt", "label"} <= ids


@pytest.fixture
def digest_editor(committed_demo):
    from datetime import timedelta

    from django.utils import timezone

    from events.models import Event
    from interventions.models import Intervention
    from publications.models import Publication

    from .factories import UserFactory

    for model in (Intervention, Publication, Event):
        model.objects.update(published_at=timezone.now() - timedelta(days=1))
    return UserFactory(username="newsletter-editor", is_staff=True, groups=["Editors"])


def sign_in(page, base_url, username):
    page.goto(base_url + "/admin/login/?next=/newsletter/digest/")
    page.fill("#id_username", username)
    page.fill("#id_password", "correct horse battery staple")
    page.click("input[type=submit]")


def test_an_editor_builds_orders_and_saves_a_digest(digest_editor, live_server, browser):
    page = open_page(browser)
    sign_in(page, live_server.url, "newsletter-editor")
    page.wait_for_url("**/newsletter/digest/")
    assert axe_violations(page) == []

    # Only publications, only news.
    page.get_by_label("Events", exact=True).uncheck()
    page.get_by_label("Interventions", exact=True).uncheck()
    filters = page.locator("#filters-publications")
    filters.locator("summary", has_text="Kind").click()
    filters.get_by_label(re.compile(r"^News / article \(")).check()
    page.get_by_role("button", name="Show records").click()
    page.wait_for_url(re.compile(r"publications-kind=news"))
    assert page.locator("#section-events").count() == 0
    assert "Publications of kind news / article" in page.locator("#section-publications").inner_text()
    titles = page.locator(".digest-item a.fw-semibold").all_inner_texts()
    assert len(titles) >= 2

    # The arrows move the second record to the top and renumber.
    page.get_by_role("button", name=f"Move up {titles[1]}").click()
    assert page.locator(".digest-item a.fw-semibold").all_inner_texts()[:2] == [titles[1], titles[0]]
    assert page.locator(".digest-position").evaluate_all("inputs => inputs.map(i => i.value)")[:2] == ["1", "2"]

    page.fill("#digest-title", "News digest")
    page.get_by_role("button", name="Save digest").click()
    page.wait_for_url(re.compile(r"/newsletter/digests/\d+/$"))
    assert page.locator("h1").inner_text() == "News digest"
    frame = page.frame_locator("iframe.digest-preview")
    frame.locator("h1").wait_for()
    links = frame.locator("a[href*='/publications/']").all_inner_texts()
    assert links[:2] == [titles[1], titles[0]]
    assert axe_violations(page) == []
    assert page.errors == []


def staff_pages():
    """Every admin page kind for every registered model, generated from the admin's registry, so
    a new model's pages cannot be left out."""
    from django.contrib import admin
    from django.urls import NoReverseMatch, reverse

    pages = ["/admin/", "/admin/password_change/", "/admin/two-factor/", "/newsletter/digest/", "/newsletter/digests/"]
    from django.contrib.auth import get_user_model
    from django.test import RequestFactory

    as_superuser = RequestFactory().get("/")
    as_superuser.user = get_user_model()(is_active=True, is_staff=True, is_superuser=True)
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        pages.append(reverse("admin:app_list", args=[opts.app_label]))
        first = model._default_manager.order_by("pk").first()
        for name, args in [
            ("changelist", []),
            ("add", [] if model_admin.has_add_permission(as_superuser) else None),  # sign-in logs: axes writes them
            ("change", [first.pk] if first else None),
            ("history", [first.pk] if first else None),
            ("import", []),
            ("export", []),
        ]:
            if args is None:
                continue
            try:
                pages.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_{name}", args=args))
            except NoReverseMatch:  # not every admin imports or exports
                continue
    return sorted(set(pages))


PUBLIC_CSP_PAGES = [
    *AXE_PAGES,
    "/publications/",
    "/events/",
    "/minerals/gold/",
    "/api/docs/",
    "/api/",
    "/api/publications/",
    "/no-such-page/",
]


@pytest.fixture
def every_staff_page(committed_demo):
    from .factories import UserFactory

    UserFactory(username="csp-admin", is_staff=True, is_superuser=True)
    return staff_pages()


@pytest.mark.parametrize("half", [0, 1])  # two halves, so both test workers share the longest walk
def test_no_page_breaks_the_content_security_policy(every_staff_page, live_server, browser, half):
    assert len(every_staff_page) > 40
    pages = every_staff_page[half::2]

    page = open_page(browser)
    found = {}
    for path in PUBLIC_CSP_PAGES[half::2]:
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        if violations := csp_violations(page):
            found[path] = violations
    sign_in(page, live_server.url, "csp-admin")
    page.wait_for_url("**/newsletter/digest/")
    for path in pages:
        # Admin pages fetch nothing after they load: once every script and style has run, a frame and a
        # task later every violation event has fired (networkidle would add 500 ms of quiet to each page).
        response = page.goto(live_server.url + path, wait_until="load")
        assert response.status == 200, path
        page.evaluate(SETTLE)
        if violations := csp_violations(page):
            found[path] = violations
    assert found == {}
    assert [error for error in page.errors if "Content Security Policy" in error] == []


def test_the_csp_check_does_catch_violations(live_server, browser):
    page = open_page(browser)
    page.goto(live_server.url + "/no-such-page/")
    page.evaluate("""() => { const s = document.createElement("script"); s.textContent = "1"; document.body.append(s);
                            document.body.setAttribute("style", "color: red"); }""")
    page.wait_for_function("() => window.cspViolations.length >= 2")
    directives = {violation.split()[0] for violation in csp_violations(page)}
    assert {"script-src-elem", "style-src-attr"} <= directives


PICTURE_PAGES = [
    ("/", ".world-map path", 150),
    ("/?map=publications", ".world-map path", 150),
    ("/gap-map/", ".gap-map td", 50),
    ("/gap-map/?by=mineral&status=implementation", ".gap-map td", 20),
    ("/interventions/", ".chart-timeline rect", 3),
    ("/publications/?country=TZ", ".chart-timeline rect", 1),
    ("/countries/GH/", ".chart-timeline rect", 2),
    ("/organisations/iied/", ".chart-timeline rect", 2),
]


def test_maps_and_charts_render_readably_at_desktop_and_phone_width(committed_demo, live_server, browser, tmp_path):
    """The gap map, world map and charts draw, break no policy, raise no error, pass axe, and fit a phone."""
    for width in (1280, 375):
        maps_and_charts_render_readably(browser, live_server.url, width, tmp_path)


def maps_and_charts_render_readably(browser, base, width, tmp_path):
    page = open_page(browser, viewport={"width": width, "height": 900})
    found = {}
    for path, part, least in PICTURE_PAGES:
        page.goto(base + path)  # the pictures are drawn on the server: nothing loads later
        page.evaluate(SETTLE)
        assert page.locator(part).count() >= least, path
        assert page.locator(part).first.bounding_box()["width"] > 0, path
        page.screenshot(path=tmp_path / f"{width}-{path.strip('/').replace('/', '-') or 'home'}.png")
        problems = csp_violations(page) + axe_violations(page)
        if width <= 375 and page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append("wider than the screen")
        if problems:
            found[path] = problems
    assert found == {}
    assert page.errors == []


def a_gap_map_cell_leads_to_exactly_its_interventions(browser, base):
    page = open_page(browser)
    page.goto(base + "/gap-map/")
    cell = page.locator(".gap-map tbody td:not(.total) a").first
    count = int(cell.inner_text())
    cell.click()
    page.wait_for_url("**/interventions/?*")
    assert result_count(page) == count
