"""Interventions in and out as IATI activities (standard 2.03): the export of a filtered listing is
valid against the standard's own schema and lists what the CSV export lists; an export imports
back into an empty catalogue to the same interventions; what cannot be mapped is refused by name."""

import csv
import io
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from lxml import etree

from asmportal.security.roles import CURATORS
from catalog.browse.engine import IGNORED_HEADER
from catalog.models import Organisation, State
from interventions.filters import InterventionFilterSet
from interventions.iati import ORGANISATION_KINDS, ORGANISATION_TYPES, TRANSLATION_COLUMNS, read_activities
from interventions.imports import InterventionResource
from interventions.models import Intervention
from tests.admin_kit import admin_url, confirm
from tests.catalog.test_one_answer import query_strings, values_of
from tests.test_fuzz import queries

SNAPSHOT_FIELDS = (
    "title", "summary", "description", "kind", "status", "focus", "approach", "start_date", "end_date", "budget",
    "currency", "website", "iati_identifier", "original_language", *TRANSLATION_COLUMNS,
)  # fmt: skip
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "standards" / "iati-2.03"
EXPORT = "/interventions/export.iati.xml"


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "iati-activities-schema.xsd")))


def export(client, query=""):
    response = client.get(f"{EXPORT}?{query}" if query else EXPORT)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return response, b"".join(response.streaming_content)


def activities(content):
    return etree.fromstring(content).findall("iati-activity")


def upload(client, name, content):
    """Step 1 of the admin import with the IATI format: the preview."""
    url = admin_url(Intervention, "import")
    form = client.get(url).context["form"]
    index = next(value for value, label in form.fields["format"].choices if label == "IATI XML")
    return client.post(url, {"format": index, "import_file": SimpleUploadedFile(name, content)})


def test_the_demo_export_is_valid_iati_and_says_what_the_records_say(client, demo, schema):
    Organisation.objects.filter(acronym="GEF").update(iati_ref="XM-DAC-47044")
    _, content = export(client)
    assert content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    root = etree.fromstring(content)
    schema.assertValid(root)
    assert (root.get("version"), bool(root.get("generated-datetime"))) == ("2.03", True)
    found = activities(content)
    assert len(found) == Intervention.objects.published().count()
    for activity in found:
        assert activity.find("iati-identifier").text.startswith(settings.IATI_REPORTING_ORG_REF + "-")
        assert activity.find("reporting-org").get("secondary-reporter") == "1"
        assert activity.get("last-updated-datetime")

    record = (
        Intervention.objects.published().exclude(budget=None).exclude(status="").filter(countries__isnull=False)
    ).first()
    activity = next(a for a in found if a.find("title/narrative").text == record.title)
    assert activity.find("activity-status").get("code") == {"implementation": "2", "closed": "4"}.get(
        record.status, activity.find("activity-status").get("code")
    )
    assert {c.get("code") for c in activity.findall("recipient-country")} == set(
        record.countries.values_list("iso2", flat=True)
    )
    assert Decimal(activity.find("budget/value").text) == record.budget
    assert activity.find("budget/value").get("currency") == record.currency
    roles = {(o.find("narrative").text, o.get("role")) for o in activity.findall("participating-org")}
    codes = {"funding": "1", "accountable": "2", "extending": "3", "implementing": "4"}
    assert roles == {(r.organisation.name, codes[r.role]) for r in record.roles.all()}
    # An organisation's IATI identifier, and its type from its kind.
    gef = Organisation.objects.get(acronym="GEF")
    written = {(o.get("ref"), o.get("type")) for a in found for o in a.findall("participating-org")}
    assert ("XM-DAC-47044", ORGANISATION_TYPES[gef.kind]) in written
    # French versions of the text travel as narratives in French.
    assert {n.get("{http://www.w3.org/XML/1998/namespace}lang") for n in activity.findall("title/narrative")} >= {
        None,
        "fr",
    }


def test_document_links_are_the_published_publications_that_document_it(client, demo):
    record = next(i for i in Intervention.objects.published() if i.publications.filter(state=State.PUBLISHED).exists())
    _, content = export(client)
    activity = next(a for a in activities(content) if a.find("title/narrative").text == record.title)
    links = [link.get("url") for link in activity.findall("document-link")]
    expected = [
        f"{settings.SITE_URL}/publications/{slug}/"
        for slug in record.publications.filter(state=State.PUBLISHED).values_list("slug", flat=True)
    ]
    assert sorted(links) == sorted(expected)
    assert all(link.find("category").get("code") == "A12" for link in activity.findall("document-link"))


def test_the_export_reads_a_few_queries_whatever_its_length(client, demo, django_assert_max_num_queries):
    export(client)  # the first request after a write rebuilds the facet index (as in test_query_counts)
    with django_assert_max_num_queries(16):
        _, content = export(client)
    assert len(activities(content)) > 30


def test_the_browse_page_links_the_iati_export_of_what_it_lists(client, demo):
    response = client.get("/interventions/?country=GH")
    assert f'href="{EXPORT}?country=GH"' in response.content.decode()


def test_unknown_values_are_ignored_and_said_as_on_every_export(client, demo):
    response, content = export(client, "country=ZZ")
    assert response[IGNORED_HEADER] == "country=ZZ"
    assert len(activities(content)) == Intervention.objects.published().count()


def test_a_poll_with_the_etag_it_has_gets_not_modified(client, demo):
    first = client.get(EXPORT)
    again = client.get(EXPORT, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize("kind", ["interventions"])
@hypothesis_settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_filter_gives_valid_iati_of_what_the_csv_export_lists(client, demo, schema, kind, data):
    query = data.draw(query_strings(values_of(InterventionFilterSet)), label="query")
    _, content = export(client, query)
    root = etree.fromstring(content)
    if len(root):  # the standard has no file of no activities: an empty listing gives the bare root
        schema.assertValid(root)
    csv_response = client.get(f"/interventions/export.csv?{query}")
    rows = list(csv.DictReader(io.StringIO(b"".join(csv_response.streaming_content).decode("utf-8-sig"))))
    assert [a.find("title/narrative").text for a in root.findall("iati-activity")] == [r["Title"] for r in rows]


@hypothesis_settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries)
def test_odd_query_strings_give_a_well_formed_file_never_a_server_error(client, demo, query):
    response = client.get(f"{EXPORT}?{urlencode(query, errors='surrogatepass')}")
    assert response.status_code < 500
    if response.status_code == 200:
        etree.fromstring(b"".join(response.streaming_content))


def snapshot():
    """What an intervention says, as the IATI exchange carries it."""
    found = {}
    for record in Intervention.objects.prefetch_related(
        "countries", "minerals", "areas_of_work", "topics", "roles__organisation"
    ):
        found[record.slug] = {
            "fields": [getattr(record, name) for name in SNAPSHOT_FIELDS],
            "countries": sorted(c.iso2 for c in record.countries.all()),
            "minerals": sorted(m.slug for m in record.minerals.all()),
            "areas": sorted(a.number for a in record.areas_of_work.all()),
            "topics": sorted(t.slug for t in record.topics.all()),
            "roles": sorted((r.organisation.name, r.organisation.iati_ref, r.role) for r in record.roles.all()),
        }
    return found


def differences(before, after):
    """What differs between two snapshots, record by record and field by field."""
    found = {}
    for slug in before.keys() | after.keys():
        was, now = before.get(slug, {}), after.get(slug, {})
        for key in was.keys() | now.keys():
            if key == "fields" and key in was and key in now:
                for name, old, new in zip(SNAPSHOT_FIELDS, was[key], now[key], strict=True):
                    if old != new:
                        found[f"{slug}.{name}"] = (old, new)
            elif was.get(key) != now.get(key):
                found[f"{slug}.{key}"] = (was.get(key), now.get(key))
    return found


def test_an_export_imports_back_into_an_empty_catalogue_to_the_same_interventions(client, demo, editor):
    # Organisations with IATI identifiers; a description in French and Spanish; a record written in French.
    Organisation.objects.filter(acronym="ILO").update(iati_ref="XM-DAC-41302")  # kept: events name it too
    only_interventions = Organisation.objects.filter(event_roles=None, publication_roles=None, people=None)
    gone = only_interventions.filter(intervention_roles__intervention__state=State.PUBLISHED).distinct()[0]
    Organisation.objects.filter(pk=gone.pk).update(iati_ref="XM-TEST-1")
    published = Intervention.objects.published().exclude(description="").order_by("slug")
    published.filter(slug=published[0].slug).update(description_fr="Ce qu'il fait.", description_es="Lo que hace.")
    published.filter(slug=published[1].slug).update(
        original_language="fr", title_en="Its title in English", title_fr="", summary_fr="", description_fr=""
    )
    _, content = export(client)
    Intervention.objects.exclude(state=State.PUBLISHED).delete()
    before = snapshot()
    # An empty catalogue: no intervention, and none of the organisations only interventions named.
    Intervention.objects.all().delete()
    only_interventions.delete()
    assert not Organisation.objects.filter(iati_ref="XM-TEST-1").exists()
    organisations = Organisation.objects.count()
    client.force_login(editor)

    preview = upload(client, "activities.xml", content)
    assert preview.status_code == 200
    result = preview.context["result"]
    assert not result.has_errors() and not result.has_validation_errors(), [
        (r.number, r.error_dict) for r in result.invalid_rows
    ]
    assert f"new organisation: {gone.name} (XM-TEST-1)" in preview.content.decode()
    assert not Intervention.objects.exists()  # the preview wrote nothing
    assert Organisation.objects.count() == organisations
    confirm(client, Intervention, preview)

    after = snapshot()
    assert after == before, differences(before, after)
    assert set(Intervention.objects.values_list("state", flat=True)) == {State.DRAFT}
    added = Organisation.objects.get(iati_ref="XM-TEST-1")
    assert (added.name, added.kind) == (gone.name, ORGANISATION_KINDS.get(ORGANISATION_TYPES.get(gone.kind), ""))


def test_importing_an_export_again_updates_the_same_records(client, demo, editor):
    _, content = export(client)
    count = Intervention.objects.count()
    client.force_login(editor)
    preview = upload(client, "activities.xml", content)
    assert not preview.context["result"].has_validation_errors()
    confirm(client, Intervention, preview)
    assert Intervention.objects.count() == count


ACTIVITY = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
 <iati-activity xml:lang="en" default-currency="EUR">
  <iati-identifier>XM-DAC-7-1-ASM-{n}</iati-identifier>
  <reporting-org ref="XM-DAC-7" type="10"><narrative>Donor</narrative></reporting-org>
  <title><narrative>Funded activity {n}</narrative></title>
  <description type="1"><narrative>What it does.</narrative></description>
  <participating-org role="{role}"><narrative>International Labour Organization</narrative></participating-org>
  <activity-status code="{status}"/>
  <activity-date type="2" iso-date="2021-03-01"/>
  <recipient-country code="{country}"/>
  <sector vocabulary="1" code="32210"/>
  <budget><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>
   <value value-date="2021-01-01">100000</value></budget>
 </iati-activity>
</iati-activities>
"""


def test_a_funders_activity_imports_as_a_draft_with_its_codes_mapped(client, demo, editor):
    client.force_login(editor)
    content = ACTIVITY.format(n=1, role="1", status="2", country="GH").encode()
    preview = upload(client, "funder.xml", content)
    assert not preview.context["result"].has_validation_errors()
    confirm(client, Intervention, preview)
    record = Intervention.objects.get(iati_identifier="XM-DAC-7-1-ASM-1")
    assert (record.title, record.status, record.state, record.kind) == (
        "Funded activity 1",
        "implementation",
        State.DRAFT,
        "project",
    )
    assert (record.start_date.isoformat(), record.budget, record.currency) == ("2021-03-01", 100000, "EUR")
    assert list(record.countries.values_list("iso2", flat=True)) == ["GH"]
    assert [(r.organisation.name, r.role) for r in record.roles.all()] == [
        ("International Labour Organization", "funding")
    ]


def test_what_cannot_be_mapped_is_refused_by_element_and_code(client, demo, editor):
    client.force_login(editor)
    content = ACTIVITY.format(n=2, role="7", status="9", country="XX").encode()
    count = Intervention.objects.count()
    preview = upload(client, "funder.xml", content)
    html = preview.content.decode()
    assert preview.context["result"].has_validation_errors()
    assert preview.context.get("confirm_form") is None
    assert "activity-status code “9” is not an IATI activity status" in html
    assert "participating-org “International Labour Organization” has role “7”" in html
    assert "recipient-country code “XX” is not an ISO 3166-1 country" in html
    assert "XM-DAC-7-1-ASM-2 (activity 1, line 3):" in html  # which activity, where it starts in the file
    assert Intervention.objects.count() == count


HOSTILE = {
    "billion laughs": (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b"<iati-activities><iati-activity><title><narrative>&lol3;</narrative></title></iati-activity></iati-activities>"
    ),
    "external entity": (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<iati-activities><iati-activity><title><narrative>&xxe;</narrative></title></iati-activity></iati-activities>"
    ),
    "not xml": b"title,slug\nA,b\n",
    "another xml": b'<?xml version="1.0"?><rss><channel/></rss>',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_or_wrong_file_is_refused_with_a_clear_message(client, editor, demo, name):
    client.force_login(editor)
    count = Intervention.objects.count()
    preview = upload(client, "activities.xml", HOSTILE[name])
    errors = " ".join(preview.context["form"].errors.get("import_file", []))
    expected = {
        "billion laughs": "declares a DTD or entities",
        "external entity": "declares a DTD or entities",
        "not xml": "not well-formed XML",
        "another xml": "not an IATI activities file",
    }[name]
    assert expected in errors
    assert Intervention.objects.count() == count


FUNDERS_FILE = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
 <iati-activity xml:lang="fr">
  <iati-identifier>XM-DAC-7-1-ORG-1</iati-identifier>
  <title><narrative>Orpaillage sans enfants</narrative>
   <narrative xml:lang="en">Gold mining without children</narrative>
   <narrative xml:lang="es">Minería de oro sin niños</narrative></title>
  <description><narrative>Ce que fait le projet.</narrative>
   <narrative xml:lang="es">Lo que hace.</narrative></description>
  <participating-org role="1" ref="XM-DAC-7" type="10">
   <narrative>Ministère des Affaires étrangères</narrative></participating-org>
  <participating-org role="4" ref="XM-DAC-41302"><narrative>OIT</narrative></participating-org>
  <participating-org role="4" ref="BF-RCCM-1234" type="22">
   <narrative>Association des orpailleurs</narrative></participating-org>
  {extra}
  <activity-status code="2"/>
 </iati-activity>
 <iati-activity>
  <iati-identifier>XM-DAC-7-1-ORG-2</iati-identifier>
  <title><narrative>Second activity</narrative></title>
  <participating-org role="1" ref="XM-DAC-7">
   <narrative>Netherlands Ministry of Foreign Affairs</narrative></participating-org>
  <participating-org role="2"><narrative>pact</narrative></participating-org>
 </iati-activity>
</iati-activities>
"""


def test_a_funders_organisations_are_found_by_ref_or_name_and_the_others_added(client, demo, curator):
    Organisation.objects.filter(acronym="ILO").update(iati_ref="XM-DAC-41302")
    count = Organisation.objects.count()
    client.force_login(curator)
    preview = upload(client, "funder.xml", FUNDERS_FILE.format(extra="").encode())
    html = preview.content.decode()
    assert not preview.context["result"].has_validation_errors(), html
    assert "new organisation: Ministère des Affaires étrangères (XM-DAC-7)" in html
    assert "new organisation: Association des orpailleurs (BF-RCCM-1234)" in html
    assert "International Labour Organization (ILO)" in html  # found by its ref, whatever the file calls it
    assert Organisation.objects.count() == count  # the preview added nothing
    confirm(client, Intervention, preview)

    assert Organisation.objects.count() == count + 2
    ministry = Organisation.objects.get(iati_ref="XM-DAC-7")
    assert (ministry.name, ministry.kind) == ("Ministère des Affaires étrangères", Organisation.Kind.GOVERNMENT)
    assert Organisation.objects.get(iati_ref="BF-RCCM-1234").kind == Organisation.Kind.NGO
    first = Intervention.objects.get(iati_identifier="XM-DAC-7-1-ORG-1")
    assert sorted((r.organisation.iati_ref, r.role) for r in first.roles.all()) == [
        ("BF-RCCM-1234", "implementing"),
        ("XM-DAC-41302", "implementing"),
        ("XM-DAC-7", "funding"),
    ]
    second = Intervention.objects.get(iati_identifier="XM-DAC-7-1-ORG-2")
    # The same ref later in the file is the organisation added for it; a name matches case-insensitively.
    assert sorted((r.organisation.name, r.role) for r in second.roles.all()) == [
        ("Ministère des Affaires étrangères", "funding"),
        ("Pact", "accountable"),
    ]
    # The text in the activity's language is the original; the other narratives its translations.
    assert (first.original_language, first.title, first.title_en, first.title_es, first.title_fr) == (
        "fr",
        "Orpaillage sans enfants",
        "Gold mining without children",
        "Minería de oro sin niños",
        "",
    )
    assert (first.description, first.description_es) == ("Ce que fait le projet.", "Lo que hace.")


def test_who_may_not_add_organisations_is_told_and_nothing_is_added(client, demo, curator):
    Group.objects.get(name=CURATORS).permissions.remove(Permission.objects.get(codename="add_organisation"))
    count = Organisation.objects.count()
    client.force_login(curator)
    preview = upload(client, "funder.xml", FUNDERS_FILE.format(extra="").encode())
    html = preview.content.decode()
    assert preview.context.get("confirm_form") is None
    assert "Not in the catalogue: “Ministère des Affaires étrangères (XM-DAC-7)”" in html
    assert "You may not add organisations" in html
    assert Organisation.objects.count() == count


def test_an_organisation_with_neither_name_nor_ref_refuses_its_activity(client, demo, editor):
    client.force_login(editor)
    extra = '<participating-org role="3" type="10"/>'
    preview = upload(client, "funder.xml", FUNDERS_FILE.format(extra=extra).encode())
    assert preview.context.get("confirm_form") is None
    assert "has neither a name (narrative) nor an identifier (ref)" in preview.content.decode()


def test_a_file_refused_at_the_confirm_adds_no_organisation(demo, editor):
    # What the admin's confirm does (catalog.curation): a row refused then rolls the whole file back.
    extra = '<recipient-country code="XX"/>'
    dataset = read_activities(FUNDERS_FILE.format(extra=extra).encode())
    count = Organisation.objects.count()
    result = InterventionResource().import_data(
        dataset, dry_run=False, use_transactions=True, rollback_on_validation_errors=True, user=editor
    )
    assert result.has_validation_errors()
    assert Organisation.objects.count() == count
    assert not Intervention.objects.filter(iati_identifier__startswith="XM-DAC-7-1-ORG").exists()
