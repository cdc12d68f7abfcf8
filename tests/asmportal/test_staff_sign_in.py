"""Staff sign-in: throttled per username and address, and two-factor where set up or required."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "correct horse battery staple"  # tests.factories.UserFactory's
OFFICE = "198.51.100.7"
ATTACKER = "203.0.113.66"


def sign_in(client, username, password=PASSWORD, code="", address=OFFICE, **extra):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "otp_token": code, "next": reverse("admin:index")},
        REMOTE_ADDR=address,
        **extra,
    )


def signed_in(response):
    return response.status_code == 302 and response["Location"] == reverse("admin:index")


def app_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def add_app(user):
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def add_recovery_codes(user, *codes):
    device = StaticDevice.objects.create(user=user, name="Recovery codes")
    for code in codes:
        device.token_set.create(token=code)
    return device


# --- throttling -------------------------------------------------------------------------------


def test_wrong_passwords_lock_out_that_username_from_that_address(client, curator, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, "curator", "wrong", address=ATTACKER)
        assert response.status_code == 200  # the form again, with its error
    locked = sign_in(client, "curator", "wrong", address=ATTACKER)
    assert locked.status_code == 429
    assert "Too many sign-in attempts" in locked.content.decode()
    assert "ASM Knowledge Portal" in locked.content.decode()
    assert "15 minutes" in locked.content.decode()
    # Even the right password is refused from there during the cool-off...
    assert sign_in(client, "curator", address=ATTACKER).status_code == 429
    assert AccessFailureLog.objects.filter(username="curator").count() >= settings.AXES_FAILURE_LIMIT


def test_an_attacker_elsewhere_cannot_lock_the_curator_out(client, curator, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT + 2):
        sign_in(client, "curator", "wrong", address=ATTACKER)
    assert signed_in(sign_in(client, "curator", address=OFFICE))


def test_the_lockout_lifts_by_itself_after_the_cool_off(client, curator, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "curator", "wrong")
    assert sign_in(client, "curator").status_code == 429
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=16))
    assert signed_in(sign_in(client, "curator"))


def test_a_successful_sign_in_clears_earlier_failures(client, curator, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "curator", "wrong")
    assert signed_in(sign_in(client, "curator"))
    client.logout()
    sign_in(client, "curator", "wrong")
    assert signed_in(sign_in(client, "curator"))


def test_behind_a_proxy_a_forged_forwarded_for_does_not_give_a_fresh_address(client, curator, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for n in range(settings.AXES_FAILURE_LIMIT):
        # The client writes the left part; the proxy (10.0.0.1) appends the address it saw.
        sign_in(client, "curator", "wrong", address="10.0.0.1", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, {ATTACKER}")
    assert AccessAttempt.objects.get().ip_address == ATTACKER
    response = sign_in(client, "curator", address="10.0.0.1", HTTP_X_FORWARDED_FOR=f"192.0.2.99, {ATTACKER}")
    assert response.status_code == 429
    assert signed_in(sign_in(client, "curator", address="10.0.0.1", HTTP_X_FORWARDED_FOR=OFFICE))


# --- two-factor sign-in -------------------------------------------------------------------------


def test_staff_without_two_factor_sign_in_with_their_password(client, curator):
    assert signed_in(sign_in(client, "curator"))
    assert client.get(reverse("admin:index")).status_code == 200


def test_with_an_app_set_up_the_password_alone_is_not_enough(client, curator, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 3600  # the pause after a wrong code outlasts a slow test run
    device = add_app(curator)
    response = sign_in(client, "curator")
    assert response.status_code == 200
    assert "Enter the code from your authenticator app" in response.content.decode()
    assert "That code is not right" in sign_in(client, "curator", code="000000").content.decode()
    assert client.get(reverse("admin:index")).status_code == 302
    # django-otp then pauses the device for a moment that doubles with each wrong code.
    assert "temporarily disabled" in sign_in(client, "curator", code=app_code(device)).content.decode()
    device.refresh_from_db()
    device.throttle_reset()
    assert signed_in(sign_in(client, "curator", code=app_code(device)))
    assert client.get(reverse("admin:index")).status_code == 200


def test_a_recovery_code_works_once(client, curator):
    add_app(curator)
    add_recovery_codes(curator, "k7pq2wz9")
    assert signed_in(sign_in(client, "curator", code="k7pq2wz9"))
    client.logout()
    assert sign_in(client, "curator", code="k7pq2wz9").status_code == 200
    assert not StaticToken.objects.exists()


def test_a_code_without_the_right_password_signs_no_one_in(client, curator):
    device = add_app(curator)
    response = sign_in(client, "curator", "wrong", code=app_code(device))
    assert response.status_code == 200
    assert client.get(reverse("admin:index")).status_code == 302


def test_superusers_must_use_a_second_factor_when_required(client, superuser, settings):
    settings.OTP_REQUIRED_FOR_SUPERUSERS = True
    response = sign_in(client, "root")
    assert response.status_code == 200
    assert "this account has none yet" in response.content.decode()
    assert "addstatictoken" in response.content.decode()
    # A session without the code (however it came about) opens no staff page.
    client.force_login(superuser)
    assert client.get(reverse("admin:index")).status_code == 302
    assert client.get(reverse("newsletter:builder")).status_code == 403
    client.logout()
    device = add_app(superuser)
    assert signed_in(sign_in(client, "root", code=app_code(device)))
    assert client.get(reverse("admin:index")).status_code == 200
    assert client.get(reverse("newsletter:builder")).status_code == 200


def test_in_development_superusers_may_sign_in_with_a_password(client, superuser, settings):
    settings.OTP_REQUIRED_FOR_SUPERUSERS = False
    assert signed_in(sign_in(client, "root"))


def test_production_settings_require_two_factor_for_superusers():
    import os
    import subprocess
    import sys

    env = {**os.environ, "DEBUG": "0", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "portal.example.org"}
    env.pop("OTP_REQUIRED_FOR_SUPERUSERS", None)
    probe = "from django.conf import settings; print(settings.OTP_REQUIRED_FOR_SUPERUSERS)"
    out = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {probe}"],
        env={**env, "DJANGO_SETTINGS_MODULE": "asmportal.settings"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip().splitlines()[-1] == "True"


# --- setting it up ------------------------------------------------------------------------------


def test_staff_set_up_an_authenticator_app_by_scanning_and_confirming(client, curator, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 3600  # the pause after a wrong code outlasts a slow test run
    client.force_login(curator)
    page = client.get(reverse("admin:two_factor"))
    html = page.content.decode()
    assert page.status_code == 200
    assert '<svg role="img" aria-label="QR code for your authenticator app"' in html
    pending = TOTPDevice.objects.get(user=curator, confirmed=False)

    wrong = client.post(reverse("admin:two_factor"), {"action": "confirm-app", "code": "123456"})
    assert "does not match" in wrong.content.decode()
    assert not TOTPDevice.objects.filter(confirmed=True).exists()
    throttled = client.post(reverse("admin:two_factor"), {"action": "confirm-app", "code": app_code(pending)})
    assert "wait a few seconds" in throttled.content.decode()
    pending.refresh_from_db()
    pending.throttle_reset()

    done = client.post(reverse("admin:two_factor"), {"action": "confirm-app", "code": app_code(pending)}, follow=True)
    assert "Your authenticator app is set up" in done.content.decode()
    assert TOTPDevice.objects.get(user=curator).confirmed
    # The session that set it up stays signed in; a new one needs the code.
    assert client.get(reverse("admin:index")).status_code == 200
    client.logout()
    assert sign_in(client, "curator").status_code == 200


def test_recovery_codes_are_shown_once_and_each_signs_in_once(client, curator):
    client.force_login(curator)
    html = client.post(reverse("admin:two_factor"), {"action": "recovery-codes"}).content.decode()
    codes = list(StaticToken.objects.filter(device__user=curator).values_list("token", flat=True))
    assert len(codes) == 10
    assert all(code in html for code in codes)
    assert not any(code in client.get(reverse("admin:two_factor")).content.decode() for code in codes)
    client.logout()
    assert signed_in(sign_in(client, "curator", code=codes[0]))
    assert StaticToken.objects.filter(device__user=curator).count() == 9


def test_a_required_superuser_cannot_remove_their_only_second_factor(client, superuser, settings):
    settings.OTP_REQUIRED_FOR_SUPERUSERS = True
    device = add_app(superuser)
    sign_in(client, "root", code=app_code(device))
    response = client.post(reverse("admin:two_factor"), {"action": "remove-app"}, follow=True)
    assert "make recovery codes first" in response.content.decode()
    assert TOTPDevice.objects.filter(user=superuser).exists()


def test_the_set_up_page_needs_a_signed_in_staff_member(client, visitor):
    assert client.get(reverse("admin:two_factor")).status_code == 302
    client.force_login(visitor)
    assert client.get(reverse("admin:two_factor")).status_code == 302


@pytest.mark.parametrize("code", ["", " ", "x" * 13, "12345678901", "'; drop table --", "１２３４５６"])
def test_odd_codes_get_a_clear_message(client, curator, code):
    add_app(curator)
    response = sign_in(client, "curator", code=code)
    assert response.status_code == 200
    assert client.get(reverse("admin:index")).status_code == 302
