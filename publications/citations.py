"""Citations of publications: RIS, BibTeX and CSL-JSON files, and a formatted reference.

People are cited in the order the curators gave, by family and given names ("Taylor, Lisa Rende");
where a publication names no person, its author organisations (else its publishers) are the
corporate authors, cited whole. The "Cite" box is the CSL-JSON item rendered in APA (7th edition)
by citeproc-py, from the style file beside this module (csl/apa.csl, CC BY-SA).
"""

import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

from citeproc import Citation as CSLCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from django.urls import reverse
from django.utils.encoding import iri_to_uri
from django.utils.html import escape
from django.utils.safestring import mark_safe

from catalog.models import DatePrecision
from catalog.text import clean, one_line

from .models import PublicationOrganisation

Role = PublicationOrganisation.Role

RIS_TYPES = {
    "report": "RPRT",
    "guidance": "RPRT",
    "research": "RPRT",
    "policy-brief": "RPRT",
    "news": "NEWS",
    "case-study": "RPRT",
    "video": "VIDEO",
    "dataset": "DATA",
    "photobook": "BOOK",
}
BIBTEX_TYPES = {
    "report": "techreport",
    "guidance": "techreport",
    "research": "techreport",
    "policy-brief": "techreport",
    "case-study": "techreport",
    "photobook": "book",
}
CSL_TYPES = {
    "report": "report",
    "guidance": "report",
    "research": "report",
    "policy-brief": "report",
    "news": "webpage",
    "case-study": "report",
    "video": "motion_picture",
    "dataset": "dataset",
    "photobook": "book",
}


STYLE_FILE = Path(__file__).parent / "csl" / "apa.csl"


class CitedPerson(NamedTuple):
    family: str
    given: str
    orcid: str = ""

    @property
    def name(self):
        """ "Lisa Rende Taylor"."""
        return f"{self.given} {self.family}".strip()

    @property
    def cited(self):
        """ "Taylor, Lisa Rende": how RIS, Highwire and spreadsheets write a person."""
        return f"{self.family}, {self.given}" if self.given else self.family


class Citation:
    """What every format needs, read once from a publication (with its roles and authors prefetched).

    Text is held to the stored-text rule here, once for every format (text written past a save may
    still break it); line-based formats then put it on one line."""

    def __init__(self, publication, request):
        p = publication
        self.publication = p
        self.title = clean(p.title)
        self.people = [
            CitedPerson(clean(a.person.family_name), clean(a.person.given_names), a.person.orcid)
            for a in p.authors.all()
        ]
        roles = list(p.organisation_roles.all())
        self.author_organisations = [clean(r.organisation.name) for r in roles if r.role == Role.AUTHOR]
        self.publishers = [clean(r.organisation.name) for r in roles if r.role == Role.PUBLISHER]
        self.corporate = [] if self.people else (self.author_organisations or self.publishers)
        self.date = p.publication_date
        self.precision = p.date_precision
        self.year = p.year
        self.page = request.build_absolute_uri(p.get_absolute_url())
        self.url = p.external_url or self.page
        self.pdf = request.build_absolute_uri(reverse("publications:download", args=[p.slug])) if p.file else ""
        self.doi = clean(p.doi)
        self.isbn = clean(p.isbn)
        self.languages = [lang.code for lang in p.languages.all()]
        self.kind = p.kind
        self.abstract = clean(p.summary)

    unique_suffix = ""

    @property
    def key(self):
        return self.base_key + self.unique_suffix

    @property
    def base_key(self):
        first = self.people[0].family if self.people else (self.corporate or ["anon"])[0]
        word = re.sub(r"\W", "", (first.split() or ["anon"])[-1 if self.people else 0]) or "anon"
        title_word = next((w for w in re.findall(r"\w+", self.title.lower()) if len(w) > 3), "untitled")
        return f"{word}{self.year or 'nd'}{title_word}"

    def date_parts(self):
        if not self.date:
            return []
        parts = [self.date.year]
        if self.precision in (DatePrecision.MONTH, DatePrecision.DAY):
            parts.append(self.date.month)
        if self.precision == DatePrecision.DAY:
            parts.append(self.date.day)
        return parts

    def padded_date(self, separator):
        """The known part of the date, zero-padded: "2020/05" or "2014-05-13"."""
        return separator.join(f"{p:02d}" if i else str(p) for i, p in enumerate(self.date_parts()))

    @property
    def highwire_date(self):
        return self.padded_date("/")

    # --- formats -------------------------------------------------------------------------------

    def ris(self):
        lines = [("TY", RIS_TYPES.get(self.kind, "GEN")), ("TI", self.title)]
        lines += [("AU", person.cited) for person in self.people] + [
            ("A2" if self.people else "AU", o) for o in self.corporate
        ]
        if self.date:
            lines.append(("PY", str(self.year)))
            lines.append(("DA", self.padded_date("/")))
        lines += [("PB", name) for name in self.publishers]
        lines.append(("UR", self.url))
        for tag, value in [("DO", self.doi), ("SN", self.isbn), ("L1", self.pdf), ("AB", self.abstract)]:
            if value:
                lines.append((tag, value))
        lines += [("LA", code) for code in self.languages]
        lines.append(("ER", ""))
        return "".join(f"{tag}  - {clean_line(value)}\r\n" for tag, value in lines)

    def bibtex(self):
        entry_type = BIBTEX_TYPES.get(self.kind, "misc")
        fields = {"title": "{" + bib_escape(self.title) + "}"}
        authors = [bib_person(person) for person in self.people] or ["{" + bib_escape(o) + "}" for o in self.corporate]
        if authors:
            fields["author"] = " and ".join(authors)
        if self.year:
            fields["year"] = str(self.year)
        if len(self.date_parts()) > 1:
            fields["month"] = str(self.date_parts()[1])
        if self.publishers:
            fields["institution" if entry_type == "techreport" else "publisher"] = bib_escape(
                ", ".join(self.publishers)
            )
        fields["url"] = bib_verbatim(iri_to_uri(one_line(self.url)))
        for name, value in [
            ("doi", bib_verbatim(self.doi)),
            ("isbn", bib_verbatim(self.isbn)),
            ("abstract", bib_escape(self.abstract)),
        ]:
            if value:
                fields[name] = value
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items())
        return f"@{entry_type}{{{self.key},\n{body}\n}}\n"

    def csl(self):
        item = {"id": self.key, "type": CSL_TYPES.get(self.kind, "document"), "title": self.title, "URL": self.url}
        authors = [csl_person(person) for person in self.people] or [{"literal": o} for o in self.corporate]
        if authors:
            item["author"] = authors
        if self.date:
            item["issued"] = {"date-parts": [self.date_parts()]}
        if self.publishers:
            item["publisher"] = ", ".join(self.publishers)
        for name, value in [("DOI", self.doi), ("ISBN", self.isbn), ("abstract", self.abstract)]:
            if value:
                item[name] = value
        if self.languages:
            item["language"] = self.languages[0]
        return item

    def formatted(self):
        """The reference in APA style, for the "Cite" box, as HTML with the title in italics."""
        return render_csl([self.csl()])[0]


ITALIC_START, ITALIC_END = "\ue000", "\ue001"  # private-use characters: marks no stored text keeps


class Italic(str):
    def __new__(cls, text):
        return super().__new__(cls, f"{ITALIC_START}{text}{ITALIC_END}")


# citeproc's HTML formatter escapes only the style's own words, not the record's text, so the
# processor writes plain text with italics marked, and the whole is escaped before the marks
# become <i> elements.
MARKED = SimpleNamespace(**{name: getattr(formatter.plain, name) for name in dir(formatter.plain)})
MARKED.Italic = MARKED.Oblique = Italic


def unmarked(value):
    if isinstance(value, str):
        return value.replace(ITALIC_START, "").replace(ITALIC_END, "")
    if isinstance(value, list):
        return [unmarked(v) for v in value]
    if isinstance(value, dict):
        return {k: unmarked(v) for k, v in value.items()}
    return value


def render_csl(items):
    """Each CSL-JSON item as a reference-list entry in the portal's citation style (APA), as safe HTML."""
    items = unmarked(items)
    style = CitationStylesStyle(str(STYLE_FILE), validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), MARKED)
    for item in items:
        bibliography.register(CSLCitation([CitationItem(item["id"])]))
    return [
        mark_safe(escape(str(entry)).replace(ITALIC_START, "<i>").replace(ITALIC_END, "</i>"))  # escaped just before
        for entry in bibliography.bibliography()
    ]


def csl_person(person):
    return {"family": person.family, "given": person.given} if person.given else {"family": person.family}


def bib_person(person):
    """ "Taylor, Lisa Rende"; a family name alone, or one BibTeX would misread, is braced whole."""
    family = bib_escape(person.family)
    if not person.given or "," in person.family or " and " in f" {person.family.lower()} ":
        family = "{" + family + "}"
    return f"{family}, {bib_escape(person.given)}" if person.given else family


def clean_line(value):
    return one_line(str(value))  # RIS is line-based: no line break or control character inside a value


# BibTeX counts every brace, escaped or not, so a lone "{" cannot be written as "\{": each LaTeX
# special character becomes a command whose braces balance.
BIB_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    **{c: "\\" + c for c in "%&#$_"},
}
BIB_SPECIAL_RE = re.compile("|".join(map(re.escape, BIB_SPECIAL)))


def bib_escape(text):
    return BIB_SPECIAL_RE.sub(lambda m: BIB_SPECIAL[m.group()], one_line(str(text)))


def bib_verbatim(text):
    """url, doi and isbn are read verbatim (no LaTeX): only what would unbalance the entry goes."""
    return re.sub(r"[{}\\]", "", one_line(str(text)))


def with_unique_keys(citations):
    """Keys like "Taylor2019worker" can repeat in a list; later ones get b, c, ... as reference managers do."""
    seen = {}
    for citation in citations:
        count = seen.get(citation.base_key, 0)
        seen[citation.base_key] = count + 1
        citation.unique_suffix = "" if count == 0 else chr(ord("a") + count) if count < 26 else str(count)
    return citations


def ris_file(citations):
    return "".join(c.ris() + "\r\n" for c in citations)


def bibtex_file(citations):
    return "\n".join(c.bibtex() for c in with_unique_keys(citations))


def csl_file(citations):
    return json.dumps([c.csl() for c in with_unique_keys(citations)], ensure_ascii=False, indent=2)
