"""A test that cannot run here says why: a skip on a developer's machine, a failure in CI (CI=true),
where a missing browser or service would otherwise pass unnoticed."""

import os

import pytest


def missing(reason):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: a test that cannot run fails here instead of skipping)")
    pytest.skip(reason)
