"""The import page in Chromium, as a curator uses it: the format follows the file picked, and the preview
of a file with every linked column fits a 1280 px window without the page scrolling sideways."""

import csv
import io

import pytest

from tests.test_browser import csp_violations, open_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LONG = "A long summary that a curator pasted from the report's first page, " * 12


@pytest.fixture
def import_editor(committed_demo):
    from asmportal.security.roles import EDITORS
    from tests.admin_kit import EXAMPLES

    from ..factories import UserFactory

    UserFactory(username="import-editor", is_staff=True, groups=[EDITORS])
    text = (EXAMPLES / "publications.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    for n in range(30):  # long cells in every column a curator checks
        rows.append(rows[0] | {"title": f"Wide line {n}", "slug": f"wide-line-{n}", "summary": LONG, "body": LONG})
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def sign_in(page, base_url):
    page.goto(base_url + "/admin/login/?next=/admin/publications/publication/import/")
    page.fill("#id_username", "import-editor")
    page.fill("#id_password", "correct horse battery staple")
    page.click("input[type=submit]")
    page.wait_for_url("**/import/")


def chosen_format(page):
    return page.locator("select#id_format option:checked").inner_text().strip()


def test_the_format_follows_the_file_and_the_preview_fits_the_window(import_editor, live_server, browser):
    page = open_page(browser, viewport={"width": 1280, "height": 900})
    sign_in(page, live_server.url)

    files = page.locator("input#id_import_file")
    files.set_input_files({"name": "book.xlsx", "mimeType": "application/octet-stream", "buffer": b"x"})
    assert chosen_format(page) == "xlsx"
    files.set_input_files({"name": "publications.csv", "mimeType": "text/csv", "buffer": import_editor})
    assert chosen_format(page) == "csv"
    page.select_option("select#id_format", label="xlsx")  # the curator's own choice wins over the guess
    assert chosen_format(page) == "xlsx"
    page.select_option("select#id_format", label="csv")

    page.click("input[type=submit]")
    page.wait_for_selector("ol.import-rows")
    assert page.locator(".import-row").count() == 32
    first = page.locator(".import-row").first
    assert "One, Author; Two, Author" in first.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert page.get_by_role("button", name="Confirm import").is_visible()
    assert csp_violations(page) == []
    assert page.errors == []
