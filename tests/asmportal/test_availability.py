"""When the database is away: a clear 503 for people, /healthz for machines, and recovery after."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client


@pytest.fixture
def client():
    return Client(raise_request_exception=False)


def test_healthz_is_ok_with_the_database_up(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/", "/publications/", "/publications/?q=gold", "/events/calendar.ics"])
def test_pages_answer_a_clear_503_while_the_database_is_down_and_recover_after(client, db, path):
    with mock.patch.object(BaseDatabaseWrapper, "cursor", side_effect=OperationalError("refused"), autospec=True):
        down = client.get(path)
        health = client.get("/healthz")
    assert down.status_code == 503
    assert down["Retry-After"] == "30"
    assert b"briefly unavailable" in down.content
    assert b"Traceback" not in down.content and b"OperationalError" not in down.content
    assert health.status_code == 503
    assert health.json() == {"status": "unavailable", "database": "failing (OperationalError)", "cache": "ok"}

    assert client.get(path).status_code == 200
    assert client.get("/healthz").status_code == 200


def test_other_errors_still_get_the_500_page(client, db):
    with mock.patch("asmportal.pages.home.HomeView.get_context_data", side_effect=ValueError("boom")):
        response = client.get("/")
    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content
    assert b"boom" not in response.content
