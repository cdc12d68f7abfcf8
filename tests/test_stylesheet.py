"""The committed stylesheet is the one its Sass sources build (scripts/build_css.sh records their digest)."""

import hashlib
import re
from pathlib import Path

STATIC = Path(__file__).resolve().parent.parent / "static"


def test_the_stylesheet_was_rebuilt_after_its_sources_changed():
    sources = sorted((STATIC / "scss").glob("*.scss"), key=lambda p: p.name.encode())
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()[:16]
    first_line = (STATIC / "css" / "portal.css").read_text().splitlines()[0]
    recorded = re.search(r"sources ([0-9a-f]{16})", first_line)
    assert recorded, first_line
    assert recorded.group(1) == digest, "static/scss changed: run `make css` (or `make vendor`) and commit the result"


def test_no_template_asks_for_the_whole_bootstrap_stylesheet():
    templates = Path(__file__).resolve().parent.parent / "templates"
    offenders = [str(path) for path in templates.rglob("*.html") if "vendor/bootstrap/bootstrap" in path.read_text()]
    assert offenders == []
