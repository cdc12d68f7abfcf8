"""The leak matrix: every public URL pattern × every state a record is hidden in.

The URL list comes from the resolver (url_list.py), so a new page, feed, export or API route is in
the matrix the day it is added; a route whose arguments the matrix cannot fill fails the test until
it is taught here. Each route is asked plainly, with a search for the hidden records' title word and
with facet filters on their classification, by an anonymous visitor and by a signed-in member of the
public. No response may carry a hidden record's address, text or file, nor count it.

"Unpublished" is the hardest case: the records are first published and every surface is visited
(so caches hold them), then an editor takes them back to draft.

The matrix runs in each interface language: the hidden records carry French and Spanish versions of
their text, and the French and Spanish addresses of every route are crawled too.
"""

import json
from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from catalog import search
from catalog.models import AreaOfWork, Mineral, State
from newsletter import tokens
from newsletter.models import Digest, DigestItem, Subscription
from publications.models import PublicationPage
from tests.factories import (
    EventFactory,
    EventOrganiserFactory,
    EventSpeakerFactory,
    FigureFactory,
    InterventionFactory,
    InterventionRoleFactory,
    OrganisationFactory,
    PersonFactory,
    PublicationAuthorFactory,
    PublicationFactory,
    PublicationOrganisationFactory,
    TopicFactory,
    country,
)

from .url_list import url_patterns

SECRET = "quokkaleak"  # the hidden records' title word (searched for; the page may echo it)
# What must never reach the public while hidden: their addresses, a word only in their summaries, their file.
MARKERS = [
    f"{SECRET}-intervention",
    f"{SECRET}-event",
    f"{SECRET}-publication",
    "sekritsummary",
    "sekritfile",
    "sekritpage",  # only in the text read from the publication's file (quoted by searches)
    "sekrittitre",  # only in the records' French titles
    "sekritresumen",  # only in their Spanish summaries
    f"{SECRET}-person",  # the profile of someone credited only on the hidden records
    "sekritperson",  # their family name
    "sekritfigsource",  # a published figure whose source publication is hidden
    "sekritfigevent",  # a published figure about the hidden event
    "sekritfigown",  # a figure hidden itself, about a published country
]
CONTROL_MARKERS = [
    "wombatcontrol-intervention",
    "wombatcontrol-event",
    "wombatcontrol-publication",
    "wombatcontrol-person",
]
SECRET_COUNTRY = "TV"
CONTROL_COUNTRY = "GH"

# Which hidden object fills a route's <slug>; by route name (page routes and API routes).
SLUG_SOURCE = {
    "interventions:detail": "intervention",
    "intervention-detail": "intervention",
    "events:detail": "event",
    "events:event-ics": "event",
    "event-detail": "event",
    "publications:detail": "publication",
    "publications:cite-ris": "publication",
    "publications:cite-bib": "publication",
    "publications:cite-json": "publication",
    "publications:download": "publication",
    "publication-detail": "publication",
    "organisation-profile": "organisation",
    "person-profile": "person",
    "organisation-detail": "organisation",
    "mineral-profile": "mineral",
    "mineral-detail": "mineral",
    "area-profile": "area",
    "areaofwork-detail": "area",
    "topic-detail": "topic",
    # "Suggest a correction" to a record: a hidden one's form is "not found".
    "suggestions:intervention": "intervention",
    "suggestions:event": "event",
    "suggestions:publication": "publication",
}
HIDDEN_STATES = ["draft", "review", "unpublished"]
QUERIES = [
    "",
    f"?q={SECRET}",
    f"?country={SECRET_COUNTRY}&mineral=gold&organisation={SECRET}-org",
    "?page=1&sort=-date",
]


def make_records(prefix, state, organisation, topic, extra_summary="", translated=""):
    common = {
        "state": state,
        "summary": f"Field work on working conditions. {extra_summary}",
        "title_fr": f"{prefix.title()} {translated}titre",
        "summary_es": f"Trabajo de campo. {translated}resumen",
    }
    intervention = InterventionFactory(title=f"{prefix.title()} intervention", slug=f"{prefix}-intervention", **common)
    event = EventFactory(title=f"{prefix.title()} event", slug=f"{prefix}-event", **common)
    publication = PublicationFactory(title=f"{prefix.title()} publication", slug=f"{prefix}-publication", **common)
    InterventionRoleFactory(intervention=intervention, organisation=organisation)
    EventOrganiserFactory(event=event, organisation=organisation)
    PublicationOrganisationFactory(publication=publication, organisation=organisation)
    # Someone who wrote the publication and spoke at the event, and is credited nowhere else.
    family_name = f"{prefix.title()} sekritperson" if extra_summary else f"{prefix.title()} Person"
    person = PersonFactory(family_name=family_name, slug=f"{prefix}-person")
    PublicationAuthorFactory(publication=publication, person=person)
    EventSpeakerFactory(event=event, person=person)
    return {"intervention": intervention, "event": event, "publication": publication, "person": person}


def classify(records, iso2, mineral, area, topic):
    for record in records.values():
        record.countries.set([country(iso2)])
        record.minerals.set([mineral])
        record.areas_of_work.set([area])
        record.topics.set([topic])


@pytest.fixture
def world(db, settings, tmp_path):
    """One published control record of each type, linked to one hidden record of each type."""
    settings.MEDIA_ROOT = tmp_path
    gold = Mineral.objects.get(slug="gold")
    area = AreaOfWork.objects.order_by("pk").first()
    control_org = OrganisationFactory(name="Wombat Trust", slug="wombatcontrol-org")
    controls = make_records("wombatcontrol", State.PUBLISHED, control_org, TopicFactory())
    controls.pop("person")
    classify(controls, CONTROL_COUNTRY, gold, area, TopicFactory())
    secret_org = OrganisationFactory(name="Quokka Foundation", slug=f"{SECRET}-org")
    secret_topic = TopicFactory(name="Quokka topic", slug=f"{SECRET}-topic")
    secrets = make_records(
        SECRET, State.PUBLISHED, secret_org, secret_topic, extra_summary="sekritsummary", translated="sekrit"
    )
    secret_person = secrets.pop("person")
    classify(secrets, SECRET_COUNTRY, gold, area, secret_topic)
    publication = secrets["publication"]
    publication.file = SimpleUploadedFile("report.pdf", b"%PDF-1.7 sekritfile", content_type="application/pdf")
    publication.save()
    # The text read from its file (the reading task does not run here): searches quote it, with its page.
    PublicationPage.objects.create(publication=publication, number=2, text=f"Appendix on {SECRET} sekritpage.")
    search.index(publication)
    # The graph: hidden records linked from and to published ones.
    publication.interventions.set([controls["intervention"]])
    publication.events.set([controls["event"]])
    controls["publication"].interventions.add(secrets["intervention"])
    controls["publication"].events.add(secrets["event"])
    # Figures: on published pages (the control event's, the control country's), hidden through
    # their source, the event they describe, or their own state.
    figure_from = {"citation": "", "citation_url": "", "source_page": "7"}
    FigureFactory(event=controls["event"], source_publication=publication, note="sekritfigsource", **figure_from)
    FigureFactory(event=secrets["event"], note="sekritfigevent", value_low=75)
    figure = FigureFactory(scope="country", event=None, country=country(CONTROL_COUNTRY), note="sekritfigown")
    # A saved digest that picked every record while all were published; the builder picks afresh.
    digest = Digest.objects.create(
        title="Digest", since=publication.created - timedelta(days=1), until=publication.created + timedelta(days=1)
    )
    for position, record in enumerate([*controls.values(), *secrets.values()]):
        kind = ContentType.objects.get_for_model(record)
        DigestItem.objects.create(digest=digest, content_type=kind, object_id=record.pk, position=position)
    # Someone following the hidden records' country: their pages name the search, never the records.
    alert = Subscription.objects.create(
        email="follower@example.org", scope="publications", query=f"country={SECRET_COUNTRY}", consent="Agreed"
    )
    manage = tokens.manage_token(alert.address_key)
    links = {"confirm": tokens.confirm_token(alert), "unsubscribe": tokens.unsubscribe_token(alert)}
    return {
        **secrets,
        "tokens": {**links, "manage": manage, "data": manage},
        "organisation": secret_org,
        "person": secret_person,
        "mineral": gold,
        "area": area,
        "topic": secret_topic,
        "digest": digest,
        "controls": controls,
        "figure": figure,
    }


def hide(world, state):
    for kind in ["intervention", "event", "publication", "figure"]:
        record = world[kind]
        record.state = {"draft": State.DRAFT, "review": State.IN_REVIEW, "unpublished": State.DRAFT}[state]
        record.save()


def fill(name, kwarg, world):
    if kwarg == "slug" and name in SLUG_SOURCE:
        return world[SLUG_SOURCE[name]].slug
    if kwarg == "iso2":
        return SECRET_COUNTRY
    if kwarg == "code":
        return "en"
    if kwarg == "format":
        return "json"
    if kwarg == "pk" and name == "figure-detail":
        return world["figure"].pk
    if kwarg == "pk" and name.startswith("newsletter:"):
        return world["digest"].pk
    if kwarg == "extension":
        return "txt"
    if kwarg == "scope":
        return "publications"
    if kwarg == "token" and name.startswith("subscriptions:"):
        return world["tokens"][name.partition(":")[2]]
    pytest.fail(f"The leak matrix cannot fill <{kwarg}> of {name}: teach fill() which hidden object it takes.")


def public_urls(world, language="en-gb"):
    """Every route's address in `language` (the API and sitemap have one address in all)."""
    urls = []
    with translation.override(language):
        for name, kwargs, _ in url_patterns():
            values = {kwarg: fill(name, kwarg, world) for kwarg in kwargs}
            urls.append(reverse(name, kwargs=values))
    return sorted(set(urls))


def body(response):
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    return raw.decode("utf-8", errors="replace").lower()


def crawl(client, urls, users):
    """{(who, url): lowercased body} for every URL × query; fails on any server error.

    The editor, who sees drafts on the site, is only asked for the digest pages: a digest is sent to
    the public, so what it holds must be published."""
    seen = {}
    for who, user in users.items():
        if user is None:
            client.logout()
        else:
            client.force_login(user)
        for url in urls:
            if who == "editor" and "/newsletter/" not in url:
                continue
            for query in QUERIES if user is None else QUERIES[:1]:
                response = client.get(url + query)
                assert response.status_code < 500, (who, url + query)
                seen[(who, url + query)] = body(response)
    client.logout()
    return seen


def found(seen, markers):
    return {key: [m for m in markers if m in text] for key, text in seen.items() if any(m in text for m in markers)}


def published_counts(seen):
    """The record counts the unfiltered API lists report."""
    counts = {}
    for (who, url), text in seen.items():
        # Only the unfiltered lists, and not the 400 answers to queries the API refuses.
        if url in {"/api/interventions/", "/api/publications/", "/api/events/"} and '"count"' in text:
            counts[(who, url)] = json.loads(text)["count"]
    return counts


def facet_counts_of_secret_country(seen):
    """Facet values for the hidden records' country that count something: nothing else is there."""
    hits = []
    for (who, url), text in seen.items():
        if url.split("?")[0].endswith("/facets.json") and text.startswith("{"):
            for facet in json.loads(text)["facets"]:
                for option in facet["values"]:
                    if option["value"] == SECRET_COUNTRY.lower() and option["count"]:  # bodies are lowercased
                        hits.append((who, url, option["count"]))
    return hits


# Every state in English; in French and Spanish together a draft and a record taken back (what
# caches held), by the anonymous visitor and the editor (the languages' pages differ in words, not
# in who sees what).
CASES = [(state, ("en-gb",)) for state in HIDDEN_STATES] + [(state, ("fr", "es")) for state in ("draft", "unpublished")]


@pytest.mark.parametrize(("state", "languages"), CASES)
def test_no_public_surface_shows_a_hidden_record(client, world, visitor, editor, state, languages):
    urls = [url for language in languages for url in public_urls(world, language)]
    assert len(set(urls)) > 70 * len(languages) - 20
    users = {"anonymous": None, "visitor": visitor, "editor": editor}
    if languages != ("en-gb",):
        del users["visitor"]
    if state == "unpublished":
        before = crawl(client, urls, users)
        assert found(before, MARKERS), "published records should have shown before they were taken back"
    hide(world, state)
    seen = crawl(client, urls, users)
    assert found(seen, MARKERS) == {}
    assert facet_counts_of_secret_country(seen) == []
    assert set(published_counts(seen).values()) == {1}


@pytest.mark.parametrize("languages", [("en-gb",), ("fr", "es")])
def test_the_matrix_sees_published_records_wherever_their_twins_show(client, world, editor, languages):
    """The same crawl with the records published: it must find them, or the matrix proves nothing."""
    urls = sorted({url for language in languages for url in public_urls(world, language)})
    seen = crawl(client, urls, {"anonymous": None, "editor": editor})
    secret_hits = found(seen, MARKERS)
    control_hits = found(seen, CONTROL_MARKERS)
    missed = [key for key in control_hits if key not in secret_hits and f"?q={SECRET}" not in key[1]]
    assert len(secret_hits) > 60
    assert any(who == "editor" for who, _ in secret_hits)  # the digest pages do show published records
    assert missed == []
    assert set(published_counts(seen).values()) == {2}
    assert facet_counts_of_secret_country(seen)
    assert any("sekritpage" in hits for hits in secret_hits.values())  # a search quotes the file's text
    # Each language's own version shows where the page is in that language.
    for language, translated in (("fr", "sekrittitre"), ("es", "sekritresumen")):
        if language in languages:
            assert any(translated in hits for hits in secret_hits.values())
