"""Facet counts equal a naive recount for random filter combinations (OR within, AND across facets)."""

import random
from datetime import date

import pytest
from django.db import transaction
from django.test import RequestFactory
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.browse.listing import Listing
from catalog.models import AreaOfWork, Country, Language, Mineral, State, Topic
from interventions.filters import InterventionFilterSet
from interventions.models import Intervention, InterventionRole
from publications.filters import PublicationFilterSet
from publications.models import Publication, PublicationOrganisation
from tests.factories import InterventionFactory, OrganisationFactory, PublicationFactory
from tests.shared import shared_data

COUNTRIES = ["GH", "TZ", "KE", "PH", "CD"]
MINERALS = ["gold", "cobalt", "mica", "tin"]
LANGUAGES = ["en", "fr", "sw"]
TOPICS = ["child-labour", "mercury", "gender"]
ORGS = ["org-a", "org-b", "org-c", "org-d"]
HYPOTHESIS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def pick(rng, values, most=3):
    return rng.sample(values, rng.randint(0, min(most, len(values))))


@pytest.fixture(scope="module")
def corpus_catalogue(django_db_setup, django_db_blocker):
    """Built once for this module's tests, each of which runs in its own transaction over it."""
    with shared_data(django_db_blocker), django_db_blocker.unblock():
        build_corpus()
        yield


@pytest.fixture
def corpus(corpus_catalogue, db):
    """The corpus under this test's own transaction."""


def build_corpus():
    """A seeded random catalogue, published and not, with overlapping classifications."""
    rng = random.Random(20260522)
    orgs = {slug: OrganisationFactory(slug=slug, name=slug.upper()) for slug in ORGS}
    countries = {c.iso2: c for c in Country.objects.filter(iso2__in=COUNTRIES)}
    minerals = {m.slug: m for m in Mineral.objects.filter(slug__in=MINERALS)}
    areas = list(AreaOfWork.objects.all())
    topics = {t.slug: t for t in Topic.objects.filter(slug__in=TOPICS)}
    languages = {lang.code: lang for lang in Language.objects.filter(code__in=LANGUAGES)}
    states = [State.PUBLISHED] * 5 + [State.DRAFT, State.IN_REVIEW]
    with transaction.atomic():
        for _ in range(45):
            year = rng.choice([None, 2015, 2017, 2018, 2020])
            publication = PublicationFactory(
                state=rng.choice(states),
                kind=rng.choice(list(Publication.Kind.values)[:4]),
                publication_date=date(year, rng.randint(1, 12), 1) if year else None,
            )
            publication.countries.set([countries[c] for c in pick(rng, COUNTRIES)])
            publication.minerals.set([minerals[m] for m in pick(rng, MINERALS, 2)])
            publication.areas_of_work.set(pick(rng, areas, 3))
            publication.topics.set([topics[t] for t in pick(rng, TOPICS, 2)])
            publication.languages.set([languages[lang] for lang in pick(rng, LANGUAGES, 2)])
            for slug in pick(rng, ORGS, 2):
                PublicationOrganisation.objects.create(
                    publication=publication, organisation=orgs[slug], role=rng.choice(["author", "publisher"])
                )
        for _ in range(35):
            start = rng.choice([None, 2012, 2016, 2019])
            end = rng.choice([None, 2018, 2021]) if start else None
            intervention = InterventionFactory(
                state=rng.choice(states),
                kind=rng.choice(list(Intervention.Kind.values)),
                status=rng.choice(["", "implementation", "closed"]),
                focus=rng.choice(["", "child-labour", "both"]),
                start_date=date(start, 3, 1) if start else None,
                end_date=date(end, 6, 30) if end and end >= start else None,
            )
            intervention.countries.set([countries[c] for c in pick(rng, COUNTRIES)])
            intervention.minerals.set([minerals[m] for m in pick(rng, MINERALS, 2)])
            intervention.areas_of_work.set(pick(rng, areas, 3))
            for slug in pick(rng, ORGS, 3):
                for role in pick(rng, ["funding", "implementing", "accountable"], 2):
                    InterventionRole.objects.create(intervention=intervention, organisation=orgs[slug], role=role)


def publication_values(p):
    """Each facet's values for one publication, read the plain way from the model."""
    return {
        "kind": {p.kind},
        "area": {a.slug for a in p.areas_of_work.all()},
        "country": {c.iso2 for c in p.countries.all()},
        "mineral": {m.slug for m in p.minerals.all()},
        "topic": {t.slug for t in p.topics.all()},
        "organisation": {r.organisation.slug for r in p.organisation_roles.all()},
        "language": {lang.code for lang in p.languages.all()},
        "year": {str(p.publication_date.year)} if p.publication_date else set(),
    }


def intervention_values(i):
    this_year = date.today().year
    years = set()
    if i.start_date:
        last = i.end_date.year if i.end_date else max(this_year, i.start_date.year)
        years = {str(y) for y in range(i.start_date.year, last + 1)}
    roles = list(i.roles.all())
    return {
        "area": {a.slug for a in i.areas_of_work.all()},
        "country": {c.iso2 for c in i.countries.all()},
        "region": {c.region for c in i.countries.all()},
        "mineral": {m.slug for m in i.minerals.all()},
        "organisation": {r.organisation.slug for r in roles},
        "funder": {r.organisation.slug for r in roles if r.role == "funding"},
        "implementer": {r.organisation.slug for r in roles if r.role == "implementing"},
        "status": {i.status} - {""},
        "kind": {i.kind},
        "focus": {i.focus} - {""},
        "year": years,
    }


def naive(records, selection):
    """Total and disjunctive counts, from first principles."""

    def matches(values, skip=None):
        return all(not chosen or values[name] & set(chosen) for name, chosen in selection.items() if name != skip)

    total = sum(1 for values in records.values() if matches(values))
    counts = {}
    for name in next(iter(records.values())):
        tally = {}
        for values in records.values():
            if matches(values, skip=name):
                for value in values[name]:
                    tally[value] = tally.get(value, 0) + 1
        counts[name] = tally
    matching = {pk for pk, values in records.items() if matches(values)}
    return total, counts, matching


# Identifiers that name nothing: the listing reports and drops them rather than matching nothing.
UNKNOWN = {"nope", "ZZ"}


def check(filterset_class, queryset, records, selection, path, *, whole=True):
    """`whole`: the browse pages' path (the in-memory facet index over every published record);
    otherwise the universe is read from `queryset` first, as the digest builder does."""
    query = "&".join(f"{name}={value}" for name, chosen in selection.items() for value in chosen)
    request = RequestFactory().get(f"{path}?{query}")
    listing = Listing(request, filterset_class, queryset, whole=whole)
    ignored = {value for _, value in listing.query.ignored.lists() for value in value}
    assert ignored == {v for chosen in selection.values() for v in chosen} & UNKNOWN
    selection = {name: [v for v in chosen if v not in UNKNOWN] for name, chosen in selection.items()}
    total, counts, matching = naive(records, selection)
    assert listing.total == total
    # The engine's records, in order, are the naive matches sorted by the database...
    ordered = list(queryset.filter(pk__in=matching).order_by(*listing.query.ordering()).values_list("pk", flat=True))
    assert list(listing.query.ids()) == ordered
    # ...and the pages taken from the index list the same, in the same order.
    for number in range(1, min(2, (len(ordered) - 1) // 20 + 1) + 1):
        listing.params["page"] = str(number)
        page = listing.page()
        assert [record.pk for record in page.object_list] == ordered[(number - 1) * 20 : number * 20]
    for group in listing.facets:
        shown = {v.value: v.count for v in group.values if v.count}
        assert shown == counts[group.name], group.name
        for value in group.values:
            assert value.selected == (value.value in selection.get(group.name, []))


def selections(choices):
    return st.fixed_dictionaries(
        {name: st.lists(st.sampled_from(values), max_size=3, unique=True) for name, values in choices.items()}
    )


PUBLICATION_CHOICES = {
    "kind": list(Publication.Kind.values)[:5],
    "area": ["area-based-work", "investment-and-funding", "research-and-monitoring", "nope"],
    "country": [*COUNTRIES, "ZZ"],
    "mineral": MINERALS,
    "topic": TOPICS,
    "organisation": ORGS,
    "language": LANGUAGES,
    "year": ["2015", "2017", "2018", "2020", "1999"],
}
INTERVENTION_CHOICES = {
    "country": COUNTRIES,
    "region": ["Africa", "Asia"],
    "mineral": MINERALS,
    "funder": ORGS,
    "implementer": ORGS,
    "organisation": ORGS[:2],
    "status": ["implementation", "closed"],
    "kind": list(Intervention.Kind.values)[:3],
    "focus": ["child-labour", "both"],
    "year": ["2013", "2017", "2020", "2024"],
}


def publication_records():
    published = Publication.objects.published().prefetch_related(
        "areas_of_work", "countries", "minerals", "topics", "languages", "organisation_roles__organisation"
    )
    return {p.pk: publication_values(p) for p in published}


@HYPOTHESIS
@given(selection=selections(PUBLICATION_CHOICES), whole=st.booleans())
def test_publication_facets_equal_a_naive_recount(corpus, selection, whole):
    check(
        PublicationFilterSet,
        Publication.objects.published(),
        publication_records(),
        selection,
        "/publications/",
        whole=whole,
    )


@HYPOTHESIS
@given(selection=selections(INTERVENTION_CHOICES))
def test_intervention_facets_equal_a_naive_recount(corpus, selection):
    published = Intervention.objects.published().prefetch_related(
        "areas_of_work", "countries", "minerals", "roles__organisation"
    )
    records = {i.pk: intervention_values(i) for i in published}
    check(InterventionFilterSet, Intervention.objects.published(), records, selection, "/interventions/")


def test_or_within_a_facet_and_across_facets(corpus, client):
    one = client.get("/publications/facets.json?country=GH").json()["total"]
    other = client.get("/publications/facets.json?country=TZ").json()["total"]
    both = client.get("/publications/facets.json?country=GH&country=TZ").json()["total"]
    assert max(one, other) <= both <= one + other
    narrowed = client.get("/publications/facets.json?country=GH&country=TZ&mineral=gold").json()["total"]
    assert narrowed <= both


def test_selecting_a_value_lists_exactly_its_count(corpus, client):
    start = client.get("/interventions/facets.json?mineral=gold").json()
    for facet in start["facets"]:
        for value in facet["values"][:3]:
            if value["selected"]:
                continue
            followed = client.get(value["toggle_url"].replace("/interventions/?", "/interventions/facets.json?"))
            total = followed.json()["total"]
            if facet["name"] == "mineral":
                # Widening within the selected facet: gold OR this mineral.
                assert max(start["total"], value["count"]) <= total <= start["total"] + value["count"]
            else:
                assert total == value["count"], (facet["name"], value["value"])


def test_counts_stay_exact_right_after_every_kind_of_write(corpus):
    """Publish, unpublish, reclassify, add an organisation, edit, delete: the next listing counts
    the catalogue as it now is (the facet index is rebuilt, never served stale)."""
    rng = random.Random(7)
    gold, ghana = Mineral.objects.get(slug="gold"), Country.objects.get(iso2="GH")
    draft = Publication.objects.exclude(state=State.PUBLISHED).first()
    published = list(Publication.objects.published()[:4])
    newcomer = OrganisationFactory(slug="org-new")
    writes = [
        lambda: (setattr(draft, "state", State.PUBLISHED), draft.save()),
        lambda: (setattr(published[0], "state", State.DRAFT), published[0].save()),
        lambda: published[1].minerals.add(gold),
        lambda: published[1].countries.remove(ghana),
        lambda: published[2].countries.set([ghana]),
        lambda: PublicationOrganisation.objects.create(
            publication=published[2], organisation=newcomer, role="publisher"
        ),
        lambda: (setattr(published[3], "kind", Publication.Kind.NEWS), published[3].save()),
        lambda: published[3].delete(),
    ]
    choices = {**PUBLICATION_CHOICES, "organisation": [*ORGS, "org-new"]}
    check(PublicationFilterSet, Publication.objects.published(), publication_records(), {}, "/publications/")
    for write in writes:
        write()
        records = publication_records()
        for _ in range(4):
            selection = {name: rng.sample(values, rng.randint(0, 2)) for name, values in choices.items()}
            check(PublicationFilterSet, Publication.objects.published(), records, selection, "/publications/")
