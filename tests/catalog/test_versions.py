"""Only what the public can see invalidates what the public is served, per content type, on every
write path: save, delete, many-to-many, update(), bulk_create(), bulk_update(), another process."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.db import connection, transaction
from pyroaring import BitMap

from catalog.browse.facet_index import facet_index
from catalog.models import Country, Person, State
from catalog.models.changes import VersionedQuerySet, scope_of
from catalog.models.versions import VOCABULARIES, current_token
from events.filters import EventFilterSet
from interventions.models import Intervention
from publications.filters import PublicationFilterSet
from publications.models import Publication, PublicationAuthor, PublicationOrganisation

from ..factories import (
    EventFactory,
    InterventionFactory,
    PersonFactory,
    PublicationAuthorFactory,
    PublicationFactory,
    PublicationOrganisationFactory,
    country,
)

PUBS = "publications.publication"
EVENTS = "events.event"


def token(scope):
    return current_token((scope,))[0]


def listed(client):
    return client.get("/publications/facets.json").json()["total"]


@pytest.fixture
def library(db):
    published = PublicationFactory(title="Published report")
    draft = PublicationFactory(title="Draft report", state=State.DRAFT)
    return published, draft


def test_a_drafts_edits_leave_versions_caches_and_the_index_untouched(client, library, django_assert_num_queries):
    draft = library[1]
    person = PersonFactory()  # a vocabulary entry, like an organisation: made before
    index, before = facet_index(PublicationFilterSet), current_token()
    assert listed(client) == 1
    draft = Publication.objects.get(pk=draft.pk)
    draft.title, draft.notes = "Draft report, second go", "Ask the authors for the French version"
    draft.save()
    draft.countries.add(country("GH"))
    PublicationAuthorFactory(publication=draft, person=person)
    draft.delete()
    assert current_token() == before
    assert facet_index(PublicationFilterSet) is index
    with django_assert_num_queries(1):  # the versions; the page comes from the cache
        assert listed(client) == 1


def test_a_curators_note_on_a_published_record_changes_nothing_public(client, library):
    published = Publication.objects.get(pk=library[0].pk)
    updated, before = published.updated, current_token()
    published.notes = "Check the budget figure with the funder"
    published.save()
    assert current_token() == before
    stored = Publication.objects.get(pk=published.pk)
    assert stored.notes == "Check the budget figure with the funder"
    assert stored.updated == updated  # its "last updated" in feeds, exports and the sitemap stays


def test_publishing_editing_and_unpublishing_are_seen_at_once(client, library):
    draft = library[1]
    assert listed(client) == 1
    draft = Publication.objects.get(pk=draft.pk)
    draft.state = State.PUBLISHED
    draft.save()
    assert listed(client) == 2
    draft.title = "Now public, renamed"
    before = token(PUBS)
    draft.save()
    assert token(PUBS) != before
    draft.state = State.DRAFT
    draft.save()
    assert listed(client) == 1


def test_an_event_edit_leaves_the_publications_index_alone(client, library):
    event = EventFactory()
    index, pubs = facet_index(PublicationFilterSet), token(PUBS)
    events = facet_index(EventFilterSet)
    event.title = "Renamed event"
    event.save()
    assert token(PUBS) == pubs and facet_index(PublicationFilterSet) is index
    assert facet_index(EventFilterSet) is not events


def test_a_vocabulary_change_reaches_every_type(library):
    index, before = facet_index(PublicationFilterSet), token(VOCABULARIES)
    Country.objects.filter(iso2="GH").update(name="Republic of Ghana")
    assert token(VOCABULARIES) != before
    assert facet_index(PublicationFilterSet) is not index


@pytest.mark.parametrize(
    ("write", "public"),
    [
        (lambda pub, draft: Publication.objects.filter(pk=draft.pk).update(state=State.PUBLISHED), True),
        (lambda pub, draft: Publication.objects.filter(pk=draft.pk).update(title="Still a draft"), False),
        (lambda pub, draft: Publication.objects.filter(pk=pub.pk).update(notes="Internal"), False),
        (lambda pub, draft: Publication.objects.filter(pk=pub.pk).update(title="Renamed"), True),
        (lambda pub, draft: Publication.objects.bulk_create([_new(State.PUBLISHED)]), True),
        (lambda pub, draft: Publication.objects.bulk_create([_new(State.DRAFT)]), False),
        (
            lambda pub, draft: _add_author(pub),
            True,
        ),
        (
            lambda pub, draft: _add_author(draft),
            False,
        ),
        (lambda pub, draft: _bulk_update(draft, state=State.PUBLISHED), True),
        (lambda pub, draft: _bulk_update(pub, notes="Internal"), False),
        (lambda pub, draft: pub.authors.update(position=2), False),  # it has no authors: no row changes
    ],
    ids=[
        "update-publishes",
        "update-a-draft",
        "update-a-note",
        "update-a-title",
        "bulk-create-published",
        "bulk-create-draft",
        "bulk-create-part-of-published",
        "bulk-create-part-of-draft",
        "bulk-update-publishes",
        "bulk-update-a-note",
        "related-update-of-nothing",
    ],
)
def test_bulk_writes_cannot_forget_to_invalidate(client, library, write, public):
    before = token(PUBS)
    count = listed(client)
    write(*library)
    assert (token(PUBS) != before) is public
    if public:
        assert listed(client) == Publication.objects.published().count()
    else:
        assert listed(client) == count


def _new(state):
    return PublicationFactory.build(state=state)


def _add_author(record):
    person = Person.objects.filter(family_name="Author").first() or Person.objects.named("Author", "A.")
    return PublicationAuthor.objects.bulk_create([PublicationAuthor(publication=record, person=person)])


def _bulk_update(record, **values):
    record = Publication.objects.get(pk=record.pk)
    for name, value in values.items():
        setattr(record, name, value)
    return Publication.objects.bulk_update([record], list(values))


def test_every_model_the_public_sees_reports_its_bulk_writes():
    """The one place: each versioned model's manager is a VersionedQuerySet's (auto-created
    many-to-many tables report through m2m_changed instead)."""
    versioned = [m for m in apps.get_models() if scope_of(m) is not None and not m._meta.auto_created]
    assert len(versioned) >= 14
    for model in versioned:
        assert isinstance(model._default_manager.get_queryset(), VersionedQuerySet), model
    assert scope_of(Publication.history.model) is None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_transaction_bumps_once_when_it_commits_and_never_when_it_rolls_back():
    from catalog.models import versions

    pub = PublicationFactory()
    with mock.patch.object(versions, "bump", wraps=versions.bump) as bump:
        with transaction.atomic():
            before = token(PUBS)
            for n in range(5):
                pub.title = f"Edition {n}"
                pub.save()
            assert token(PUBS) == before  # no writer holds the version row while it works
        assert bump.call_args_list == [mock.call(PUBS, records={pub.pk})]
        assert token(PUBS) != before
        bump.reset_mock()
        with pytest.raises(RuntimeError), transaction.atomic():
            pub.title = "Rolled back"
            pub.save()
            raise RuntimeError
        assert not bump.called


WORKER = """
import sys
import django
django.setup()
from django.http import QueryDict
from publications.record_type import PUBLICATIONS
from publications.models import Publication
for line in sys.stdin:
    command, _, arg = line.strip().partition(" ")
    if command == "publish":
        record = Publication.objects.get(pk=int(arg))
        record.state = "published"
        record.save()
        print("ok", flush=True)
    else:
        print(PUBLICATIONS.query(QueryDict(f"q={arg}" if arg else "")).total, flush=True)
"""


class Worker:
    def __init__(self, database_url):
        env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "asmportal.settings"}
        env.pop("CACHE_URL", None)
        self.process = subprocess.Popen(
            [sys.executable, "-c", WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=Path(__file__).resolve().parents[2],
        )

    def ask(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_publish_is_seen_at_once_by_every_worker_process(tmp_path):
    PublicationFactory(title="Gold report")
    draft = PublicationFactory(title="Gold draft", state=State.DRAFT)
    if connection.vendor == "sqlite":
        path = tmp_path / "workers.sqlite3"
        with sqlite3.connect(path) as copy:
            connection.ensure_connection()
            connection.connection.backup(copy)
        url = f"sqlite:///{path}"
    else:
        db = connection.settings_dict
        url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"
    workers = [Worker(url), Worker(url)]
    try:
        assert [w.ask("count") for w in workers] == ["1", "1"]  # each builds its index
        assert [w.ask("count gold") for w in workers] == ["1", "1"]  # and ranks a search
        assert workers[0].ask(f"publish {draft.pk}") == "ok"
        assert [w.ask("count") for w in workers] == ["2", "2"]
        assert [w.ask("count gold") for w in workers] == ["2", "2"]
    finally:
        for worker in workers:
            worker.close()


def test_a_bulk_write_naming_more_records_than_a_query_takes_parameters(db):
    """A bulk write of parts of 40,000 records (as the benchmark corpus makes) asks in batches."""
    from catalog.models.changes import published_among

    draft = PublicationFactory(state=State.DRAFT)
    assert not published_among(Publication, [draft.pk, *range(10**9, 10**9 + 40_000)])
    published = PublicationFactory(state=State.PUBLISHED)
    assert published_among(Publication, [*range(10**9, 10**9 + 40_000), published.pk])


def test_an_event_page_follows_a_change_to_its_intervention(client, db):
    """An event's cached page names its intervention: unpublishing that intervention reaches it,
    though the events' own version does not move."""
    intervention = InterventionFactory(title="Planet Gold programme")
    event = EventFactory(intervention=intervention)
    assert "Planet Gold programme" in client.get(event.get_absolute_url()).text
    intervention = Intervention.objects.get(pk=intervention.pk)
    intervention.state = State.DRAFT
    intervention.save()
    assert "Planet Gold programme" not in client.get(event.get_absolute_url()).text


def test_a_file_saved_on_a_published_record_is_written_and_seen(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    record = PublicationFactory()
    before = token(PUBS)
    record.file.save("report.pdf", ContentFile(b"%PDF-1.4 a report"))
    assert Publication.objects.get(pk=record.pk).file.name.endswith(".pdf")
    assert token(PUBS) != before


def test_a_role_moved_between_records_changes_both(db):
    published, other, draft = PublicationFactory(), PublicationFactory(), PublicationFactory(state=State.DRAFT)
    role = PublicationOrganisationFactory(publication=published)
    facet_index(PublicationFilterSet)
    role = PublicationOrganisation.objects.get(pk=role.pk)
    role.publication = other
    role.save()
    slug = role.organisation.slug
    assert facet_index(PublicationFilterSet).values["organisation"].bitmaps()[slug] == BitMap([other.pk])
    before = token(PUBS)
    role.publication = draft  # out of the public's sight: a change all the same
    role.save()
    assert token(PUBS) != before
    assert slug not in facet_index(PublicationFilterSet).values["organisation"].bitmaps()
    before = token(PUBS)
    PublicationOrganisation.objects.filter(pk=role.pk).update(publication=published)
    assert token(PUBS) != before
    assert facet_index(PublicationFilterSet).values["organisation"].bitmaps()[slug] == BitMap([published.pk])
