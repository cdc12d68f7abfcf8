"""The curator's desk (issue 21): what Curators and Editors meet on the admin's forms and changelists.

Every rule is tried as both staff roles: Curators prepare records, Editors also publish.
"""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from catalog.models import Language, Mineral, State
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication
from tests.admin_kit import admin_url, form_data
from tests.factories import (
    EventOrganiserFactory,
    InterventionRoleFactory,
    OrganisationFactory,
    PublicationAuthorFactory,
    PublicationFactory,
    PublicationOrganisationFactory,
)

PDF = b"%PDF-1.7\n1 0 obj\n"
ALL_STATES = {State.DRAFT, State.IN_REVIEW, State.PUBLISHED}


@pytest.fixture(params=["curator", "editor"])
def staff(request, db):
    """Each test runs once signed in as a Curator and once as an Editor."""
    return request.getfixturevalue(request.param)


def may_publish(user):
    return user.username == "editor"


def offered_states(html):
    select = re.search(r'<select name="state"[^>]*>(.*?)</select>', html, re.S).group(1)
    return set(re.findall(r'<option value="([^"]*)"', select))


def summary(html):
    """The error summary at the top of a change form ('' when there is none)."""
    found = re.search(r'<div class="errornote error-summary".*?</ul>\s*</div>', html, re.S)
    return found.group(0) if found else ""


def record(model, state):
    """A record of each content type with one organisation in a role, so every inline has a row."""
    factory = {
        Intervention: lambda: InterventionRoleFactory(intervention__state=state).intervention,
        Event: lambda: EventOrganiserFactory(event__state=state).event,
        Publication: lambda: PublicationOrganisationFactory(publication__state=state).publication,
    }[model]
    return factory()


# --- 1. The state menu offers only what this user may set; errors are summarised at the top ----------


@pytest.mark.parametrize("model", [Intervention, Event, Publication])
@pytest.mark.parametrize("stored", [State.DRAFT, State.IN_REVIEW, State.PUBLISHED])
def test_the_state_menu_offers_only_the_states_this_user_may_set(client, staff, model, stored):
    obj = record(model, stored)
    client.force_login(staff)
    offered = offered_states(client.get(admin_url(model, "change", obj.pk)).content.decode())
    if may_publish(staff):
        assert offered == ALL_STATES
    elif stored == State.PUBLISHED:
        assert offered == {State.PUBLISHED}  # any other state would unpublish it
    else:
        assert offered == {State.DRAFT, State.IN_REVIEW}


@pytest.mark.parametrize("model", [Intervention, Event, Publication])
def test_a_new_record_offers_publishing_only_to_editors(client, staff, model):
    client.force_login(staff)
    offered = offered_states(client.get(admin_url(model, "add")).content.decode())
    assert offered == (ALL_STATES if may_publish(staff) else {State.DRAFT, State.IN_REVIEW})


def test_a_state_not_offered_is_still_refused_by_the_rule_with_its_reason_at_the_top(client, staff):
    draft = record(Publication, State.IN_REVIEW)
    client.force_login(staff)
    url = admin_url(Publication, "change", draft.pk)
    data = form_data(client.get(url))
    data["state"] = State.PUBLISHED  # what a forged or stale form would send
    response = client.post(url, data)
    draft.refresh_from_db()
    if may_publish(staff):
        assert response.status_code == 302
        assert draft.state == State.PUBLISHED
        return
    html = response.content.decode()
    assert draft.state == State.IN_REVIEW
    top = summary(html)
    assert '<a href="#id_state">State</a>' in top
    assert "Only Editors can publish or unpublish" in top
    assert re.search(r'id="id_state_error".*?Only Editors can publish', html, re.S)  # and at the field
    assert html.index("error-summary") < html.index('name="title"')


def test_every_error_is_summarised_at_the_top_with_a_link_to_where_it_is(client, staff):
    publication = PublicationAuthorFactory(publication__state=State.DRAFT).publication
    PublicationOrganisationFactory(publication=publication)
    client.force_login(staff)
    url = admin_url(Publication, "change", publication.pk)
    data = form_data(client.get(url))
    data["title"] = ""  # a field error
    data["external_url"] = ""  # no file, no link, not print only: an error of the whole record
    data["authors-0-person"] = ""  # an error in an inline row's field
    # A row repeating a saved one is an error of that row; two new rows repeating each other are an
    # error of the inline as a whole.
    again = OrganisationFactory()
    data.update(
        {
            "organisation_roles-TOTAL_FORMS": "4",
            "organisation_roles-1-organisation": data["organisation_roles-0-organisation"],
            "organisation_roles-1-role": data["organisation_roles-0-role"],
            "organisation_roles-2-organisation": again.pk,
            "organisation_roles-2-role": "author",
            "organisation_roles-3-organisation": again.pk,
            "organisation_roles-3-role": "author",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    top = summary(html)

    assert '<a href="#id_title">Title</a>: This field is required.' in top
    assert '<a href="#id_authors-0-person">Author 1, person</a>: This field is required.' in top
    assert '<a href="#organisation_roles-1">Organisation 2</a>: Organisation with this Publication' in top
    assert '<a href="#organisation_roles-group">Organisations</a>: Please correct the duplicate data' in top
    # A rule on the whole form is written out in full, in the curator's words (not the constraint's name).
    assert re.search(r'<li class="error-summary-whole">Give the publication a file or a web address', top)
    # Each link leads to something on the page, and each error is also shown where it belongs.
    for target in re.findall(r'href="#([^"]+)"', top):
        assert f'id="{target}"' in html, target
    assert 'id="id_title_error"' in html
    assert html.index("error-summary") < html.index('name="title"')
    assert "Please correct the error below" not in html
    publication.refresh_from_db()
    assert publication.title != ""


def test_a_valid_form_shows_no_summary(client, staff):
    obj = record(Publication, State.DRAFT)
    client.force_login(staff)
    assert summary(client.get(admin_url(Publication, "change", obj.pk)).content.decode()) == ""


# --- 2. A chosen file lost by a failed save is asked for again --------------------------------------


def add_publication_data(client):
    data = form_data(client.get(admin_url(Publication, "add")))
    data.update({"title": "Field notes", "slug": "field-notes", "kind": Publication.Kind.REPORT})
    return data


def test_a_failed_save_asks_for_the_chosen_file_again(client, staff, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(staff)
    data = add_publication_data(client)
    data["title"] = ""  # fails for another field
    data["file"] = SimpleUploadedFile("field-notes.pdf", PDF)
    response = client.post(admin_url(Publication, "add"), data)
    assert response.status_code == 200
    html = response.content.decode()
    at_field = re.search(r'<ul class="errorlist" id="id_file_error">(.*?)</ul>', html, re.S).group(1)
    assert "“field-notes.pdf” was not saved" in at_field
    assert "Choose the file again" in at_field
    assert '<a href="#id_file">File</a>' in summary(html)
    assert not Publication.objects.filter(slug="field-notes").exists()
    assert list(tmp_path.rglob("*.pdf")) == []


def test_a_failed_save_of_an_inline_row_also_asks_for_the_file_again(client, staff, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(staff)
    data = add_publication_data(client)
    data["file"] = SimpleUploadedFile("field-notes.pdf", PDF)
    data.update({"authors-TOTAL_FORMS": "1", "authors-0-position": "1", "authors-0-person": ""})
    html = client.post(admin_url(Publication, "add"), data).content.decode()
    assert re.search(r'id="id_file_error">.*?Choose the file again', html, re.S)


def test_a_refused_file_gives_its_own_reason_not_the_choose_again_note(client, staff, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(staff)
    data = add_publication_data(client)
    data["file"] = SimpleUploadedFile("field-notes.pdf", b"<html><script>alert(1)</script>")
    html = client.post(admin_url(Publication, "add"), data).content.decode()
    assert "is not a .pdf file" in html
    assert "Choose the file again" not in html


def test_a_save_that_succeeds_keeps_the_file(client, staff, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(staff)
    data = add_publication_data(client)
    data["file"] = SimpleUploadedFile("field-notes.pdf", PDF)
    assert client.post(admin_url(Publication, "add"), data).status_code == 302
    with Publication.objects.get(slug="field-notes").file.open("rb") as stored:
        assert stored.read() == PDF


# --- 3. Relations next to the title; 4. no phantom rows -----------------------------------------------

RELATION_INLINES = {
    Publication: ["authors", "organisation_roles"],
    Intervention: ["roles"],
    Event: ["organisers"],
}


@pytest.mark.parametrize("model", [Intervention, Event, Publication])
def test_relations_follow_the_first_fieldset_and_sources_stay_at_the_end(client, staff, model):
    obj = record(model, State.DRAFT)
    client.force_login(staff)
    response = client.get(admin_url(model, "change", obj.pk))
    html = response.content.decode()
    prefixes = {inline.formset.prefix for inline in response.context["inline_admin_formsets"]}
    relations = RELATION_INLINES[model]
    assert set(relations) <= prefixes, prefixes
    title = html.index('name="title"')
    second_fieldset = html.index('id="fieldset-0-1-heading"')
    for prefix in relations:
        assert title < html.index(f'id="{prefix}-group"') < second_fieldset, prefix


@pytest.mark.parametrize("model", [Intervention, Event, Publication])
def test_other_inlines_stay_after_the_last_fieldset(client, superuser, model):
    # Sources: only superusers may edit them so far.
    obj = record(model, State.DRAFT)
    client.force_login(superuser)
    html = client.get(admin_url(model, "change", obj.pk)).content.decode()
    assert html.index('id="sources-group"') > html.index(">Workflow</h2>")


@pytest.mark.parametrize("model", [Intervention, Event, Publication])
def test_a_new_record_has_no_phantom_inline_rows(client, staff, model):
    client.force_login(staff)
    response = client.get(admin_url(model, "add"))
    html = response.content.decode()
    for inline in response.context["inline_admin_formsets"]:
        prefix = inline.formset.prefix
        assert inline.formset.forms == [], prefix
        assert f'name="{prefix}-TOTAL_FORMS" value="0"' in html, prefix
        assert f'id="{prefix}-empty"' in html, prefix  # the row "Add another" copies is still there
    for prefix in RELATION_INLINES[model]:
        if prefix.endswith("roles"):
            # The row "Add another" copies has no role chosen for the curator.
            empty_row = re.search(rf'id="{prefix}-empty".*?</tr>', html, re.S).group(0)
            role = re.search(r'<select name="[^"]*-role"[^>]*>(.*?)</select>', empty_row, re.S).group(1)
            assert re.search(r'<option value="" selected>', role), role


@pytest.mark.parametrize(
    ("model", "prefix"), [(Publication, "organisation_roles"), (Intervention, "roles"), (Event, "organisers")]
)
def test_an_added_organisation_row_asks_for_its_role(client, staff, model, prefix):
    obj = record(model, State.DRAFT)
    organisation = OrganisationFactory(name="Added later")
    client.force_login(staff)
    url = admin_url(model, "change", obj.pk)
    data = form_data(client.get(url))
    data.update({f"{prefix}-TOTAL_FORMS": "2", f"{prefix}-1-organisation": organisation.pk})
    response = client.post(url, data)
    assert response.status_code == 200
    assert f'<a href="#id_{prefix}-1-role">' in summary(response.content.decode())
    assert obj.organisations.filter(pk=organisation.pk).exists() is False
    inline = next(i for i in response.context["inline_admin_formsets"] if i.formset.prefix == prefix)
    blank, (first_role, _label), *_others = inline.formset.forms[1].fields["role"].choices
    assert blank[0] == ""
    data[f"{prefix}-1-role"] = first_role
    assert client.post(url, data).status_code == 302
    assert obj.organisations.filter(pk=organisation.pk).exists()


# --- 5. Changelist filters list only the values in use --------------------------------------------


def filter_choices(response, field_path):
    spec = next(s for s in response.context["cl"].filter_specs if getattr(s, "field_path", None) == field_path)
    return {label for _, label in spec.lookup_choices}


def test_publication_filters_list_only_the_languages_and_minerals_in_use(client, staff):
    publication = PublicationFactory(state=State.DRAFT)
    publication.languages.set([Language.objects.get(code="sw")])
    publication.minerals.set([Mineral.objects.get(slug="gold")])
    assert Language.objects.count() > 100
    client.force_login(staff)
    response = client.get(admin_url(Publication, "changelist"))
    assert filter_choices(response, "languages") == {"Swahili"}
    assert filter_choices(response, "minerals") == {"Gold"}
    html = response.content.decode()
    assert "Swahili" in html and "Abkhazian" not in html


def test_intervention_filters_list_only_the_minerals_in_use(client, staff):
    intervention = InterventionRoleFactory().intervention
    intervention.minerals.set([Mineral.objects.get(slug="cobalt")])
    client.force_login(staff)
    response = client.get(admin_url(Intervention, "changelist"))
    assert filter_choices(response, "minerals") == {"Cobalt"}
