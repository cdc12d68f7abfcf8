"""Demo content: records looked up in public sources, each citing them (see the README's demo section).

Summaries say no more than the sources. Classification (areas of work, focus, status) is a
curatorial reading of the sources, explained in each record's curator note, to be checked by
curators before any real use. Where a source leaves a fact open (a date, a budget, a country), the
field stays empty; where a record cannot be published yet, it stays in draft or review.
"""

from . import events, fallback_sources, interventions, organisations, publications

MAPPING = "mapping-interventions-addressing-child-labour-and-working-conditions-in-artisanal-mineral-supply-chains"


def merged_organisations():
    """The shared list and each file's own, refusing one slug described twice."""
    merged = {}
    for module in (organisations, interventions, events, publications):
        for record in getattr(module, "ORGANISATIONS", []):
            if record["slug"] in merged and merged[record["slug"]] != record:
                raise ValueError(f"Organisation {record['slug']} is described twice, differently.")
            merged[record["slug"]] = record
    return list(merged.values())


def with_mapping_links(records):
    """The 2020 mapping documents the interventions it reviewed (listed beside them, with where the
    report names each)."""
    reviewed = getattr(interventions, "MAPPING_REVIEWED", [])
    return [
        record | {"interventions": [*record.get("interventions", []), *reviewed]}
        if record["slug"] == MAPPING
        else record
        for record in records
    ]


def sourced(records):
    """A record that came before its sources were researched cites its own page (a publication's
    address) or the page that first told of it."""
    sourced = []
    for record in records:
        if not record.get("sources"):
            pages = fallback_sources.SOURCES.get(record["slug"], [])
            if not pages and record.get("external_url"):
                pages = [{"url": record["external_url"], "title": record["title"], "checked": fallback_sources.CHECKED}]
            if record["slug"] == MAPPING:
                pages = fallback_sources.MAPPING_PAGES
            record = record | {"sources": pages}
        sourced.append(record)
    return sourced


# Items of the neighbouring resource library (seed 000) on subjects other than mining.
OUTSIDE_ASM = {
    "tobaccos-hidden-children",
    "human-trafficking-in-americas-schools",
    "combating-cyber-violence-against-women-and-girls",
    "worker-feedback-technologies-and-combatting-modern-slavery",
}


def marked_outside_asm(records):
    return [
        record | {"topics": [*record.get("topics", []), "outside-asm"]}
        if record["slug"] in OUTSIDE_ASM and "outside-asm" not in record.get("topics", [])
        else record
        for record in records
    ]


ORGANISATIONS = merged_organisations()
TOPICS = organisations.TOPICS
INTERVENTIONS = interventions.INTERVENTIONS
EVENTS = sourced(events.EVENTS)
PUBLICATIONS = with_mapping_links(marked_outside_asm(sourced(publications.PUBLICATIONS)))


def figure_records():
    """The demo figures (figures.py), read when loaded: that file takes MAPPING from this one."""
    from .figures import FIGURES

    return FIGURES


__all__ = ["EVENTS", "INTERVENTIONS", "ORGANISATIONS", "PUBLICATIONS", "TOPICS", "figure_records"]
