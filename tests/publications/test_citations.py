"""Citations that reference managers and scholars' tools read: RIS, BibTeX, CSL-JSON, meta tags."""

import json
import re
from datetime import date

import bibtexparser
import pytest
import rispy
from django.core.files.uploadedfile import SimpleUploadedFile

from catalog.models import Language, State
from tests.factories import (
    OrganisationFactory,
    PublicationAuthorFactory,
    PublicationFactory,
    PublicationOrganisationFactory,
)


@pytest.fixture
def paper(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    publication = PublicationFactory(
        title="Worker feedback technologies",
        kind="research",
        publication_date=date(2019, 6, 1),
        date_precision="month",
        doi="10.1234/wft.2019",
        external_url="",
        file=SimpleUploadedFile("paper.pdf", b"%PDF-1.7 paper", content_type="application/pdf"),
    )
    PublicationAuthorFactory(publication=publication, name="Lisa Rende Taylor", position=1)
    PublicationAuthorFactory(publication=publication, name="Elena Shih", position=2)
    PublicationOrganisationFactory(
        publication=publication, role="publisher", organisation=OrganisationFactory(name="Issara Institute")
    )
    publication.languages.set([Language.objects.get(code="en")])
    return publication


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    return response.content.decode()


def test_ris_parses_with_authors_year_publisher_and_links(client, paper):
    [entry] = rispy.loads(download(client, f"/publications/{paper.slug}/cite.ris"))
    assert entry["type_of_reference"] == "RPRT"
    assert entry["authors"] == ["Taylor, Lisa Rende", "Shih, Elena"]  # what Zotero reads as family, given
    assert (entry["year"], entry["publisher"], entry["doi"]) == ("2019", "Issara Institute", "10.1234/wft.2019")
    assert entry["urls"] == [f"http://testserver/publications/{paper.slug}/"]
    assert entry["file_attachments1"] == f"http://testserver/publications/{paper.slug}/download/"


def test_bibtex_parses(client, paper):
    library = bibtexparser.parse_string(download(client, f"/publications/{paper.slug}/cite.bib"))
    assert not library.failed_blocks
    [entry] = library.entries
    fields = entry.fields_dict
    assert entry.entry_type == "techreport"
    assert fields["author"].value == "Taylor, Lisa Rende and Shih, Elena"
    entry = bibtexparser.parse_string(
        download(client, f"/publications/{paper.slug}/cite.bib"),
        append_middleware=[bibtexparser.middlewares.SeparateCoAuthors(), bibtexparser.middlewares.SplitNameParts()],
    ).entries[0]
    assert [(n.last, n.first) for n in entry.fields_dict["author"].value] == [
        (["Taylor"], ["Lisa", "Rende"]),
        (["Shih"], ["Elena"]),
    ]
    assert (fields["year"].value, fields["institution"].value, fields["doi"].value) == (
        "2019",
        "Issara Institute",
        "10.1234/wft.2019",
    )


def test_csl_json_parses(client, paper):
    [item] = json.loads(download(client, f"/publications/{paper.slug}/cite.json"))
    assert item["author"] == [{"family": "Taylor", "given": "Lisa Rende"}, {"family": "Shih", "given": "Elena"}]
    assert item["issued"] == {"date-parts": [[2019, 6]]}
    assert (item["publisher"], item["DOI"], item["type"]) == ("Issara Institute", "10.1234/wft.2019", "report")


def test_organisations_are_corporate_authors_when_no_person_is_named(client, db):
    publication = PublicationFactory(title="Mapping interventions", publication_date=date(2020, 5, 1))
    PublicationOrganisationFactory(
        publication=publication,
        role="author",
        organisation=OrganisationFactory(name="International Labour Organization"),
    )
    library = bibtexparser.parse_string(download(client, f"/publications/{publication.slug}/cite.bib"))
    assert not library.failed_blocks
    assert library.entries[0].fields_dict["author"].value == "{International Labour Organization}"
    [entry] = rispy.loads(download(client, f"/publications/{publication.slug}/cite.ris"))
    assert entry["authors"] == ["International Labour Organization"]
    [item] = json.loads(download(client, f"/publications/{publication.slug}/cite.json"))
    assert item["author"] == [{"literal": "International Labour Organization"}]
    html = client.get(publication.get_absolute_url()).content.decode()
    assert "International Labour Organization. (2020). <i>Mapping interventions</i>." in html


def test_the_page_carries_highwire_tags_a_cite_box_and_json_ld(client, paper):
    html = client.get(paper.get_absolute_url()).content.decode()
    authors = re.findall(r'<meta name="citation_author" content="([^"]+)">', html)
    assert authors == ["Taylor, Lisa Rende", "Shih, Elena"]
    for tag in [
        '<meta name="citation_title" content="Worker feedback technologies">',
        '<meta name="citation_publication_date" content="2019/06">',
        '<meta name="citation_publisher" content="Issara Institute">',
        '<meta name="citation_doi" content="10.1234/wft.2019">',
        f'<meta name="citation_pdf_url" content="http://testserver/publications/{paper.slug}/download/">',
        '<meta property="og:title" content="Worker feedback technologies">',
    ]:
        assert tag in html
    # APA 7th edition, rendered by citeproc-py from the CSL style.
    assert "Taylor, L. R., &amp; Shih, E. (2019). <i>Worker feedback technologies</i>. Issara Institute." in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert (data["@type"], data["datePublished"]) == ("ScholarlyArticle", "2019-06")
    assert [a["name"] for a in data["author"]] == ["Lisa Rende Taylor", "Elena Shih"]
    assert data["author"][0] | {"familyName": "Taylor", "givenName": "Lisa Rende"} == data["author"][0]


def test_json_ld_cannot_be_broken_out_of(client, db):
    publication = PublicationFactory(title="</script><script>alert(1)</script>")
    html = client.get(publication.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(block)["name"] == "</script><script>alert(1)</script>"
    assert "<script>alert(1)" not in html
    assert "<i>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</i>" in html  # the Cite box escapes it


def test_an_orcid_id_is_the_persons_same_as_and_particles_stay_with_the_family_name(client, paper):
    author = paper.authors.first()
    author.person.orcid = "0000-0002-1825-0097"
    author.person.save()
    PublicationAuthorFactory(publication=paper, name="Nina van der Berg", position=3)
    html = client.get(paper.get_absolute_url()).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["author"][0]["sameAs"] == "https://orcid.org/0000-0002-1825-0097"
    assert data["author"][2]["familyName"] == "van der Berg"
    [entry] = rispy.loads(download(client, f"/publications/{paper.slug}/cite.ris"))
    assert entry["authors"][2] == "van der Berg, Nina"


def test_a_filtered_list_cites_exactly_its_records_and_no_draft(client, db):
    for n in range(3):
        PublicationFactory(title=f"Guide {n}", kind="guidance")
    PublicationFactory(title="A report", kind="report")
    draft = PublicationFactory(title="Draft guide", kind="guidance", state=State.DRAFT)
    entries = rispy.loads(download(client, "/publications/cite.ris?kind=guidance"))
    assert sorted(e["title"] for e in entries) == ["Guide 0", "Guide 1", "Guide 2"]
    assert len(json.loads(download(client, "/publications/cite.json?kind=guidance"))) == 3
    library = bibtexparser.parse_string(download(client, "/publications/cite.bib"))
    assert not library.failed_blocks
    keys = [entry.key for entry in library.entries]
    assert len(keys) == len(set(keys)) == 4  # "anon2020guide", "anon2020guideb"...
    assert client.get(f"/publications/{draft.slug}/cite.ris").status_code == 404
