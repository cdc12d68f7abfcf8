"""Interventions as IATI activities (IATI Standard 2.03): the export of a filtered listing, and the
reader that turns an IATI activities file into the rows the intervention import checks and saves.

The two are one mapping, read both ways, so an export imports back to the same interventions:

- `iati-identifier`: the intervention's IATI identifier, else `<IATI_REPORTING_ORG_REF>-<slug>`;
  the slug also travels as an `other-identifier` of type A1 (the reporter's own identifier).
- `reporting-org`: the portal (`IATI_REPORTING_ORG_REF`), as a secondary reporter.
- status, organisation roles, countries: IATI ActivityStatus, OrganisationRole, ISO 3166-1 alpha-2.
- organisations: `participating-org` with the organisation's IATI identifier (`ref`, when it has one), an
  IATI OrganisationType from its kind (`type`), and its name. The import finds each by `ref`, then by
  name or acronym, and adds the ones the catalogue does not hold yet.
- text: the original in the activity's language (`xml:lang`), each translation as a narrative of its own.
- areas of work: a DAC 5-digit sector each (vocabulary 1), and the portal's own area numbers
  (vocabulary 99, `vocabulary-uri` naming the portal's list), which the import reads.
- kind, focus, approach, minerals and topics: `tag`s of vocabulary 99, one vocabulary-uri each.
- what the standard requires but the portal does not know (a status, any date) is given as the
  standard asks, and said to be unknown by a `tag` the import reads back.
"""

import json
from decimal import Decimal, InvalidOperation

import tablib
from django.conf import settings
from django.db.models import Prefetch
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext
from django.views import View
from import_export.formats.base_formats import Format
from lxml import etree

from catalog.models import Country, Organisation
from catalog.models.translations import TRANSLATION_LANGUAGES, RecordLanguage, primary

from .models import Intervention, InterventionRole
from .record_type import INTERVENTIONS

VERSION = "2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CHUNK = 500
MAX_BYTES = 5 * 1024 * 1024  # as the spreadsheet import (catalog.curation.IMPORT_MAX_BYTES)
MAX_ACTIVITIES = 5000

Status = Intervention.Status
Role = InterventionRole.Role

# IATI ActivityStatus codelist.
STATUS_CODES = {
    Status.PIPELINE: "1",
    Status.IMPLEMENTATION: "2",
    Status.FINALISATION: "3",
    Status.CLOSED: "4",
    Status.CANCELLED: "5",
    Status.SUSPENDED: "6",
}
# IATI OrganisationRole codelist, and the import's column for each role.
ROLE_CODES = {Role.FUNDING: "1", Role.ACCOUNTABLE: "2", Role.EXTENDING: "3", Role.IMPLEMENTING: "4"}
ROLE_COLUMNS = {
    Role.FUNDING: "funders",
    Role.ACCOUNTABLE: "accountable",
    Role.EXTENDING: "extending",
    Role.IMPLEMENTING: "implementers",
}
# IATI OrganisationType codelist, from the portal's kinds of organisation (90 "Other" for the kinds the
# codelist has no place for).
Kind = Organisation.Kind
ORGANISATION_TYPES = {
    Kind.UN_AGENCY: "40",  # Multilateral
    Kind.INTERGOVERNMENTAL: "40",
    Kind.GOVERNMENT: "10",  # Government
    Kind.NGO: "21",  # International NGO
    Kind.RESEARCH: "80",  # Academic, Training and Research
    Kind.PRIVATE: "70",  # Private Sector
    Kind.FOUNDATION: "60",  # Foundation
    Kind.MULTI_STAKEHOLDER: "90",  # Other
    Kind.MINERS: "90",
}
# The kind of an organisation the import adds, from its IATI type; a type with no kind of its own
# (90 Other, or one not in the codelist) leaves the kind blank for a curator to choose.
ORGANISATION_KINDS = {
    **dict.fromkeys(["10", "11", "15"], Kind.GOVERNMENT),  # government, local government, other public sector
    **dict.fromkeys(["21", "22", "23", "24"], Kind.NGO),  # international, national, regional, partner-country NGO
    "30": Kind.MULTI_STAKEHOLDER,  # Public Private Partnership
    "40": Kind.INTERGOVERNMENTAL,  # Multilateral
    "60": Kind.FOUNDATION,
    **dict.fromkeys(["70", "71", "72", "73"], Kind.PRIVATE),  # private sector, in provider/recipient/third country
    "80": Kind.RESEARCH,
}
# OECD DAC 5-digit purpose codes (IATI sector vocabulary 1) for the nine areas of work.
DAC_SECTORS = {
    1: "32210",  # Mineral/mining policy and administrative management (child-labour-free zones)
    2: "15150",  # Democratic participation and civil society
    3: "11220",  # Primary education
    4: "32210",  # Mineral/mining policy and administrative management
    5: "15160",  # Human rights
    6: "43082",  # Research/scientific institutions
    7: "24040",  # Informal/semi-formal financial intermediaries
    8: "11330",  # Vocational training
    9: "16010",  # Social protection
}
# IATI DocumentCategory: A12 Results, outcomes and outputs.
DOCUMENT_CATEGORY = "A12"
# Activity date types: 1 planned start, 2 actual start, 3 planned end, 4 actual end.
STARTED = {Status.IMPLEMENTATION, Status.FINALISATION, Status.CLOSED, Status.SUSPENDED}
ENDED = {Status.FINALISATION, Status.CLOSED, Status.CANCELLED}
# The portal's own vocabularies, each a `tag` (or, for areas of work, a `sector`) of vocabulary 99.
TAGS = ("kind", "focus", "approach", "mineral", "topic", "unknown")
UNKNOWN_STATUS, UNKNOWN_DATES, UNKNOWN_ORGANISATIONS = "status", "dates", "organisations"


def reporting_ref():
    return settings.IATI_REPORTING_ORG_REF


def vocabulary_uri(name):
    """The address naming one of the portal's vocabularies: its browse page and the facet's name."""
    return f"{settings.SITE_URL}{reverse('interventions:list')}#{name}"


def identifier_of(intervention):
    return intervention.iati_identifier or f"{reporting_ref()}-{intervention.slug}"


def dates_of(intervention):
    """[(IATI activity-date type, date)], chosen by status: a start is actual once the intervention is
    under way (or past it), an end is actual once it is finalised, closed or cancelled."""
    status, today = intervention.status, timezone.localdate()
    found = []
    if intervention.start_date:
        started = status in STARTED or (not status and intervention.start_date <= today)
        found.append(("2" if started else "1", intervention.start_date))
    if intervention.end_date:
        ended = status in ENDED or (not status and intervention.end_date < today)
        found.append(("4" if ended else "3", intervention.end_date))
    return found


def guessed_status(intervention):
    """An unknown status, as the dates suggest (the standard requires one; a tag says it was guessed)."""
    today = timezone.localdate()
    if intervention.end_date and intervention.end_date < today:
        return "4"
    if intervention.start_date and intervention.start_date <= today:
        return "2"
    return "1"


def shares(count):
    """Percentages of a split in `count` equal parts, adding up to exactly 100."""
    if count < 2:
        return [None] * count
    base = Decimal(100) / count
    base = base.quantize(Decimal("0.01"), rounding="ROUND_DOWN")
    return [base + (Decimal(100) - base * count)] + [base] * (count - 1)


class Writer:
    """Builds the `iati-activity` element of each intervention."""

    def __init__(self):
        self.site = settings.SITE_URL
        self.uris = {name: vocabulary_uri(name) for name in (*TAGS, "area")}
        self.publication_page = self.site + reverse("publications:detail", args=["__slug__"])

    @staticmethod
    def narratives(parent, obj, field, lang):
        """The text in its original language (the activity's), then each translation curators gave."""
        original = getattr(obj, field) or ""
        etree.SubElement(parent, "narrative").text = original
        for code in TRANSLATION_LANGUAGES:
            text = getattr(obj, f"{field}_{code}", "")
            if code != lang and text:
                etree.SubElement(parent, "narrative", {XML_LANG: code}).text = text

    def tag(self, activity, vocabulary, code, name=""):
        element = etree.SubElement(
            activity, "tag", {"vocabulary": "99", "vocabulary-uri": self.uris[vocabulary], "code": str(code)}
        )
        if name:
            etree.SubElement(element, "narrative").text = name

    def activity(self, intervention):
        lang = primary(intervention.original_language)
        activity = etree.Element(
            "iati-activity",
            {XML_LANG: lang, "last-updated-datetime": intervention.updated.isoformat(timespec="seconds")},
        )
        if intervention.currency:
            activity.set("default-currency", intervention.currency)
        etree.SubElement(activity, "iati-identifier").text = identifier_of(intervention)
        reporter = etree.SubElement(
            activity, "reporting-org", {"ref": reporting_ref(), "type": "90", "secondary-reporter": "1"}
        )
        etree.SubElement(reporter, "narrative").text = settings.IATI_REPORTING_ORG_NAME
        self.narratives(etree.SubElement(activity, "title"), intervention, "title", lang)
        described = False
        if intervention.description:
            self.narratives(etree.SubElement(activity, "description", type="1"), intervention, "description", lang)
            described = True
        if intervention.summary or not described:
            self.narratives(etree.SubElement(activity, "description", type="4"), intervention, "summary", lang)
        self.organisations(activity, intervention)
        other = etree.SubElement(activity, "other-identifier", ref=intervention.slug, type="A1")
        owner = etree.SubElement(other, "owner-org", ref=reporting_ref())
        etree.SubElement(owner, "narrative").text = settings.IATI_REPORTING_ORG_NAME
        etree.SubElement(
            activity, "activity-status", code=STATUS_CODES.get(intervention.status) or guessed_status(intervention)
        )
        dates = dates_of(intervention)
        if dates:
            for kind, day in dates:
                etree.SubElement(activity, "activity-date", type=kind, **{"iso-date": day.isoformat()})
        else:
            # The standard requires a date: the day the portal published the record, said to be no more.
            publication_day = etree.SubElement(
                activity, "activity-date", type="1", **{"iso-date": self.published_day(intervention).isoformat()}
            )
            etree.SubElement(
                publication_day, "narrative", {XML_LANG: "en"}
            ).text = "Dates unknown: the day the record was published on the portal."
        if intervention.website:
            contact = etree.SubElement(activity, "contact-info")
            etree.SubElement(contact, "website").text = intervention.website
        countries = list(intervention.countries.all())
        for country, share in zip(countries, shares(len(countries)), strict=True):
            element = etree.SubElement(activity, "recipient-country", code=country.iso2)
            if share is not None:
                element.set("percentage", str(share))
            etree.SubElement(element, "narrative", {XML_LANG: "en"}).text = country.name
        self.sectors(activity, list(intervention.areas_of_work.all()))
        self.tags(activity, intervention)
        self.budget(activity, intervention)
        for publication in intervention.publications.all():
            self.document(activity, publication)
        return activity

    @staticmethod
    def published_day(intervention):
        moment = intervention.published_at or intervention.created
        return timezone.localdate(moment)

    def organisations(self, activity, intervention):
        roles = sorted(intervention.roles.all(), key=lambda r: (ROLE_CODES[r.role], r.organisation.name))
        for role in roles:
            element = etree.SubElement(activity, "participating-org", role=ROLE_CODES[role.role])
            if role.organisation.iati_ref:
                element.set("ref", role.organisation.iati_ref)
            kind = ORGANISATION_TYPES.get(role.organisation.kind)
            if kind:
                element.set("type", kind)
            etree.SubElement(element, "narrative").text = role.organisation.name
        if not roles:
            # The standard requires one; with no name it says only that none is known.
            etree.SubElement(activity, "participating-org", role=ROLE_CODES[Role.IMPLEMENTING])

    def sectors(self, activity, areas):
        dac = {}
        for area in areas:
            dac.setdefault(DAC_SECTORS[area.number], []).append(area)
        for (code, _), share in zip(dac.items(), shares(len(dac)), strict=True):
            element = etree.SubElement(activity, "sector", vocabulary="1", code=code)
            if share is not None:
                element.set("percentage", str(share))
        for area, share in zip(areas, shares(len(areas)), strict=True):
            element = etree.SubElement(
                activity, "sector", {"vocabulary": "99", "vocabulary-uri": self.uris["area"], "code": str(area.number)}
            )
            if share is not None:
                element.set("percentage", str(share))
            etree.SubElement(element, "narrative", {XML_LANG: "en"}).text = area.name

    def tags(self, activity, intervention):
        for name in ("kind", "focus", "approach"):
            value = getattr(intervention, name)
            if value:
                self.tag(activity, name, value)
        for mineral in intervention.minerals.all():
            self.tag(activity, "mineral", mineral.slug, mineral.name)
        for topic in intervention.topics.all():
            self.tag(activity, "topic", topic.slug, topic.name)
        if not intervention.status:
            self.tag(activity, "unknown", UNKNOWN_STATUS)
        if not (intervention.start_date or intervention.end_date):
            self.tag(activity, "unknown", UNKNOWN_DATES)
        if not intervention.roles.all():
            self.tag(activity, "unknown", UNKNOWN_ORGANISATIONS)  # the empty participating-org names none

    def budget(self, activity, intervention):
        if intervention.budget is None:
            return
        start = intervention.start_date or intervention.end_date or self.published_day(intervention)
        end = max(intervention.end_date or start, start)
        element = etree.SubElement(activity, "budget", type="1", status="1")
        etree.SubElement(element, "period-start", {"iso-date": start.isoformat()})
        etree.SubElement(element, "period-end", {"iso-date": end.isoformat()})
        value = etree.SubElement(element, "value", {"value-date": start.isoformat()})
        if intervention.currency:
            value.set("currency", intervention.currency)
        value.text = str(intervention.budget)

    def document(self, activity, publication):
        url = self.publication_page.replace("__slug__", publication.slug)
        link = etree.SubElement(activity, "document-link", url=url, format="text/html")
        title = etree.SubElement(link, "title")
        etree.SubElement(title, "narrative").text = publication.title
        etree.SubElement(link, "category", code=DOCUMENT_CATEGORY)
        if publication.publication_date:
            etree.SubElement(link, "document-date", {"iso-date": publication.publication_date.isoformat()})


def export_queryset():
    """Published interventions with everything an activity says, and their published publications."""
    publications = Intervention._meta.get_field("publications").related_model.objects.published()
    return (
        Intervention.objects.published()
        .with_detail()
        .prefetch_related(
            "minerals", "topics", Prefetch("publications", publications.order_by("-publication_date", "title"))
        )
    )


def activities_xml(interventions):
    """The IATI activities file of `interventions`, as text, a few hundred activities at a time."""
    writer = Writer()
    generated = timezone.now().isoformat(timespec="seconds")
    root = f'<iati-activities version="{VERSION}" generated-datetime="{generated}">'
    pending = [f'<?xml version="1.0" encoding="UTF-8"?>\n{root}\n']
    for index, intervention in enumerate(interventions, start=1):
        pending.append(etree.tostring(writer.activity(intervention), encoding="unicode", pretty_print=True))
        if index % CHUNK == 0:
            yield "".join(pending)
            pending = []
    pending.append("</iati-activities>\n")
    yield "".join(pending)


class IATIExportView(View):
    """The filtered listing's interventions (exactly those the page lists) as IATI activities."""

    def get(self, request):
        query = INTERVENTIONS.query(request.GET, request=request)
        interventions = query.records(export_queryset(), chunk=CHUNK)
        response = StreamingHttpResponse(activities_xml(interventions), content_type="application/xml; charset=utf-8")
        filename = slugify(query.describe(INTERVENTIONS.noun))[:80] or "interventions"
        response["Content-Disposition"] = f'attachment; filename="{filename}.iati.xml"'
        response["X-Content-Type-Options"] = "nosniff"
        return query.announce(response)


# --- Reading an IATI activities file into the intervention import's rows ----------------------------

# The columns an IATI file fills, in the import's own names, and some of its own: what of the activity
# could not be mapped, and where in the file it is (a row is refused for it, with the reasons); each
# participating organisation with its IATI identifier and type; the record's language and translations.
COLUMNS = [
    "title", "slug", "summary", "kind", "status", "focus", "approach", "start_date", "end_date", "budget",
    "currency", "website", "iati_identifier", "description", "countries", "minerals", "areas_of_work", "topics",
    "funders", "implementers", "accountable", "extending",
]  # fmt: skip
PROBLEMS_COLUMN = "iati_problems"
ORGANISATIONS_COLUMN = "iati_organisations"  # JSON: [[role column, name, ref, type], ...]
LANGUAGE_COLUMN = "original_language"
TRANSLATION_COLUMNS = tuple(
    f"{field}_{code}" for field in Intervention.TRANSLATED_FIELDS for code in TRANSLATION_LANGUAGES
)
IATI_COLUMNS = (PROBLEMS_COLUMN, ORGANISATIONS_COLUMN, LANGUAGE_COLUMN, *TRANSLATION_COLUMNS)
RECORD_LANGUAGES = set(RecordLanguage.values)
REF_MAX = Organisation._meta.get_field("iati_ref").max_length
NAME_MAX = Organisation._meta.get_field("name").max_length


class IATIFileError(ValueError):
    """The file is not an IATI activities file the import can read: the message says why."""


def parse(data):
    """The XML tree of `data`, read safely: no DTD, no entities, no network, no huge trees."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_BYTES:
        raise IATIFileError(gettext("The file is larger than 5 MB; split it into smaller files."))
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, dtd_validation=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise IATIFileError(gettext("The file is not well-formed XML: %(error)s") % {"error": exc}) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise IATIFileError(gettext("The file declares a DTD or entities, which IATI files never do; it was not read."))
    if root.tag != "iati-activities":
        raise IATIFileError(
            gettext("The file is XML but not an IATI activities file: its root element is “%(tag)s”.")
            % {"tag": root.tag}
        )
    return root


def text_of(element, lang):
    """An element's narrative in `lang` (the activity's language), or the first one."""
    if element is None:
        return ""
    narratives = element.findall("narrative")
    for narrative in narratives:
        if narrative.get(XML_LANG) in (None, lang):
            return (narrative.text or "").strip()
    return (narratives[0].text or "").strip() if narratives else ""


def texts_of(element, lang):
    """An element's text in `lang` (as text_of), and its narratives in the portal's other interface
    languages: {"fr": ..., "es": ...}, the translations a record keeps."""
    translations = {}
    if element is None:
        return "", translations
    for narrative in element.findall("narrative"):
        code = primary(narrative.get(XML_LANG) or lang)
        text = (narrative.text or "").strip()
        if code != lang and code in TRANSLATION_LANGUAGES and text:
            translations.setdefault(code, text)
    return text_of(element, lang), translations


class Reader:
    """Maps each `iati-activity` to a row of the intervention import, or to the reasons it cannot."""

    def __init__(self):
        self.countries = set(Country.objects.values_list("iso2", flat=True))
        self.uris = {vocabulary_uri(name): name for name in (*TAGS, "area")}
        self.prefix = f"{reporting_ref()}-"
        self.statuses = {code: status for status, code in STATUS_CODES.items()}
        self.roles = {code: role for role, code in ROLE_CODES.items()}

    def dataset(self, root):
        activities = root.findall("iati-activity")
        if not activities:
            raise IATIFileError(gettext("The file holds no iati-activity."))
        if len(activities) > MAX_ACTIVITIES:
            raise IATIFileError(
                gettext("The file holds %(count)d activities; import at most %(limit)d at a time.")
                % {"count": len(activities), "limit": MAX_ACTIVITIES}
            )
        rows = [self.row(activity, root, number) for number, activity in enumerate(activities, start=1)]
        # An activity the catalogue already holds (by its IATI identifier) updates that intervention.
        known = dict(
            Intervention.objects.filter(
                iati_identifier__in=[r["iati_identifier"] for r in rows if r["iati_identifier"]]
            ).values_list("iati_identifier", "slug")
        )
        dataset = tablib.Dataset(headers=[*COLUMNS, *IATI_COLUMNS])
        for row in rows:
            if not row["slug"] and row["iati_identifier"] in known:
                row["slug"] = known[row["iati_identifier"]]
            dataset.append([row.get(column, "") for column in dataset.headers])
        return dataset

    def row(self, activity, root, number):
        lang = primary(activity.get(XML_LANG) or root.get(XML_LANG) or "en")
        problems = []
        identifier = (activity.findtext("iati-identifier") or "").strip()
        row = {"iati_identifier": identifier, "slug": ""}
        # A language the portal's records are not written in leaves the record's as it is (English if new).
        row[LANGUAGE_COLUMN] = lang if lang in RECORD_LANGUAGES else ""
        self.text(row, "title", activity.find("title"), lang)
        # Translators: which activity of an IATI file a row of the import is, e.g. "XM-DAC-7-1-123 (activity 2,
        # line 40)"; the reasons it cannot be imported follow.
        where = gettext("%(identifier)s (activity %(number)d, line %(line)d):") % {
            "identifier": identifier or "?",
            "number": number,
            "line": activity.sourceline,
        }
        for other in activity.findall("other-identifier"):
            owner = other.find("owner-org")
            if other.get("type") == "A1" and owner is not None and owner.get("ref") == reporting_ref():
                row["slug"] = (other.get("ref") or "").strip()
        if identifier.startswith(self.prefix) and identifier[len(self.prefix) :] in ("", row["slug"]):
            row["iati_identifier"] = ""  # made by the portal from the slug: not an identifier of its own
        descriptions = {element.get("type") or "1": element for element in reversed(activity.findall("description"))}
        self.text(row, "description", descriptions.get("1"), lang)
        self.text(row, "summary", descriptions.get("4"), lang)
        tags = self.tags(activity, row)
        self.status(activity, row, tags, problems)
        self.dates(activity, row, tags)
        self.organisations(activity, row, lang, tags, problems)
        self.countries_of(activity, row, problems)
        self.budget(activity, row, problems)
        website = activity.find("contact-info/website")
        row["website"] = (website.text or "").strip() if website is not None else ""
        row["kind"] = row.get("kind") or Intervention.Kind.PROJECT
        row[PROBLEMS_COLUMN] = " ".join([where, *problems]) if problems else ""
        return row

    @staticmethod
    def text(row, field, element, lang):
        row[field], translations = texts_of(element, lang)
        for code, text in translations.items():
            row[f"{field}_{code}"] = text

    def tags(self, activity, row):
        found = {name: [] for name in (*TAGS, "area")}
        for element in [*activity.findall("tag"), *activity.findall("sector")]:
            name = self.uris.get(element.get("vocabulary-uri"))
            if element.get("vocabulary") == "99" and name:
                found[name].append((element.get("code") or "").strip())
        for name in ("kind", "focus", "approach"):
            row[name] = found[name][0] if found[name] else ""
        row["minerals"] = "; ".join(found["mineral"])
        row["topics"] = "; ".join(found["topic"])
        row["areas_of_work"] = "; ".join(found["area"])
        return set(found["unknown"])

    def status(self, activity, row, tags, problems):
        element = activity.find("activity-status")
        code = (element.get("code") or "").strip() if element is not None else ""
        if UNKNOWN_STATUS in tags or not code:
            row["status"] = ""
        elif code in self.statuses:
            row["status"] = self.statuses[code]
        else:
            problems.append(
                gettext(
                    "activity-status code “%(code)s” is not an IATI activity status (1 Pipeline, 2 Implementation, "
                    "3 Finalisation, 4 Closed, 5 Cancelled, 6 Suspended)."
                )
                % {"code": code}
            )

    @staticmethod
    def dates(activity, row, tags):
        found = {}
        for element in activity.findall("activity-date"):
            found.setdefault(element.get("type"), (element.get("iso-date") or "")[:10])
        if UNKNOWN_DATES in tags:
            found = {}
        # An actual date over a planned one.
        row["start_date"] = found.get("2") or found.get("1") or ""
        row["end_date"] = found.get("4") or found.get("3") or ""

    def organisations(self, activity, row, lang, tags, problems):
        """Each role's organisations: their names in the role's column (as a spreadsheet names them, for
        the preview of a refused row), and with their IATI identifier and type in ORGANISATIONS_COLUMN."""
        names = {column: [] for column in ROLE_COLUMNS.values()}
        found = []
        for element in activity.findall("participating-org"):
            code = (element.get("role") or "").strip()
            ref = (element.get("ref") or "").strip()
            name = text_of(element, lang)[:NAME_MAX].strip()
            if not (name or ref):
                if UNKNOWN_ORGANISATIONS not in tags:  # the portal's own "no organisation known" says so
                    problems.append(
                        gettext(
                            "A participating-org (role “%(code)s”) has neither a name (narrative) nor an "
                            "identifier (ref): the portal cannot tell which organisation it is."
                        )
                        % {"code": code}
                    )
                continue
            if code not in self.roles:
                problems.append(
                    gettext(
                        "participating-org “%(name)s” has role “%(code)s”, not an IATI organisation role "
                        "(1 Funding, 2 Accountable, 3 Extending, 4 Implementing)."
                    )
                    % {"name": name or ref, "code": code}
                )
                continue
            if len(ref) > REF_MAX:
                problems.append(
                    gettext("participating-org ref “%(ref)s” is longer than %(limit)d characters.")
                    % {"ref": ref, "limit": REF_MAX}
                )
                continue
            column = ROLE_COLUMNS[self.roles[code]]
            if (name or ref) not in names[column]:
                names[column].append(name or ref)
            found.append([column, name, ref, (element.get("type") or "").strip()])
        row.update({column: "; ".join(listed) for column, listed in names.items()})
        row[ORGANISATIONS_COLUMN] = json.dumps(found, ensure_ascii=False) if found else ""

    def countries_of(self, activity, row, problems):
        codes = []
        for element in activity.findall("recipient-country"):
            code = (element.get("code") or "").strip().upper()
            if code not in self.countries:
                problems.append(
                    gettext("recipient-country code “%(code)s” is not an ISO 3166-1 country the portal knows.")
                    % {"code": code}
                )
            elif code not in codes:
                codes.append(code)
        row["countries"] = "; ".join(codes)

    @staticmethod
    def budget(activity, row, problems):
        budgets = activity.findall("budget")
        revised = [b for b in budgets if b.get("type") == "2"]
        total, currencies = None, set()
        for element in revised or budgets:
            value = element.find("value")
            if value is None:
                continue
            try:
                amount = Decimal((value.text or "").strip())
            except InvalidOperation:
                problems.append(
                    gettext("budget value “%(value)s” is not a number.") % {"value": (value.text or "").strip()}
                )
                continue
            total = amount if total is None else total + amount
            currencies.add(value.get("currency") or activity.get("default-currency") or "")
        if len(currencies) > 1:
            problems.append(
                gettext("The budgets are in several currencies (%(currencies)s); the portal keeps one.")
                % {"currencies": ", ".join(sorted(c for c in currencies if c))}
            )
        row["budget"] = "" if total is None else str(total)
        row["currency"] = next(iter(currencies), "") if len(currencies) == 1 else ""


class Organisations:
    """The organisations an IATI file names, each found once for the whole file: by IATI identifier
    (`ref`), then by name or acronym (case-insensitive, as the spreadsheet import matches); any other is
    new to the catalogue. The check (`create=False`) only plans a new one, for the preview to show; the
    import adds it, in the import's own transaction (a refused file adds none), when `actor` may add
    organisations. A new one found again later in the file (by ref or name) is the same."""

    def __init__(self, actor, create):
        self.may_add = actor is None or actor.has_perm("catalog.add_organisation")  # None: the operator
        self.create = create
        self.by_ref, self.by_name, self.slugs = {}, {}, None
        for organisation in Organisation.objects.only("name", "acronym", "iati_ref", "slug"):
            self.remember(organisation)

    def remember(self, organisation):
        if organisation.iati_ref:
            self.by_ref.setdefault(organisation.iati_ref.casefold(), organisation)
        for key in (organisation.acronym, organisation.name):
            if key:
                self.by_name.setdefault(key.strip().casefold(), organisation)

    def find(self, name, ref, kind_code):
        """The organisation named by `name` and `ref`; None if it is new and `actor` may not add it."""
        found = (ref and self.by_ref.get(ref.casefold())) or (name and self.by_name.get(name.casefold()))
        if found:
            return found
        if not self.may_add:
            return None
        organisation = Organisation(
            name=name or ref, iati_ref=ref, kind=ORGANISATION_KINDS.get(kind_code, ""), slug=self.slug(name or ref)
        )
        organisation.iati_new = True
        if self.create:
            organisation.full_clean()
            organisation.save()
        self.remember(organisation)
        return organisation

    def slug(self, name):
        if self.slugs is None:
            self.slugs = set(Organisation.objects.values_list("slug", flat=True))
        limit = Organisation._meta.get_field("slug").max_length
        base = slugify(name)[: limit - 6].strip("-") or "organisation"
        slug, number = base, 1
        while slug in self.slugs:
            number += 1
            slug = f"{base}-{number}"
        self.slugs.add(slug)
        return slug

    @staticmethod
    def label(organisation):
        """How the preview names it: as the catalogue does, or as new, with its identifier."""
        if not getattr(organisation, "iati_new", False):
            return str(organisation)
        if organisation.iati_ref and organisation.iati_ref != organisation.name:
            # Translators: an organisation an IATI import adds to the catalogue: its name and IATI identifier.
            return gettext("new organisation: %(name)s (%(ref)s)") % {
                "name": organisation.name,
                "ref": organisation.iati_ref,
            }
        # Translators: an organisation an IATI import adds to the catalogue.
        return gettext("new organisation: %(name)s") % {"name": organisation.name}

    def resolve(self, cell):
        """{role column: [organisation, ...]} of a row's ORGANISATIONS_COLUMN, and {role column: [the
        names of the new organisations `actor` may not add]}."""
        found, refused = {column: [] for column in ROLE_COLUMNS.values()}, {}
        for column, name, ref, kind_code in json.loads(cell or "[]"):
            organisation = self.find(name, ref, kind_code)
            if organisation is None:
                refused.setdefault(column, []).append(f"{name} ({ref})" if name and ref else name or ref)
            elif not any(organisation is held for held in found[column]):
                found[column].append(organisation)
        return found, refused


def read_activities(data):
    """The import dataset of an IATI activities file (bytes or text)."""
    return Reader().dataset(parse(data))


class IATIActivities(Format):
    """The import's format for IATI activities files (XML, standard 2.x)."""

    def __init__(self, encoding=None):
        self.encoding = encoding

    def get_title(self):
        return "IATI XML"

    def create_dataset(self, in_stream):
        return read_activities(in_stream)

    def get_extension(self):
        return "xml"

    def get_content_type(self):
        return "application/xml"

    def can_import(self):
        return True

    def is_binary(self):
        return True

    def get_read_mode(self):
        return "rb"
