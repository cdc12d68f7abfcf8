"""schema.org Project for an intervention page."""

from .models import InterventionRole


def structured_data(intervention, page_url):
    roles = list(intervention.roles.all())
    data = {
        "@context": "https://schema.org",
        "@type": "Project",
        # What the page shows: the version in its language where there is one, and which language that is.
        "name": intervention.display_title,
        "description": intervention.display_summary,
        "inLanguage": intervention.display_title.lang,
        "url": page_url,
        "sameAs": intervention.website,
        "funder": [
            {"@type": "Organization", "name": r.organisation.name}
            for r in roles
            if r.role == InterventionRole.Role.FUNDING
        ],
        "member": [
            {"@type": "Organization", "name": r.organisation.name}
            for r in roles
            if r.role != InterventionRole.Role.FUNDING
        ],
        "areaServed": [c.name for c in intervention.countries.all()],
        "knowsAbout": [str(a) for a in intervention.areas_of_work.all()],
    }
    if intervention.start_date:
        data["foundingDate"] = intervention.start_date.isoformat()
    if intervention.end_date:
        data["dissolutionDate"] = intervention.end_date.isoformat()
    return {k: v for k, v in data.items() if v not in ("", [], None)}
