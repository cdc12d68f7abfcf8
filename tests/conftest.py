import io
import os
import shutil

import pytest
from django.core.management import call_command
from django.utils import translation

from asmportal.security.roles import CURATORS, EDITORS
from catalog.models import versions

from .factories import UserFactory
from .needs import missing
from .shared import shared_data

pytest_plugins = ["tests.mail_kit"]

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def pytest_configure(config):
    # Only the tests use a fast hash: the suite creates hundreds of accounts, and PBKDF2's deliberate
    # slowness (half a second a hash here) proves nothing about the portal.
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

    # Pages in French and Spanish need the compiled catalogues (built, never committed).
    from asmportal.translation import catalogues

    if catalogues.stale():
        catalogues.compile_all()


@pytest.fixture(autouse=True)
def no_request_left_open():
    """Each test starts outside any request. A test client's streamed response that is never closed
    sends no request_finished, which would leave the data version memoised for the thread: a later
    test, after the first one's writes were rolled back, would then read caches keyed by a version
    the database no longer holds."""
    versions._request_finished()
    # The test client runs requests in this thread, and LocaleMiddleware leaves the language of the
    # last one active: a test after a French page would otherwise reverse() French addresses.
    translation.deactivate()


@pytest.fixture
def fresh_throttles():
    """Throttles count in the cache, which outlives a test: start a test that signs up from none."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_staff=True, is_superuser=True)


@pytest.fixture
def curator(db):
    return UserFactory(username="curator", is_staff=True, groups=[CURATORS])


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", is_staff=True, groups=[EDITORS])


@pytest.fixture
def visitor(db):
    """A signed-in member of the public: not staff."""
    return UserFactory(username="visitor")


# The committed demo as the first load on this worker left it (see `committed_demo`).
DEMO_COPIES = {}


@pytest.fixture(scope="session")
def demo_catalogue(django_db_setup, django_db_blocker):
    """The demo content, loaded once per test session (per worker)."""
    from .replay import restore

    with shared_data(django_db_blocker):
        with django_db_blocker.unblock():
            # A copy kept by `committed_demo` (browser tests run first) is the same catalogue, faster.
            if copy := DEMO_COPIES.get("demo"):
                restore(copy)
            else:
                call_command("load_demo", stdout=io.StringIO())
        yield


@pytest.fixture
def demo(demo_catalogue, db):
    """The demo catalogue under this test's own transaction."""


@pytest.fixture
def committed_demo(transactional_db):
    """The demo content committed, for tests another thread or process must see (the live server).
    The first load on this worker is copied; later tests get the copy back (see tests/replay.py)."""
    from django.contrib.auth import get_user_model

    from .replay import restore, snapshot

    if copy := DEMO_COPIES.get("demo"):
        restore(copy)
        return
    # A copy taken after another fixture added its own rows would hand them to every later test.
    clean = not get_user_model().objects.exists()
    call_command("load_demo", stdout=io.StringIO())
    if clean:
        DEMO_COPIES["demo"] = snapshot()


def shares_data(item):
    return "demo_catalogue" in item.fixturenames


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    uses = {"transactional_db", "live_server", "committed_demo"} & set(item.fixturenames)
    return bool(uses) or bool(marker and marker.kwargs.get("transaction"))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests run in three groups, each in the order collection (or pytest-randomly) gave it: those on
    an empty catalogue, then transactional ones (which empty the tables after themselves), then
    those that share the demo catalogue. Within a module of the first group, tests that share a
    catalogue built once for the module (a module-scoped `*_catalogue` fixture) run after the
    module's other tests. Workers of pytest-xdist take tests in this order too."""
    groups = ([], [], [])
    for item in items:
        groups[2 if shares_data(item) else 1 if is_transactional(item) else 0].append(item)
    modules = {}
    for item in groups[0]:
        modules.setdefault(item.module.__name__, len(modules))
    groups[0].sort(key=lambda item: (modules[item.module.__name__], shares_module_data(item)))
    items[:] = [item for group in groups for item in group]


def shares_module_data(item):
    return any(name.endswith("_catalogue") for name in item.fixturenames)


@pytest.fixture
def browser(live_server):
    """Chromium, for the browser tests. Set up data before asking for it: while Playwright runs, the
    main thread has an event loop, and database work there would open a connection nothing closes."""
    from playwright.sync_api import sync_playwright

    from scripts.screenshots import CHROMIUM_ARGS

    if not shutil.which(CHROMIUM):
        missing(f"Chromium not found at {CHROMIUM}: browser tests skipped")

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
