"""A facet index kept current by re-reading only the changed records equals one built afresh, and
a publish patches it (a few small queries) rather than rebuilding it."""

import random
from datetime import date
from unittest import mock

import pytest

from catalog.browse import facet_index as facet_index_module
from catalog.browse.facet_index import FacetIndex, TimedValues, facet_index
from catalog.models import State
from events.filters import EventFilterSet
from events.models import Event
from publications.filters import PublicationFilterSet
from publications.models import Publication

from ..factories import EventFactory, PublicationFactory, country

ORDERINGS = [("-publication_date", "title", "pk"), ("title", "pk"), ("publication_date", "title", "pk")]


def same_as_a_fresh_build(index, filterset_class, orderings):
    fresh = FacetIndex(filterset_class._meta.model, filterset_class(None).facets, index.key)
    assert index.all == fresh.all
    for name, values in fresh.values.items():
        if isinstance(values, TimedValues):
            assert (index.values[name].moments, sorted(index.values[name].ids)) == (values.moments, sorted(values.ids))
        else:
            assert index.values[name].bitmaps() == values.bitmaps(), name
            assert index.values[name].totals == values.totals, name
            assert index.values[name].labels == values.labels, name
    for ordering in orderings:
        assert index.ordered(ordering).ids.tolist() == fresh.ordered(ordering).ids.tolist(), ordering


def write(rng, records):
    record = Publication.objects.get(pk=rng.choice(records).pk)
    action = rng.choice(["publish", "unpublish", "retitle", "redate", "classify", "declassify", "delete", "new"])
    if action == "publish":
        record.state = State.PUBLISHED
    elif action == "unpublish":
        record.state = State.DRAFT
    elif action == "retitle":
        record.title = rng.choice(["Aardvark", "Mercury", "Zinc", "mercury", "Éclair", record.title])
    elif action == "redate":
        record.publication_date = rng.choice([date(2019, 1, 1), date(2020, 5, 1), None])
    elif action == "classify":
        record.countries.add(country(rng.choice(["GH", "TZ", "PE"])))
        return
    elif action == "declassify":
        record.countries.clear()
        return
    elif action == "delete":
        if len(records) > 3:
            records.remove(next(r for r in records if r.pk == record.pk))
            record.delete()
        return
    else:
        records.append(PublicationFactory(state=rng.choice([State.PUBLISHED, State.DRAFT])))
        return
    record.save()


@pytest.mark.parametrize("seed", range(3))
def test_an_index_patched_after_every_write_equals_a_fresh_build(db, seed):
    rng = random.Random(seed)
    records = [
        PublicationFactory(title=f"Report {n}", state=rng.choice([State.PUBLISHED, State.DRAFT])) for n in range(12)
    ]
    for record in records[:4]:
        record.countries.add(country("GH"))
    index = facet_index(PublicationFilterSet)
    for ordering in ORDERINGS:
        index.ordered(ordering)  # held orders are placed into, not re-read
    with mock.patch.object(facet_index_module, "FacetIndex", wraps=FacetIndex) as rebuilt:
        for _ in range(25):
            write(rng, records)
            index = facet_index(PublicationFilterSet)
            same_as_a_fresh_build(index, PublicationFilterSet, ORDERINGS)
        assert not rebuilt.called


def test_events_becoming_past_or_moved_are_patched_too(db):
    EventFactory()
    index = facet_index(EventFilterSet)
    event = Event.objects.get(pk=EventFactory().pk)
    event.start = event.start.replace(year=2031)
    event.end = None
    event.save()
    patched = facet_index(EventFilterSet)
    assert patched is not index
    same_as_a_fresh_build(patched, EventFilterSet, [])


def test_a_vocabulary_change_or_a_large_change_rebuilds(db):
    PublicationFactory()
    facet_index(PublicationFilterSet)
    with mock.patch.object(facet_index_module, "FacetIndex", wraps=FacetIndex) as rebuilt:
        country("GH").__class__.objects.filter(iso2="GH").update(name="Ghana (Republic)")
        facet_index(PublicationFilterSet)
        assert rebuilt.call_count == 1
        Publication.objects.bulk_create([PublicationFactory.build() for _ in range(facet_index_module.MAX_PATCHED + 1)])
        same_as_a_fresh_build(facet_index(PublicationFilterSet), PublicationFilterSet, [])
        assert rebuilt.call_count == 2


def test_a_publish_patches_in_a_few_queries(client, db, django_assert_max_num_queries):
    for n in range(30):
        PublicationFactory(title=f"Report {n}")
    draft = PublicationFactory(state=State.DRAFT)
    client.get("/publications/")  # the index, with the default sort's order
    draft.state = State.PUBLISHED
    draft.save()
    # The versions, the change log and its pruning mark, the record, each facet's values of it,
    # a handful of comparisons to place it in the order, and the page.
    with django_assert_max_num_queries(30):
        response = client.get("/publications/")
    assert draft.title in response.text
