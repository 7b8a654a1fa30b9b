import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import DEFAULT_PASSWORD, UserFactory

WRONG_PASSWORD = "not-the-right-password"
TOO_MANY = "Too many failed login attempts. Try again later."


def sign_in(client, email, password):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_sign_in_with_the_right_password_signs_in_and_redirects_to_the_profile(
    client, user, signed_in_user_id
):
    response = sign_in(client, user.email, DEFAULT_PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    assert signed_in_user_id(client) == str(user.pk)


def test_sign_in_ignores_the_case_of_the_email_address(client, user, signed_in_user_id):
    sign_in(client, user.email.upper(), DEFAULT_PASSWORD)

    assert signed_in_user_id(client) == str(user.pk)


def test_sign_in_with_the_wrong_password_shows_an_nhs_error_summary(
    client, user, error_summary, page_title, signed_in_user_id
):
    response = sign_in(client, user.email, WRONG_PASSWORD)

    assert response.status_code == 200
    assert page_title(response).startswith("Error: ")
    summary = error_summary(response)
    assert summary.startswith("There is a problem")
    assert "The email address and/or password you specified are not correct." in summary
    assert signed_in_user_id(client) is None


def test_sign_in_for_an_unknown_address_gives_the_same_error_as_a_wrong_password(client, user, error_summary):
    unknown = sign_in(client, "nobody@example.nhs.uk", WRONG_PASSWORD)
    wrong = sign_in(client, user.email, WRONG_PASSWORD)

    assert unknown.status_code == wrong.status_code == 200
    assert error_summary(unknown) == error_summary(wrong)


def test_sign_in_with_an_unverified_address_does_not_sign_in(client, db, mailoutbox, signed_in_user_id):
    unverified = UserFactory(verified_email=False)

    response = sign_in(client, unverified.email, DEFAULT_PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert signed_in_user_id(client) is None


def test_sign_in_with_an_unverified_address_sends_a_verification_email(
    client, db, mailoutbox, path_from_mail
):
    unverified = UserFactory(verified_email=False)

    sign_in(client, unverified.email, DEFAULT_PASSWORD)

    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [unverified.email]
    assert "/accounts/confirm-email/" in path_from_mail(mailoutbox[0].body)


def test_sign_in_with_an_unverified_address_says_to_check_email(client, db, mailoutbox):
    unverified = UserFactory(verified_email=False)

    response = sign_in(client, unverified.email, DEFAULT_PASSWORD)
    page = client.get(response["Location"])

    assert page.status_code == 200
    assert "We have sent an email to you for verification." in page.content.decode()


@pytest.fixture
def fail_five_times(error_summary):
    def fail_five_times(client, email):
        for _ in range(5):
            response = sign_in(client, email, WRONG_PASSWORD)
            assert TOO_MANY not in error_summary(response)

    return fail_five_times


def test_sign_in_after_five_failures_is_refused_even_with_the_right_password(
    client, user, error_summary, fail_five_times, page_title, signed_in_user_id
):
    fail_five_times(client, user.email)

    response = sign_in(client, user.email, DEFAULT_PASSWORD)

    assert response.status_code == 200
    assert page_title(response).startswith("Error: ")
    assert TOO_MANY in error_summary(response)
    assert signed_in_user_id(client) is None


def test_sign_in_rate_limit_follows_the_account_to_another_ip_address(
    client, user, error_summary, fail_five_times, signed_in_user_id
):
    fail_five_times(client, user.email)
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")

    response = sign_in(elsewhere, user.email, DEFAULT_PASSWORD)

    assert TOO_MANY in error_summary(response)
    assert signed_in_user_id(elsewhere) is None


def test_four_failures_do_not_lock_the_account(client, user, signed_in_user_id):
    for _ in range(4):
        sign_in(client, user.email, WRONG_PASSWORD)

    response = sign_in(client, user.email, DEFAULT_PASSWORD)

    assert response.status_code == 302
    assert signed_in_user_id(client) == str(user.pk)


def test_sign_in_rate_limit_uses_the_configured_setting(
    client, user, settings, error_summary, signed_in_user_id
):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "2/5m/ip,2/5m/key"}
    for _ in range(2):
        sign_in(client, user.email, WRONG_PASSWORD)

    response = sign_in(client, user.email, DEFAULT_PASSWORD)

    assert TOO_MANY in error_summary(response)
    assert signed_in_user_id(client) is None


def test_sign_out_ends_the_session(signed_in_client, signed_in_user_id):
    response = signed_in_client.post(reverse("account_logout"))

    assert response.status_code == 302
    assert signed_in_user_id(signed_in_client) is None
