"""Every picture in the README and docs/design.md, from a portal running the demo content:
python scripts/readme_screenshots.py BASE_URL [OUT_DIR]

With SCREENSHOT_USER and SCREENSHOT_PASSWORD (an Editor or superuser; `manage.py dev_accounts`
prints them), it also takes the staff pages: a draft preview, the digest builder, two-factor.
"""

import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright
from screenshots import CHROMIUM_ARGS

MANILA = "/events/manila-2019-knowledge-sharing-meeting-asgm/"
MAPPING = (
    "/publications/mapping-interventions-addressing-child-labour-and-working-conditions-in-"
    "artisanal-mineral-supply-chains/"
)

# (file name, path, viewport width, height of the picture or None for the whole page, element or None)
PUBLIC = [
    ("home", "/", 1280, 1500, None),
    ("interventions__mineral-gold", "/interventions/?mineral=gold", 1280, 1500, None),
    ("search__q-shareASM", "/search/?q=shareASM", 1280, 1100, None),
    ("events_manila-2019-knowledge-sharing-meeting-asgm", MANILA, 1280, 1300, None),
    ("figures-manila", MANILA, 1280, None, "section.figures"),  # figures whose sources disagree
    ("gap-map", "/gap-map/", 1280, 1250, None),
    ("world-map", "/", 1280, None, "#world-map"),
    ("about", "/about/", 1280, 1100, None),
    ("intervention-detail", "/interventions/planetgold/", 1280, 1100, None),
    ("organisation-profile", "/organisations/iied/", 1280, 1100, None),
    ("phone-home", "/", 375, 1400, None),
    ("phone-interventions", "/interventions/?mineral=gold", 375, 1400, None),
    ("phone-publication", MAPPING, 375, 1400, None),
    ("home-fr", "/fr/", 1280, 1500, None),
    ("publications-es", "/es/publications/?country=GH&mineral=gold", 1280, 1300, None),
    ("phone-publications-es", "/es/publications/?country=GH&mineral=gold", 375, 1400, None),
]
STAFF = [
    ("draft-preview", "/events/iied-action-dialogue-madagascar/", 1280, 900, None),  # a demo record in review
    ("newsletter-builder", "/newsletter/digest/", 1280, 1600, None),
    ("two-factor", "/admin/two-factor/", 1100, 900, None),
]


def shoot(page, out, name, url, width, height, element):
    page.set_viewport_size({"width": width, "height": min(height or 900, 900)})
    page.goto(url, wait_until="networkidle")
    path = out / f"{name}.png"
    if element:
        page.locator(element).screenshot(path=path)
    else:
        full = page.evaluate("document.documentElement.scrollHeight")
        page.screenshot(path=path, full_page=True, clip={"x": 0, "y": 0, "width": width, "height": min(height, full)})
    print(path)


def main(base, out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        # As a visitor who has chosen their language: no notice offering the browser's own.
        page.add_init_script("try { localStorage.setItem('asm-language-chosen', '1') } catch (e) {}")
        for name, path, width, height, element in PUBLIC:
            shoot(page, out, name, base + path, width, height, element)
        if os.environ.get("SCREENSHOT_USER"):
            page.goto(base + "/admin/login/")
            page.fill("#id_username", os.environ["SCREENSHOT_USER"])
            page.fill("#id_password", os.environ["SCREENSHOT_PASSWORD"])
            page.click("input[type=submit]")
            page.wait_for_load_state()
            for name, path, width, height, element in STAFF:
                shoot(page, out, name, base + path, width, height, element)
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"), sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
