"""Browser policy headers, cookie flags and security.txt, as a visitor's browser receives them."""

import datetime
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.checks import Tags, run_checks
from django.utils import timezone

from asmportal.security.csp_hashes import THIRD_PARTY_SCRIPT_ATTRIBUTES, THIRD_PARTY_STYLE_ATTRIBUTES
from tests.factories import PublicationFactory


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.fixture
def detail_path(db):
    return PublicationFactory().get_absolute_url()


def test_pages_carry_a_strict_content_security_policy(client, detail_path):
    csp = policy(client.get(detail_path))
    assert csp["default-src"] == ["'none'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    everything = " ".join(source for sources in csp.values() for source in sources)
    assert "'unsafe-inline'" not in everything
    assert "'unsafe-eval'" not in everything
    assert "*" not in everything and "https:" not in everything


def test_public_pages_use_no_nonce_so_cached_copies_stay_valid(client, detail_path):
    """Whole public pages are cached and shared between visitors: a nonce in one would be wrong
    for every later visitor, so public templates must need none."""
    for path in ["/", "/publications/", detail_path, detail_path, "/search/?q=gold"]:
        response = client.get(path)
        assert "nonce-" not in response["Content-Security-Policy"], path
        assert b"nonce=" not in response.content, path


def test_staff_pages_get_a_fresh_nonce_that_matches_the_page(client, superuser, demo):
    client.force_login(superuser)
    first, second = (client.get("/admin/publications/publication/") for _ in range(2))
    nonces = []
    for response in (first, second):
        (source,) = [s for s in policy(response)["style-src"] if s.startswith("'nonce-")]
        nonce = source.removeprefix("'nonce-").removesuffix("'")
        assert f'nonce="{nonce}"'.encode() in response.content
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


@pytest.mark.parametrize(
    "header, value",
    [
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("X-Frame-Options", "DENY"),
    ],
)
def test_pages_carry_browser_policy_headers(client, detail_path, header, value):
    assert client.get(detail_path)[header] == value


def test_permissions_policy_turns_off_powerful_features(client, db):
    features = dict(item.split("=") for item in client.get("/")["Permissions-Policy"].split(", "))
    for feature in ["camera", "microphone", "geolocation", "payment", "usb"]:
        assert features[feature] == "()"


@pytest.mark.parametrize(
    "path, corp",
    [
        ("/", "same-origin"),
        ("/publications/", "same-origin"),
        ("/publications/feed/", "cross-origin"),
        ("/publications/export.csv", "cross-origin"),
        ("/events/calendar.ics", "cross-origin"),
        ("/api/publications/", "cross-origin"),
    ],
)
def test_other_systems_may_read_the_data_and_nothing_else(client, db, path, corp):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Cross-Origin-Resource-Policy"] == corp


def test_third_party_attributes_allowed_by_hash_still_exist():
    """An allowance for an attribute a package no longer has would be dead weight in the policy."""
    import import_export
    import rest_framework
    import simple_history

    texts = "".join(
        path.read_text()
        for package in (import_export, rest_framework, simple_history)
        for path in Path(package.__file__).parent.rglob("*.html")
    )
    for text in THIRD_PARTY_STYLE_ATTRIBUTES:
        assert f'style="{text}"' in texts
    for text in THIRD_PARTY_SCRIPT_ATTRIBUTES:
        assert re.search(rf'on\w+="{re.escape(text)}"', texts)


PRODUCTION_PROBE = """
import django, json
django.setup()
from django.conf import settings as s
from django.test import Client, override_settings
# A fresh checkout has no collected static files for the production storage to name.
plain = {**s.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
with override_settings(STORAGES=plain):
    response = Client().get("/admin/login/", secure=True)
cookie = response.cookies[s.CSRF_COOKIE_NAME]
print(json.dumps({
    "session": [s.SESSION_COOKIE_NAME, s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE],
    "csrf_cookie": [cookie.key, bool(cookie["secure"]), bool(cookie["httponly"]), cookie["samesite"], cookie["path"],
                    cookie["domain"]],
    "hsts": response["Strict-Transport-Security"],
    "status": response.status_code,
}))
"""


def test_production_cookies_are_host_only_secure_http_only_and_same_site(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DATABASE_URL"}}
    env |= {
        "DJANGO_SETTINGS_MODULE": "asmportal.settings",
        "DEBUG": "0",
        "SECRET_KEY": "s" * 50,
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'probe.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_PROBE], env=env, capture_output=True, text=True, cwd=settings.BASE_DIR
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["status"] == 200
    assert found["session"] == ["__Host-sessionid", True, True, "Lax"]
    assert found["csrf_cookie"] == ["__Host-csrftoken", True, True, "Lax", "/", ""]
    assert found["hsts"] == "max-age=31536000; includeSubDomains; preload"


def test_security_txt_names_a_contact_and_expires_within_a_year(client, settings):
    settings.SECURITY_CONTACTS = ["mailto:security@portal.example.org"]
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Contact"] == "mailto:security@portal.example.org"
    assert fields["Canonical"] == "http://testserver/.well-known/security.txt"
    expires = datetime.datetime.fromisoformat(fields["Expires"])
    assert timezone.now() < expires < timezone.now() + datetime.timedelta(days=365)


def test_without_a_contact_there_is_no_security_txt_and_the_deploy_check_says_so(client, settings):
    def warnings():
        return [message.id for message in run_checks(tags=[Tags.security], include_deployment_checks=True)]

    settings.SECURITY_CONTACTS = []
    assert client.get("/.well-known/security.txt").status_code == 404
    assert "asmportal.W001" in warnings()
    settings.SECURITY_CONTACTS = ["mailto:security@portal.example.org"]
    assert "asmportal.W001" not in warnings()


def test_the_error_page_needs_no_inline_style():
    page = (Path(settings.BASE_DIR) / "templates" / "500.html").read_text()
    assert "style=" not in page and "<style" not in page and "<script" not in page


ADMIN_PATH_PROBE = """
import django
django.setup()
from django.test import Client
from django.urls import reverse
client = Client()
robots = client.get("/robots.txt").content.decode()
print(reverse("admin:index"), client.get("/admin/").status_code, robots.count("admin"))
"""


def test_the_admin_can_move_to_a_less_guessable_path_which_robots_txt_does_not_reveal(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL"}}
    env |= {
        "DJANGO_SETTINGS_MODULE": "asmportal.settings",
        "ADMIN_PATH": "/curate-7f3a/",
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'probe.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-c", ADMIN_PATH_PROBE], env=env, capture_output=True, text=True, cwd=settings.BASE_DIR
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["/curate-7f3a/", "404", "0"]
