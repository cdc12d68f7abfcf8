"""What a cold visit transfers, as Chromium counts it: python scripts/page_weight.py BASE_URL PATH...

Each path is opened in a new browser context (no cache, no cookies) and every response's transfer
size is added up (the page, its stylesheet, font and scripts; compressed as the server sent them).
`make bench` runs it against gunicorn after `collectstatic`, which is the production stack.
"""

import sys

from playwright.sync_api import sync_playwright

try:
    from screenshots import CHROMIUM_ARGS
except ImportError:  # imported as scripts.page_weight
    from scripts.screenshots import CHROMIUM_ARGS

BUDGET_BYTES = 120_000  # issue 21: a cold home page and a cold browse page, everything included

# The page's own entry and each resource it loaded, as the browser's Resource Timing saw them.
TRANSFERS = """() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .map(e => [e.name, e.transferSize, e.encodedBodySize, e.decodedBodySize])"""


def weigh(base_url, paths, chromium="/usr/bin/chromium"):
    """{path: {"bytes": transferred, "uncompressed": decoded, "files": [(url, bytes)]}}."""
    found = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for path in paths:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.goto(base_url.rstrip("/") + path, wait_until="networkidle")
            entries = page.evaluate(TRANSFERS)
            found[path] = {
                "bytes": sum(e[1] for e in entries),
                "uncompressed": sum(e[3] for e in entries),
                "files": [(e[0], e[1]) for e in entries],
            }
            context.close()
        browser.close()
    return found


if __name__ == "__main__":
    for path, weight in weigh(sys.argv[1], sys.argv[2:]).items():
        verdict = "within" if weight["bytes"] <= BUDGET_BYTES else "OVER"
        print(
            f"{path}: {weight['bytes'] / 1000:.1f} kB transferred ({verdict} {BUDGET_BYTES / 1000:.0f} kB), "
            f"{weight['uncompressed'] / 1000:.1f} kB uncompressed"
        )
        for url, size in weight["files"]:
            print(f"    {size:>8}  {url}")
