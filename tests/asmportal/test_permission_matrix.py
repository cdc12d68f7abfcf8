"""The permission matrix: every staff URL × anonymous / member of the public / Curator / Editor / superuser.

Staff URLs are every admin URL (each registered model's, from the admin's own URL list) and the
newsletter's digest pages, so a new model or staff page joins the matrix by itself. What each role may
do comes from its permissions (asmportal.security.roles); on top of that, the matrix states outright what the
roles must never reach: accounts, groups, two-factor devices and sign-in logs are the superuser's only.
"""

import pytest
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from interventions.models import Intervention
from newsletter.models import Digest

from .url_list import admin_url_patterns, url_patterns

# The admin's own question for each kind of model page (import-export adds import and export): so the
# matrix follows both the roles' permissions and what an admin class allows nobody (adding sign-in logs).
PAGE_CHECKS = {
    "changelist": "has_view_or_change_permission",
    "history": "has_view_or_change_permission",
    "simple_history": "has_view_or_change_permission",  # one past version; reverting it is a change
    "change": "has_view_or_change_permission",
    "add": "has_add_permission",
    "delete": "has_delete_permission",
    "import": "has_import_permission",
    "process_import": "has_import_permission",
    "export": "has_export_permission",
    "password_change": "has_change_permission",  # setting another account's password
    # A device's secret key as text or QR code: shown to no one, superusers included (OTP_ADMIN_HIDE_SENSITIVE_DATA).
    "config": None,
    "qrcode": None,
}
# Site pages any staff member with the second factor (where due) may open.
ANY_STAFF = {
    "admin:index",
    "admin:password_change",
    "admin:password_change_done",
    "admin:jsi18n",
    "admin:view_on_site",
    "admin:two_factor",
}
NEWSLETTER_PERMISSIONS = {
    "newsletter:builder": "newsletter.add_digest",
    "newsletter:list": "newsletter.view_digest",
    "newsletter:detail": "newsletter.view_digest",
    "newsletter:email": "newsletter.view_digest",
    "newsletter:download": "newsletter.view_digest",
    # Sending is POST only: an editor's GET is answered 405 (allowed, wrong method), anyone else's 403.
    "newsletter:send-test": "newsletter.send_newsletter",
    "newsletter:send": "newsletter.send_newsletter",
    "newsletter:subscribers-csv": "newsletter.view_subscription",
}
# These answer a GET by their nature, not by role (autocomplete wants a form field's parameters):
# they are checked only for people who are not staff.
NOT_BY_GET = {"admin:login", "admin:logout", "admin:autocomplete"}
SUPERUSER_ONLY = {"auth", "otp_totp", "otp_static", "axes"}
CONTENT = {"interventions", "events", "publications"}
USERS = ["anonymous", "visitor", "curator", "editor", "superuser"]


def model_page(name):
    """(model, page kind) of an admin model URL name such as admin:interventions_intervention_change."""
    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}_"
        if name.startswith(prefix):
            return model, name.removeprefix(prefix)
    return None, None


def staff_urls():
    """(name, url, model, page kind) for every staff URL, arguments filled from the records fixture."""
    urls = []
    for name, kwargs in admin_url_patterns():
        model, page = model_page(name)
        if name == "admin:app_list":
            labels = sorted({m._meta.app_label for m in admin.site._registry})
            urls += [(name, reverse(name, kwargs={"app_label": label}), None, label) for label in labels]
            continue
        values = {}
        for kwarg in kwargs:
            if kwarg in ("object_id", "pk", "#0") and model is not None:
                values[kwarg] = model._default_manager.order_by("pk").first().pk
            elif kwarg == "#1" and page == "simple_history":
                values[kwarg] = model.history.order_by("history_id").first().history_id
            elif kwarg == "id" and model is not None:  # a user's password page
                values[kwarg] = model._default_manager.order_by("pk").first().pk
            elif name == "admin:view_on_site":
                record = Intervention.objects.first()
                values = {"content_type_id": ContentType.objects.get_for_model(record).pk, "object_id": record.pk}
            else:
                pytest.fail(f"The permission matrix cannot fill <{kwarg}> of {name}: teach staff_urls() about it.")
        if model is None and name not in ANY_STAFF and name not in NOT_BY_GET:
            pytest.fail(f"{name} is a staff URL the matrix does not know: say who may open it.")
        if model is not None and page not in PAGE_CHECKS:
            pytest.fail(f"{name}: the matrix does not know which permission a '{page}' page needs.")
        positional = [values.pop(key) for key in sorted(values) if key.startswith("#")]
        urls.append((name, reverse(name, args=positional, kwargs=values), model, page))
    digest = Digest.objects.first()
    for name, kwargs, _ in url_patterns():
        if name.startswith("newsletter:"):
            values = {"pk": digest.pk, "extension": "txt"}
            urls.append((name, reverse(name, kwargs={k: values[k] for k in kwargs}), None, None))
    return urls


def may_open(request, name, model, page):
    user = request.user
    if name in ANY_STAFF:
        return True
    if name in NEWSLETTER_PERMISSIONS:
        return user.has_perm(NEWSLETTER_PERMISSIONS[name])
    if name == "admin:app_list":
        return user.has_module_perms(page)
    check = PAGE_CHECKS[page]
    if check is None:
        return False
    method = getattr(admin.site._registry[model], check)
    return method(request, None) if check == "has_change_permission" else method(request)


def outcome(client, url):
    """'login', 'denied' or 'allowed': where the redirects lead and how the last page answers."""
    response = client.get(url, follow=True)
    if any(hop.startswith(reverse("admin:login")) for hop, _ in response.redirect_chain):
        return "login"
    if response.status_code in (403, 404):
        return "denied"
    assert response.status_code < 500, (url, response.status_code)
    return "allowed"


@pytest.fixture
def people(request, records, curator, editor, superuser, visitor):
    return {"anonymous": None, "visitor": visitor, "curator": curator, "editor": editor, "superuser": superuser}


@pytest.mark.parametrize("who", USERS)
def test_every_staff_url_answers_each_role_as_its_permissions_say(client, rf, people, who):
    user = people[who]
    if user is not None:
        client.force_login(user)
    request = rf.get("/")
    request.user = user
    urls = staff_urls()
    assert len(urls) > 100
    wrong = []
    for name, url, model, page in urls:
        if name in ("admin:login", "admin:logout"):  # the sign-in page itself; signing out is POST only
            continue
        got = outcome(client, url)
        if user is None or not user.is_staff:
            # The digest pages refuse a signed-in member of the public outright; the admin asks them to sign in.
            expected = "denied" if user is not None and name.startswith("newsletter:") else "login"
        elif name in NOT_BY_GET:
            continue
        else:
            expected = "allowed" if may_open(request, name, model, page) else "denied"
        if got != expected:
            wrong.append((url, expected, got))
    assert wrong == []


@pytest.mark.parametrize("who", ["curator", "editor"])
def test_roles_never_reach_accounts_devices_or_sign_in_logs(client, people, who):
    client.force_login(people[who])
    reached = [
        url
        for name, url, model, page in staff_urls()
        if (model is not None and model._meta.app_label in SUPERUSER_ONLY)
        or (name == "admin:app_list" and page in SUPERUSER_ONLY)
        if outcome(client, url) == "allowed"
    ]
    assert reached == []


def test_curators_prepare_records_and_editors_also_remove_them(client, people):
    deletes = [url for name, url, model, page in staff_urls() if page == "delete" and model._meta.app_label in CONTENT]
    assert len(deletes) == 3
    client.force_login(people["curator"])
    assert {outcome(client, url) for url in deletes} == {"denied"}
    client.force_login(people["editor"])
    assert {outcome(client, url) for url in deletes} == {"allowed"}


def test_curators_prepare_figures_and_only_editors_publish_them(client, people):
    """Figures follow the records' rule: both roles edit them; crossing the published line (the
    admin's publish actions, the state menu) is the Editors'."""
    from figures.models import Figure

    for who, may_publish in [("curator", False), ("editor", True)]:
        user = people[who]
        assert user.has_perms(["figures.view_figure", "figures.add_figure", "figures.change_figure"])
        assert user.has_perm("figures.publish_figure") is may_publish
        client.force_login(user)
        page = client.get(reverse("admin:figures_figure_changelist")).content.decode()
        assert ('value="publish"' in page) is may_publish
    assert Figure.objects.exists()
