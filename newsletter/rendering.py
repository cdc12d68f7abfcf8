"""A digest in the three forms editors paste into their mailing tools: email HTML, Markdown, plain text.

A digest is written in its own language (`DigestContent.language`), whatever language the editor
uses the site in: `render` turns that language on around every format."""

import re
import textwrap
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.template.loader import render_to_string
from django.utils import formats, timezone
from django.utils.dateformat import format as date_format
from django.utils.text import slugify
from django.utils.translation import gettext

from .sections import SECTIONS
from .selection import DEFAULT_LANGUAGE, digest_language, written_in

TEXT_WIDTH = 72


@dataclass
class DigestContent:
    title: str
    intro: str
    since: object
    until: object
    sections: list  # [(Section, [Entry])], only sections with entries
    site_url: str
    language: str = DEFAULT_LANGUAGE  # "en", "fr" or "es": what the digest is written in
    # Mail sent to subscribers: the page an alert follows, why this mail came, and the links every
    # such mail carries (manage, one-click unsubscribe).
    page_url: str = ""
    page_label: str = ""
    reason: str = ""
    manage_url: str = ""
    unsubscribe_url: str = ""

    @property
    def paragraphs(self):
        return [p.strip() for p in re.split(r"\n\s*\n", self.intro.replace("\r\n", "\n")) if p.strip()]

    @property
    def period(self):
        """ "1 September – 21 November 2026": `until` is exclusive, so the last day is the one before it."""
        first = timezone.localtime(self.since).date()
        last = timezone.localtime(self.until - timedelta(microseconds=1)).date()
        if first == last:
            return formats.date_format(first, "DATE_FORMAT")
        if first.year == last.year:
            return f"{date_format(first, 'j F')} – {formats.date_format(last, 'DATE_FORMAT')}"
        return f"{formats.date_format(first, 'DATE_FORMAT')} – {formats.date_format(last, 'DATE_FORMAT')}"

    @property
    def count(self):
        return sum(len(entries) for _, entries in self.sections)

    def filename(self, extension):
        return f"{slugify(self.title)[:80] or 'digest'}.{extension}"


def new_on_the_portal(content):
    # Translators: the line under a newsletter digest's title; %(period)s is e.g. "1 September – 21 November 2026".
    return gettext("New on the ASM Knowledge Portal, %(period)s") % {"period": content.period}


def as_html(content):
    return render_to_string("newsletter/email.html", {"digest": content})


MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def md(text):
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def as_markdown(content):
    lines = [f"# {md(content.title)}", "", f"*{md(new_on_the_portal(content))}*", ""]
    for paragraph in content.paragraphs:
        lines += [md(paragraph), ""]
    for section, entries in content.sections:
        lines += [f"## {section.heading}", ""]
        for entry in entries:
            lines.append(f"- **[{md(entry.title)}](<{entry.url}>)**  ")
            if entry.meta:
                lines.append(f"  {md(entry.meta)}  ")
            if entry.summary:
                lines.append(f"  {md(entry.summary)}")
            lines.append("")
    link = f"[{md(gettext('ASM Knowledge Portal'))}](<{content.site_url}>)"
    # Translators: the last line of a newsletter digest in Markdown; %(portal)s is a link named
    # "ASM Knowledge Portal".
    lines += ["---", "", gettext("Browse everything on the %(portal)s.") % {"portal": link}]
    return "\n".join(lines) + "\n"


def wrap(text, indent="", first=None):
    return textwrap.fill(
        text,
        TEXT_WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def as_text(content):
    rule = "=" * min(len(content.title), TEXT_WIDTH)
    lines = [content.title, rule, "", wrap(new_on_the_portal(content)), ""]
    for paragraph in content.paragraphs:
        lines += [wrap(" ".join(paragraph.split())), ""]
    for section, entries in content.sections:
        heading = str(section.heading)
        lines += [heading.upper(), "-" * len(heading), ""]
        for entry in entries:
            lines.append(wrap(entry.title, "  ", first="* "))
            for text in (entry.meta, entry.summary):
                if text:
                    lines.append(wrap(text, "  "))
            lines += [f"  {entry.url}", ""]
    if content.page_url:
        lines += [wrap(content.page_label), f"  {content.page_url}", ""]
    # Translators: the last line of a plain-text newsletter digest; %(url)s is the portal's address.
    lines += ["--", gettext("Browse everything on the ASM Knowledge Portal: %(url)s") % {"url": content.site_url}]
    if content.reason:
        lines += ["", wrap(content.reason)]
    if content.manage_url:
        lines += ["", gettext("Manage your alerts and subscriptions: %(url)s") % {"url": content.manage_url}]
    if content.unsubscribe_url:
        lines += [gettext("Unsubscribe: %(url)s") % {"url": content.unsubscribe_url}]
    return "\n".join(lines) + "\n"


FORMATS = {
    # name: (render, content type, file extension)
    "html": (as_html, "text/html; charset=utf-8", "html"),
    "markdown": (as_markdown, "text/markdown; charset=utf-8", "md"),
    "text": (as_text, "text/plain; charset=utf-8", "txt"),
}
EXTENSIONS = {extension: name for name, (_, _, extension) in FORMATS.items()}


def render_digest(content, name):
    """The digest in format `name` ("html", "markdown", "text"), written in the digest's language."""
    with written_in(content.language):
        return FORMATS[name][0](content)


def saved_language(digest, asked=None):
    """The language a saved digest is shown in: the one asked for (?language=fr), else the one it was
    composed in, else English (digests saved before they had a language were written in English)."""
    criteria = digest.criteria if isinstance(digest.criteria, dict) else {}
    return digest_language(asked) or digest_language(criteria.get("language")) or DEFAULT_LANGUAGE


def saved_sections(digest, absolute, language=DEFAULT_LANGUAGE):
    """A saved digest's records as they are now, in its order, each line written in `language`; those
    no longer published are left out.

    Returns (sections, number left out).
    """
    items = list(digest.items.all())
    sections, missing = [], 0
    for section in SECTIONS:
        content_type = ContentType.objects.get_for_model(section.model)
        ids = [item.object_id for item in items if item.content_type_id == content_type.pk]
        if not ids:
            continue
        records = section.model.objects.published().filter(pk__in=ids).prefetch_related(*section.prefetch)
        by_id = {record.pk: record for record in records}
        missing += len(ids) - len(by_id)
        with written_in(language):
            entries = [section.entry(by_id[pk], absolute) for pk in ids if pk in by_id]
        if entries:
            sections.append((section, entries))
    return sections, missing
