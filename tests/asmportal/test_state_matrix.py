"""The editorial-state matrix: every admin path that can write a record's state × role × transition.

The rule (catalog.editorial): crossing the published line, to or from "published", needs the publish
permission, judged against the row in the database; a missing or blank state changes nothing. The
paths are read from the admin's own URLs and actions, so a new page or action that can write a state
fails `test_every_admin_path_of_a_content_type_is_in_the_matrix` until it is taught here.
"""

import csv
import io
import re

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse

from catalog import editorial
from catalog.models import State
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication
from tests.admin_kit import form_data, to_xlsx
from tests.factories import EventOrganiserFactory, InterventionRoleFactory, PublicationOrganisationFactory

from .test_permission_matrix import model_page
from .url_list import admin_url_patterns

DRAFT, REVIEW, PUBLISHED = State.DRAFT, State.IN_REVIEW, State.PUBLISHED
NEW, BLANK, MISSING = "(new record)", "(blank)", "(no state column)"
ROLES = ["curator", "editor", "superuser"]
MAKERS = {
    Intervention: lambda state: InterventionRoleFactory(intervention__state=state).intervention,
    Event: lambda state: EventOrganiserFactory(event__state=state).event,
    Publication: lambda state: PublicationOrganisationFactory(publication__state=state).publication,
}
CHANGES = [(DRAFT, PUBLISHED), (PUBLISHED, DRAFT), (PUBLISHED, REVIEW), (REVIEW, PUBLISHED), (DRAFT, REVIEW)]
CREATES = [(NEW, DRAFT), (NEW, REVIEW), (NEW, PUBLISHED)]
UNSAID = [(PUBLISHED, BLANK), (PUBLISHED, MISSING), (REVIEW, BLANK), (NEW, BLANK), (NEW, MISSING)]
# Admin pages of a content type, by whether they can write a record's state.
WRITERS = {"change", "add", "simple_history", "process_import", "changelist"}
NOT_WRITERS = {
    "history": "lists past versions",
    "delete": "removes the record, under its own permission",
    "export": "reads",
    "import": "the preview: a dry run whose transaction is rolled back",
}
# Bulk actions (posted to the changelist): the state each one moves the records it applies to into.
ACTIONS = {"send_to_review": REVIEW, "publish": PUBLISHED, "unpublish": DRAFT}
NOT_STATE_ACTIONS = {
    "delete_selected": "removes records, under the delete permission",
    "export_admin_action": "reads",
    "read_file_text": "queues the reading of publications' files; writes no record",
}


def rule(may_publish, old, new):
    """The state the database must hold after asking to move a record from `old` to `new`."""
    if new in (BLANK, MISSING):
        return DRAFT if old == NEW else old
    if editorial.crosses_published_line(DRAFT if old == NEW else old, new) and not may_publish:
        return None if old == NEW else old  # refused: nothing is written
    return new


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def content_paths():
    """(model, path) for every state-writing admin path of the content types: pages, import formats, actions."""
    for name, _ in admin_url_patterns():
        model, page = model_page(name)
        if model not in MAKERS or page not in WRITERS:
            continue
        if page == "changelist":
            yield from ((model, f"action:{action}") for action in ACTIONS)
        elif page == "process_import":
            yield from ((model, f"import:{fmt}") for fmt in ("csv", "xlsx"))
        else:
            yield model, page


PATHS = list(content_paths())


def state_of(model, slug):
    return model._base_manager.filter(slug=slug).values_list("state", flat=True).first()


def form_template(client, model):
    """What a record's change form posts, without its inline rows (they name that record): a valid form for
    any record once its title and slug are put in, so each transition needs one request, not two."""
    data = form_data(client.get(admin_url(model, "change", MAKERS[model](DRAFT).pk)))
    rows = re.compile(r"^.+-\d+-")
    data = {key: value for key, value in data.items() if not rows.match(key)}
    for key in [k for k in data if k.endswith("-TOTAL_FORMS") or k.endswith("-INITIAL_FORMS")]:
        data[key] = "0"
    return data


def by_form(client, model, old, new, template):
    record = MAKERS[model](DRAFT if old == NEW else old)
    data = {**template, "title": record.title, "slug": record.slug}
    if old == NEW:  # the add form, filled like a copy of a saved record
        data["slug"] = f"{record.slug}-copy"
        url = admin_url(model, "add")
    else:
        url = admin_url(model, "change", record.pk)
    if new == MISSING:
        data.pop("state")
    else:
        data["state"] = "" if new == BLANK else new
    client.post(url, data)
    return state_of(model, data["slug"])


def by_revert(client, model, old, new):
    """Open a past version whose state is `new` while the record is `old`, and save it."""
    record = MAKERS[model](new)
    version = record.history.latest().history_id
    record.state = old
    record.save()
    url = admin_url(model, "simple_history", record.pk, version)
    client.post(url, form_data(client.get(url)))
    return state_of(model, record.slug)


def format_index(model, fmt):
    choices = admin.site._registry[model].get_import_formats()
    return next(index for index, format_class in enumerate(choices) if format_class().get_title().lower() == fmt)


def import_file(client, model, fmt, text, name):
    url = admin_url(model, "import")
    index = format_index(model, fmt)
    content = text.encode() if fmt == "csv" else to_xlsx(text)
    preview = client.post(url, {"format": index, "import_file": SimpleUploadedFile(f"{name}.{fmt}", content)})
    if preview.context.get("confirm_form"):
        client.post(admin_url(model, "process_import"), preview.context["confirm_form"].initial)
    return preview


def by_import(client, model, old, new, fmt, resource_class):
    record = MAKERS[model](DRAFT if old == NEW else old)
    rows = list(csv.reader(io.StringIO(resource_class().export(queryset=model.objects.filter(pk=record.pk)).csv)))
    header, row = rows[0], rows[1]
    slug = record.slug
    if old == NEW:
        slug = row[header.index("slug")] = f"{record.slug}-imported"
        row[header.index("title")] = f"{record.title} (imported)"
    state = header.index("state")
    if new == MISSING:
        del header[state], row[state]
    else:
        row[state] = "" if new == BLANK else new
    out = io.StringIO()
    csv.writer(out).writerows([header, row])
    import_file(client, model, fmt, out.getvalue(), model._meta.model_name)
    return state_of(model, slug)


def by_action(client, model, old, action):
    record = MAKERS[model](old)
    client.post(admin_url(model, "changelist"), {"action": action, "_selected_action": [record.pk]})
    return state_of(model, record.slug)


@pytest.fixture
def people(curator, editor, superuser):
    return {"curator": curator, "editor": editor, "superuser": superuser}


def test_every_admin_path_of_a_content_type_is_in_the_matrix(superuser):
    request = RequestFactory().get("/")
    request.user = superuser
    for name, _ in admin_url_patterns():
        model, page = model_page(name)
        if model in MAKERS:
            assert page in WRITERS or page in NOT_WRITERS, f"{name}: say whether this page can write a state"
    for model in MAKERS:
        for action in admin.site._registry[model].get_actions(request):
            assert action in ACTIONS or action in NOT_STATE_ACTIONS, (
                f"{model.__name__} action {action}: teach the matrix"
            )
    assert {page for _, page in PATHS} >= {"change", "add", "simple_history", "import:csv", "import:xlsx"}
    assert {(model, f"action:{a}") for model in MAKERS for a in ACTIONS} <= set(PATHS)


@pytest.mark.parametrize("who", ROLES)
@pytest.mark.parametrize(("model", "path"), PATHS, ids=[f"{m._meta.model_name}-{p}" for m, p in PATHS])
def test_each_path_writes_exactly_the_state_the_rule_allows(client, people, who, model, path):
    user = people[who]
    client.force_login(user)
    may_publish = editorial.may_publish(user, model)
    model_admin = admin.site._registry[model]
    got, expected = {}, {}
    if path.startswith("action:"):
        action = path.removeprefix("action:")
        target = ACTIONS[action]
        offered = action not in ("publish", "unpublish") or may_publish  # the admin offers these to Editors only
        for old in (DRAFT, REVIEW, PUBLISHED):
            moves = offered and not (action == "unpublish" and old != PUBLISHED)  # unpublish takes published ones
            got[old] = by_action(client, model, old, action)
            expected[old] = rule(may_publish, old, target) if moves else old
    elif path in ("change", "add"):
        cases = [*CHANGES, (PUBLISHED, BLANK), (PUBLISHED, MISSING)] if path == "change" else CREATES
        template = form_template(client, model)
        for old, new in cases:
            got[old, new] = by_form(client, model, old, new, template)
            # The form requires a state: asking for none is an error that changes nothing.
            expected[old, new] = old if new in (BLANK, MISSING) else rule(may_publish, old, new)
    elif path == "simple_history":
        for old, new in CHANGES:
            got[old, new] = by_revert(client, model, old, new)
            expected[old, new] = rule(may_publish, old, new)
    else:
        fmt = path.removeprefix("import:")
        resource_class = model_admin.get_import_resource_classes(None)[0]
        for old, new in [*CHANGES, *CREATES, *UNSAID]:
            got[old, new] = by_import(client, model, old, new, fmt, resource_class)
            expected[old, new] = rule(may_publish, old, new)
    assert got == expected


def test_a_forged_import_confirmation_writes_nothing(client, curator):
    """The confirm step checks again: a Curator who posts it for a refused file changes nothing."""
    record = MAKERS[Intervention](PUBLISHED)
    resource_class = admin.site._registry[Intervention].get_import_resource_classes(None)[0]
    exported = resource_class().export(queryset=Intervention.objects.filter(pk=record.pk))
    text = exported.csv.replace(",published,", ",draft,")
    client.force_login(curator)
    preview = import_file(client, Intervention, "csv", text, "forged")
    assert not preview.context.get("confirm_form")
    assert "Only Editors can publish or unpublish" in preview.content.decode()
    stored = preview.context["form"].cleaned_data["import_file"].tmp_storage_name
    index = preview.context["form"].cleaned_data["format"]
    response = client.post(
        admin_url(Intervention, "process_import"),
        {"import_file_name": stored, "original_file_name": "forged.csv", "format": index},
        follow=True,
    )
    assert "Nothing was imported" in response.content.decode()
    assert state_of(Intervention, record.slug) == PUBLISHED


def test_shell_and_queryset_writes_follow_the_same_rule(curator, editor, db):
    record = MAKERS[Publication](PUBLISHED)
    with editorial.acting_as(curator):
        record.state = DRAFT
        with pytest.raises(editorial.PublishingRefused):
            record.save()
        with pytest.raises(editorial.PublishingRefused):
            Publication.objects.filter(pk=record.pk).update(state=REVIEW)
        Publication.objects.filter(pk=record.pk).update(summary="Curators still edit published text.")
    assert state_of(Publication, record.slug) == PUBLISHED
    with editorial.acting_as(editor):
        Publication.objects.filter(pk=record.pk).update(state=REVIEW)
    assert state_of(Publication, record.slug) == REVIEW
    record.refresh_from_db()
    record.state = PUBLISHED
    record.save()  # outside any request: the operator running a command or the shell
    assert state_of(Publication, record.slug) == PUBLISHED
