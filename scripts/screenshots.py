"""Screenshot pages of a running portal in headless Chromium: python scripts/screenshots.py BASE_URL OUT_DIR PATH...

With SCREENSHOT_USER and SCREENSHOT_PASSWORD set, it signs in to the admin first (for admin pages).
"""

import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main(base_url, out_dir, paths, width=1280):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": 900})
        if os.environ.get("SCREENSHOT_USER"):
            page.goto(base_url.rstrip("/") + "/admin/login/")
            page.fill("#id_username", os.environ["SCREENSHOT_USER"])
            page.fill("#id_password", os.environ["SCREENSHOT_PASSWORD"])
            page.click("input[type=submit]")
        for path in paths:
            name = path.strip("/").replace("/", "_").replace("?", "_").replace("=", "-") or "home"
            page.goto(base_url.rstrip("/") + path)
            page.screenshot(path=out / f"{name}.png", full_page=True)
            print(out / f"{name}.png")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
