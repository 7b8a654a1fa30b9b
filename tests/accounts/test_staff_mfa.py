import time

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.urls import reverse

from tests.factories import DEFAULT_PASSWORD, UserFactory, with_totp

PROTECTED_PATHS = ["/admin/", "/evaluation/"]
MFA_WARNING = "Set up two-factor authentication before you use staff pages."


def current_totp_code(secret: str) -> str:
    """The code an authenticator app would show now, computed with allauth's own HOTP helpers. Waits out
    the last second of a period so the code cannot expire between computing and posting it."""
    period = mfa_settings.TOTP_PERIOD
    if period - time.time() % period < 1:
        time.sleep(1)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


@pytest.fixture
def superuser(db):
    return UserFactory(is_superuser=True, is_staff=True)


@pytest.fixture
def curator(db):
    return UserFactory(groups=["Curators"], is_staff=True)


@pytest.fixture
def evaluator(db):
    return UserFactory(groups=["Evaluators"])


@pytest.mark.parametrize("path", PROTECTED_PATHS)
def test_curator_without_mfa_is_sent_to_set_up_an_authenticator(client, curator, path):
    client.force_login(curator)

    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


@pytest.mark.parametrize("path", PROTECTED_PATHS)
def test_superuser_without_mfa_is_sent_to_set_up_an_authenticator(client, superuser, path):
    client.force_login(superuser)

    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_evaluator_without_mfa_is_sent_to_set_up_an_authenticator(client, evaluator):
    client.force_login(evaluator)

    response = client.get("/evaluation/")

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_staff_without_mfa_are_told_why_they_must_set_it_up(client, curator):
    client.force_login(curator)

    response = client.get("/admin/", follow=True)

    assert MFA_WARNING in response.content.decode()


def test_staff_without_mfa_can_still_use_their_own_pages(client, curator):
    client.force_login(curator)

    assert client.get(reverse("accounts:my_pathway")).status_code == 200
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_non_staff_user_gets_403_at_admin(signed_in_client):
    response = signed_in_client.get("/admin/", follow=True)

    assert response.status_code == 403


def test_non_staff_user_is_refused_at_the_admin_sign_in_page(signed_in_client):
    response = signed_in_client.get(reverse("admin:login"))

    assert response.status_code == 403


def test_non_staff_user_gets_403_at_evaluation(signed_in_client):
    response = signed_in_client.get("/evaluation/")

    assert response.status_code == 403


def test_signed_out_visitor_to_admin_is_sent_to_the_service_sign_in(client, db):
    response = client.get("/admin/", follow=True)

    assert response.redirect_chain[-1][0].startswith(reverse("account_login") + "?next=")
    assert response.status_code == 200
    assert 'name="login"' in response.content.decode()


def test_signed_out_visitor_to_admin_login_is_sent_to_the_service_sign_in(client, db):
    response = client.get(reverse("admin:login"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login") + "?next=")


def test_signed_out_visitor_to_evaluation_is_sent_to_sign_in(client, db):
    response = client.get("/evaluation/")

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_superuser_with_totp_reaches_admin(client, superuser):
    client.force_login(with_totp(superuser))

    response = client.get("/admin/")

    assert response.status_code == 200


def test_superuser_with_totp_reaches_evaluation(client, superuser):
    client.force_login(with_totp(superuser))

    response = client.get("/evaluation/")

    assert response.status_code == 200


def test_curator_with_totp_reaches_admin(client, curator):
    client.force_login(with_totp(curator))

    response = client.get("/admin/")

    assert response.status_code == 200


def test_evaluator_with_totp_reaches_evaluation(client, evaluator):
    client.force_login(with_totp(evaluator))

    response = client.get("/evaluation/")

    assert response.status_code == 200


def test_curator_with_totp_is_still_refused_evaluation(client, curator):
    client.force_login(with_totp(curator))

    response = client.get("/evaluation/")

    assert response.status_code == 403


def sign_in_and_open_activation(client, user) -> str:
    """Sign in as a person does, confirm the password where allauth asks for it again, open the
    activation page, and return the secret it shows."""
    signed_in = client.post(reverse("account_login"), {"login": user.email, "password": DEFAULT_PASSWORD})
    assert signed_in.status_code == 302
    assert client.get("/admin/")["Location"] == reverse("mfa_activate_totp")
    page = client.get(reverse("mfa_activate_totp"))
    if page.status_code == 302 and page["Location"].startswith(reverse("account_reauthenticate")):
        # allauth 65 counts only an explicit re-authentication as "recent" for adding an authenticator.
        confirmed = client.post(page["Location"], {"password": DEFAULT_PASSWORD})
        assert confirmed.status_code == 302
        assert confirmed["Location"] == reverse("mfa_activate_totp")
        page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = page.context["form"].secret
    assert client.session["mfa.totp.secret"] == secret
    return secret


def test_staff_member_activates_totp_through_the_real_flow_and_reaches_admin(client, superuser):
    secret = sign_in_and_open_activation(client, superuser)

    activated = client.post(reverse("mfa_activate_totp"), {"code": current_totp_code(secret)})

    assert activated.status_code == 302
    assert Authenticator.objects.filter(user=superuser, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200


def test_totp_activation_shows_recovery_codes_next(client, superuser):
    secret = sign_in_and_open_activation(client, superuser)

    activated = client.post(reverse("mfa_activate_totp"), {"code": current_totp_code(secret)})

    assert activated["Location"] == reverse("mfa_view_recovery_codes")
    assert Authenticator.objects.filter(user=superuser, type=Authenticator.Type.RECOVERY_CODES).exists()


def test_activation_with_a_wrong_code_adds_no_authenticator(client, superuser):
    secret = sign_in_and_open_activation(client, superuser)
    wrong = f"{(int(current_totp_code(secret)) + 500_000) % 1_000_000:06d}"

    response = client.post(reverse("mfa_activate_totp"), {"code": wrong})

    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert not Authenticator.objects.filter(user=superuser).exists()
    assert client.get("/admin/")["Location"] == reverse("mfa_activate_totp")


def test_sign_in_for_staff_with_totp_asks_for_the_code_before_signing_in(client, superuser):
    with_totp(superuser)

    response = client.post(reverse("account_login"), {"login": superuser.email, "password": DEFAULT_PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
