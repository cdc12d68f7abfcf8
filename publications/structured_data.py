"""schema.org JSON-LD for a publication page (search engines and reference managers read it)."""

SCHEMA_TYPES = {
    "research": "ScholarlyArticle",
    "news": "NewsArticle",
    "video": "VideoObject",
    "dataset": "Dataset",
    "photobook": "Book",
}


def person_data(person):
    data = {"@type": "Person", "name": person.name, "familyName": person.family, "givenName": person.given}
    if person.orcid:
        data["sameAs"] = f"https://orcid.org/{person.orcid}"
    return {k: v for k, v in data.items() if v}


def structured_data(publication, citation):
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(publication.kind, "Report"),
        "name": publication.title,
        "headline": publication.title[:110],
        "url": citation.page,
        "description": publication.summary,
        "author": [person_data(p) for p in citation.people]
        + [{"@type": "Organization", "name": n} for n in citation.author_organisations],
        "publisher": [{"@type": "Organization", "name": n} for n in citation.publishers],
        # The languages of the work itself, else the language its record is written in.
        "inLanguage": citation.languages or [publication.original_language],
        "about": [str(a) for a in publication.areas_of_work.all()],
        "spatialCoverage": [c.name for c in publication.countries.all()],
    }
    if publication.publication_date:
        data["datePublished"] = citation.padded_date("-")
    if publication.licence:
        data["license"] = publication.licence
    if citation.doi:
        data["identifier"] = f"https://doi.org/{citation.doi}"
    if citation.isbn:
        data["isbn"] = citation.isbn
    if citation.pdf or publication.external_url:
        data["sameAs" if publication.external_url else "encoding"] = publication.external_url or citation.pdf
    return {k: v for k, v in data.items() if v not in ("", [], None)}
