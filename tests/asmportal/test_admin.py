"""Curation in the admin: every page opens, the roles hold, and every change is in the history."""

import pytest
from django.contrib import admin
from django.urls import reverse

from catalog.models import State
from interventions.models import Intervention
from tests.admin_kit import admin_url, bulk, form_data
from tests.factories import (
    InterventionRoleFactory,
)


def test_every_admin_page_opens_for_a_superuser(client, rf, superuser, records):
    client.force_login(superuser)
    as_superuser = rf.get("/")
    as_superuser.user = superuser
    for model, model_admin in admin.site._registry.items():
        changelist = admin_url(model, "changelist")
        assert client.get(changelist).status_code == 200, changelist
        response = client.get(changelist, {"q": "gold"})
        assert response.status_code == 200
        # follow: adding a digest happens on the builder page the admin sends editors to.
        if model_admin.has_add_permission(as_superuser):  # sign-in logs are written by django-axes only
            assert client.get(admin_url(model, "add"), follow=True).status_code == 200
        obj = model.objects.first()
        assert obj is not None, model
        for view in ["change", "history"]:
            url = admin_url(model, view, obj.pk)
            assert client.get(url).status_code == 200, url
        if hasattr(model_admin, "import_action"):
            assert client.get(admin_url(model, "import")).status_code == 200


def test_changelists_show_facet_counts(client, superuser, records):
    client.force_login(superuser)
    response = client.get(admin_url(Intervention, "changelist"))
    assert "Published (1)" in response.content.decode()


@pytest.mark.parametrize("user_fixture", [None, "visitor"])
def test_the_admin_sends_anonymous_and_non_staff_users_to_login(client, request, user_fixture, records):
    if user_fixture:
        client.force_login(request.getfixturevalue(user_fixture))
    for model in admin.site._registry:
        response = client.get(admin_url(model, "changelist"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_curator_edits_but_cannot_publish_through_the_form(client, curator, db):
    draft = InterventionRoleFactory(intervention__state=State.DRAFT).intervention
    client.force_login(curator)
    url = admin_url(Intervention, "change", draft.pk)
    data = form_data(client.get(url))

    data["summary"] = "Checked by a curator."
    data["state"] = State.IN_REVIEW
    assert client.post(url, data).status_code == 302
    draft.refresh_from_db()
    assert (draft.summary, draft.state) == ("Checked by a curator.", State.IN_REVIEW)

    data = form_data(client.get(url))
    data["state"] = State.PUBLISHED
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Only Editors can publish or unpublish" in response.content.decode()
    draft.refresh_from_db()
    assert draft.state == State.IN_REVIEW
    assert draft.published_at is None


def test_curator_cannot_unpublish_through_the_form(client, curator, db):
    published = InterventionRoleFactory().intervention
    client.force_login(curator)
    url = admin_url(Intervention, "change", published.pk)
    data = form_data(client.get(url))
    data["state"] = State.DRAFT
    assert client.post(url, data).status_code == 200
    published.refresh_from_db()
    assert published.state == State.PUBLISHED


def test_editor_publishes_through_the_form(client, editor, db):
    draft = InterventionRoleFactory(intervention__state=State.IN_REVIEW).intervention
    client.force_login(editor)
    url = admin_url(Intervention, "change", draft.pk)
    data = form_data(client.get(url))
    data["state"] = State.PUBLISHED
    assert client.post(url, data).status_code == 302
    draft.refresh_from_db()
    assert draft.state == State.PUBLISHED
    assert draft.published_at is not None


@pytest.mark.parametrize("app_model", ["interventions.Intervention", "events.Event", "publications.Publication"])
def test_bulk_actions_by_role(client, curator, editor, app_model, records):
    from django.apps import apps

    model = apps.get_model(app_model)
    drafts = list(model.objects.all())
    model.objects.update(state=State.DRAFT)

    client.force_login(curator)
    bulk(client, model, "send_to_review", drafts)
    assert set(model.objects.values_list("state", flat=True)) == {State.IN_REVIEW}
    response = bulk(client, model, "publish", drafts)
    assert "publish" not in [a[0] for a in response.context["action_form"].fields["action"].choices]
    assert set(model.objects.values_list("state", flat=True)) == {State.IN_REVIEW}

    client.force_login(editor)
    bulk(client, model, "publish", drafts)
    assert set(model.objects.values_list("state", flat=True)) == {State.PUBLISHED}
    assert not model.objects.filter(published_at__isnull=True).exists()
    bulk(client, model, "unpublish", drafts)
    assert set(model.objects.values_list("state", flat=True)) == {State.DRAFT}


def test_every_change_is_in_the_records_history_with_who_and_what(client, curator, editor, db):
    intervention = InterventionRoleFactory(intervention__state=State.DRAFT).intervention
    client.force_login(curator)
    url = admin_url(Intervention, "change", intervention.pk)
    data = form_data(client.get(url))
    data["summary"] = "A new summary."
    client.post(url, data)
    client.force_login(editor)
    bulk(client, Intervention, "publish", [intervention])

    versions = list(intervention.history.order_by("history_date"))
    assert [v.history_user.username if v.history_user else None for v in versions[-2:]] == ["curator", "editor"]
    assert versions[-1].history_change_reason == "Bulk action: published"
    delta = versions[-2].diff_against(versions[-3])
    assert "summary" in delta.changed_fields

    page = client.get(admin_url(Intervention, "history", intervention.pk)).content.decode()
    assert "curator" in page and "editor" in page


@pytest.mark.parametrize(("past", "now"), [(State.DRAFT, State.PUBLISHED), (State.PUBLISHED, State.DRAFT)])
def test_curators_cannot_publish_or_unpublish_by_reverting_to_a_past_version(client, curator, past, now):
    record = InterventionRoleFactory(intervention__state=past).intervention
    version = record.history.latest().history_id
    record.state = now
    record.save()
    url = admin_url(Intervention, "simple_history", record.pk, version)
    client.force_login(curator)
    response = client.post(url, form_data(client.get(url)))
    assert "Only Editors can publish or unpublish" in response.content.decode()
    record.refresh_from_db()
    assert record.state == now
