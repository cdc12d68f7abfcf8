"""People's names as citations need them (family name, given names) and their ORCID iDs.

`split_name` turns one undivided name ("Lisa Rende Taylor", "Taylor, Lisa Rende") into its parts,
and says when it is not confident (one word, an acronym, words organisations use): curators then
check it. `parse_people` reads a spreadsheet cell, "Family, Given; Family, Given". Pure functions,
with no model, so the data migration and the imports share them.
"""

import re
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .text import one_line

# Lower-case words that belong to the family name that follows them: "Ludwig van Beethoven",
# "Ana Maria dos Santos", "Abdul bin Rahman".
PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "la",
        "le",
        "ten",
        "ter",
        "bin",
        "binti",
        "ibn",
        "al",
        "el",
        "st",
        "saint",
    ]
)
# Words that say a name is an organisation's, not a person's.
ORGANISATION_WORDS = frozenset(
    [
        "agency",
        "alliance",
        "association",
        "authority",
        "bank",
        "board",
        "bureau",
        "centre",
        "center",
        "coalition",
        "commission",
        "committee",
        "company",
        "cooperative",
        "council",
        "department",
        "division",
        "federation",
        "forum",
        "foundation",
        "fund",
        "group",
        "initiative",
        "institute",
        "institution",
        "international",
        "ltd",
        "ministry",
        "network",
        "office",
        "organisation",
        "organization",
        "partnership",
        "programme",
        "program",
        "project",
        "secretariat",
        "service",
        "society",
        "trust",
        "unit",
        "university",
    ]
)
SEPARATORS = re.compile(r"[;|\n]")  # as every list cell of the spreadsheets
ORCID_RE = re.compile(r"^(?:https?://orcid\.org/)?(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])$", re.IGNORECASE)


class SplitName(NamedTuple):
    family: str
    given: str
    confident: bool


def split_name(name):
    """("Taylor", "Lisa Rende", True) from "Lisa Rende Taylor" or "Taylor, Lisa Rende"."""
    name = " ".join(str(name).split())
    if not name:
        return SplitName("", "", False)
    words = re.findall(r"[\w'’-]+", name.lower())
    organisation_like = any(w in ORGANISATION_WORDS for w in words) or "&" in name
    if "," in name:
        family, _comma, given = (part.strip() for part in name.partition(","))
        confident = bool(family and given) and "," not in given and not organisation_like
        return SplitName(family or given, given if family else "", confident)
    tokens = name.split(" ")
    if len(tokens) == 1 or organisation_like or (name.isupper() and len(name.replace(".", "")) > 1):
        return SplitName(name, "", False)
    # The family name is the last word and the particles just before it ("Nina van der Berg").
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1].lower() in PARTICLES:
        start -= 1
    return SplitName(" ".join(tokens[start:]), " ".join(tokens[:start]), True)


def parse_people(cell):
    """[SplitName] from "Family, Given; Family, Given" (a name without a comma is split as
    written, "Given Family"). Raises ValidationError naming each part it cannot read."""
    people, problems = [], []
    for part in (one_line(p) for p in SEPARATORS.split(str(cell or ""))):
        if not part:
            continue
        if part.count(",") > 1:
            problems.append(part)
            continue
        split = split_name(part)
        if len(split.family) > 200 or len(split.given) > 200:
            problems.append(part[:40] + "…")
            continue
        people.append(split)
    if problems:
        raise ValidationError(
            _("Write each person as “Family, Given”, people separated by “;”. Could not read: %(names)s")
            % {"names": "; ".join(problems)}
        )
    return people


def format_person(family, given):
    """The form imports read and exports write: "Family, Given"; a family name alone of several
    words keeps its comma ("Rende Taylor,"), so reading it back does not split it."""
    if given:
        return f"{family}, {given}"
    return f"{family}," if " " in family else family


def orcid_checksum(base_digits):
    """ISO 7064 MOD 11-2 check character of the first 15 digits of an ORCID iD."""
    total = 0
    for digit in base_digits:
        total = (total + int(digit)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def normalise_orcid(value):
    """ "0000-0002-1825-0097" from any common way of writing it (with the https://orcid.org/ prefix,
    without hyphens, lower-case x), or "" if it is not a well-formed iD with a right check digit."""
    match = ORCID_RE.match(str(value or "").strip())
    if not match:
        return ""
    digits = "".join(match.groups()).upper()
    if orcid_checksum(digits[:15]) != digits[15]:
        return ""
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def validate_orcid(value):
    if value and normalise_orcid(value) != value:
        raise ValidationError(
            _("Enter an ORCID iD as 0000-0002-1825-0097, with its check digit right."), code="invalid_orcid"
        )
