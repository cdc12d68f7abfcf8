"""Detail addresses built from a once-reversed pattern must be exactly what reverse() gives."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix

from catalog.models.publishable import detail_url


@pytest.mark.parametrize("app_label", ["publications", "interventions", "events"])
@pytest.mark.parametrize("slug", ["manila-2019", "Share_ASM-2021", "a", "ünïcode", "with space", "50%-off"])
def test_a_detail_address_is_what_reverse_gives(app_label, slug):
    def outcome(build):
        try:
            return build()
        except NoReverseMatch:  # a slug the URL pattern cannot hold: both refuse it
            return NoReverseMatch

    expected = outcome(lambda: reverse(f"{app_label}:detail", kwargs={"slug": slug}))
    assert outcome(lambda: detail_url(app_label, slug)) == expected


def test_the_script_prefix_is_respected():
    try:
        set_script_prefix("/portal/")
        assert detail_url("events", "manila-2019") == "/portal/events/manila-2019/"
    finally:
        set_script_prefix("/")
    assert detail_url("events", "manila-2019") == "/events/manila-2019/"
