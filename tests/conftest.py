import io

import pytest
from django.core.management import call_command

from asmportal.roles import CURATORS, EDITORS

from .factories import UserFactory


def pytest_configure(config):
    # Only the tests use a fast hash: the suite creates hundreds of accounts, and PBKDF2's deliberate
    # slowness (half a second a hash here) proves nothing about the portal.
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def fresh_cache():
    """Cached fragments are keyed by the data version, which a test's rollback can bring back."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
