"""The synthetic benchmark corpus: deterministic, skewed, linked, searchable, marked, removable."""

import io
from collections import Counter

import pytest
from django.core.management import CommandError, call_command

from catalog.models import Organisation, State
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication


def build(scale=60, seed=7):
    call_command("generate_corpus", scale=scale, seed=seed, stdout=io.StringIO())


def snapshot():
    return [
        (p.title, p.state, sorted(c.iso2 for c in p.countries.all()), sorted(o.slug for o in p.organisations.all()))
        for p in Publication.objects.order_by("slug").prefetch_related("countries", "organisations")
    ]


def test_the_corpus_is_sized_linked_and_marked(db, settings):
    settings.DEBUG = True
    build()
    assert (Intervention.objects.count(), Publication.objects.count(), Event.objects.count()) == (60, 60, 12)
    for model in (Intervention, Publication, Event):
        assert not model.objects.exclude(slug__startswith="synthetic-").exists()
        assert not model.objects.exclude(notes__contains="Synthetic record").exists()
        states = Counter(model.objects.values_list("state", flat=True))
        assert states[State.PUBLISHED] >= 0.8 * sum(states.values())
        assert not model.objects.published().filter(published_at__isnull=True).exists()
    assert Publication.interventions.through.objects.exists()
    assert Intervention.roles.rel.related_model.objects.exists()
    assert all(i.countries.exists() for i in Intervention.objects.all()[:20])
    # Skewed: the most common country carries far more records than the median one.
    per_country = Counter(Intervention.countries.through.objects.values_list("country_id", flat=True))
    counts = sorted(per_country.values(), reverse=True)
    assert counts[0] >= 4 * counts[len(counts) // 2]
    # Indexed for search like any record.
    assert Publication.objects.published().search("mining").exists()


def test_the_same_seed_gives_the_same_corpus_and_delete_removes_it(db, settings):
    settings.DEBUG = True
    build(scale=20, seed=3)  # determinism needs no bulk: a third of the size test's corpus, built three times
    first = snapshot()
    call_command("generate_corpus", delete=True, stdout=io.StringIO())
    assert not Publication.objects.exists() and not Organisation.objects.filter(slug__startswith="synthetic-").exists()
    build(scale=20, seed=3)
    assert snapshot() == first
    call_command("generate_corpus", delete=True, stdout=io.StringIO())
    build(scale=20, seed=4)
    assert snapshot() != first


def test_it_refuses_to_run_on_a_production_portal(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="Refusing"):
        build()
    assert not Publication.objects.exists()
