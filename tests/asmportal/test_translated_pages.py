"""Every public page type in French and Spanish shows no English interface text.

The test reads the catalogues: any English message (msgid) whose translation differs from it must
not appear as a text node or a visible attribute of a page in that language. Text in another
language is allowed only where it is marked so (`lang="en"` on a record's original title, the
notice offering English), which is exactly what screen readers need too.
"""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation

from asmportal.translation.catalogues import po_path, read
from catalog.models import AreaOfWork, Mineral, Organisation
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication

VISIBLE_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "content")
BUTTONS = ("submit", "button", "reset")  # the only inputs whose value is shown
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
PLACEHOLDER = re.compile(r"%\(|%[sd]|\{")


def english_messages(language):
    """English messages that read differently in `language` (names and loanwords that are the same
    in both, such as "Publications", cannot be told apart and are left out)."""
    found = set()
    for message in read(po_path(language)):
        if not message.id or isinstance(message.id, tuple):
            continue
        text = " ".join(message.id.split())
        translated = message.string if isinstance(message.string, str) else ""
        if translated and translated != message.id and not PLACEHOLDER.search(text) and len(text) > 2:
            found.add(text)
    return found


class Shown(HTMLParser):
    """Text nodes and visible attributes outside elements marked as another language, script and style."""

    def __init__(self, language):
        super().__init__(convert_charrefs=True)
        self.language, self.stack, self.found = language, [], []

    def foreign(self):
        return any(skip for _, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = (attrs.get("lang") or "").split("-")[0]
        skip = tag in ("script", "style", "template") or (bool(lang) and lang != self.language)
        # The page's own <meta> tags other than its description carry no interface text.
        if not skip and not self.foreign() and (tag != "meta" or attrs.get("name") == "description"):
            self.found += [" ".join(attrs[a].split()) for a in VISIBLE_ATTRIBUTES if attrs.get(a)]
            if tag == "input" and attrs.get("type") in BUTTONS and attrs.get("value"):
                self.found.append(attrs["value"])
        if tag not in VOID:
            self.stack.append((tag, skip))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self.foreign():
            self.found.append(text)


def page_addresses():
    publication = Publication.objects.published().exclude(summary="").first()
    event = Event.objects.published().first()
    intervention = Intervention.objects.published().first()
    organisation = Organisation.objects.filter(intervention_roles__isnull=False).first()
    return [
        reverse("home"),
        reverse("about"),
        reverse("search") + "?q=gold",
        reverse("search") + "?q=zzqxnothing",
        reverse("interventions:list") + "?country=GH&mineral=gold",
        reverse("interventions:list") + "?q=zzqxnothing&country=GH",
        reverse("publications:list") + "?kind=report&year_from=2015",
        reverse("events:list") + "?when=past",
        intervention.get_absolute_url(),
        publication.get_absolute_url(),
        event.get_absolute_url(),
        reverse("country-profile", args=["GH"]),
        reverse("mineral-profile", args=[Mineral.objects.get(slug="gold").slug]),
        reverse("area-profile", args=[AreaOfWork.objects.get(number=1).slug]),
        organisation.get_absolute_url(),
        reverse("gap-map"),
        f"/{translation.get_language()}/no-such-page/",
    ]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_no_english_interface_text_on_any_page_type(client, demo, language):
    english = english_messages(language)
    assert len(english) > 200, "the catalogue looks empty"
    with translation.override(language):
        addresses = page_addresses()
    left = {}
    for address in addresses:
        response = client.get(address)
        assert response.status_code in (200, 404), address
        html = response.content.decode()
        assert f'<html lang="{language}">' in html, address
        parser = Shown(language)
        parser.feed(html)
        shown = [text for text in parser.found if text in english]
        if shown:
            left[address] = sorted(set(shown))
    assert not left, f"English interface text on {language} pages: {left}"
