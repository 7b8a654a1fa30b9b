import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from django.urls import reverse

from accounts.models import User

EMAIL = "verify.me@example.nhs.uk"
PASSWORD = "plum-orchard-lantern-42"
EXPIRED_MESSAGE = "This email confirmation link expired or is invalid."


@pytest.fixture
def sign_up_and_get_link(path_from_mail):
    def sign_up_and_get_link(client, mailoutbox) -> str:
        client.post(reverse("account_signup"), {"email": EMAIL, "password1": PASSWORD, "password2": PASSWORD})
        return path_from_mail(mailoutbox[-1].body)

    return sign_up_and_get_link


def address_is_verified() -> bool:
    return EmailAddress.objects.get(email=EMAIL).verified


def test_expired_verification_link_page_says_it_has_expired(
    client, db, mailoutbox, settings, sign_up_and_get_link
):
    confirm_path = sign_up_and_get_link(client, mailoutbox)
    settings.ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 0

    response = client.get(confirm_path)

    assert response.status_code == 200
    assert EXPIRED_MESSAGE in response.content.decode()
    assert f'action="{confirm_path}"' not in response.content.decode()


def test_expired_verification_link_does_not_verify_the_address(
    client, db, mailoutbox, settings, sign_up_and_get_link, signed_in_user_id
):
    confirm_path = sign_up_and_get_link(client, mailoutbox)
    settings.ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 0

    response = client.post(confirm_path)

    assert response.status_code == 404
    assert address_is_verified() is False
    assert signed_in_user_id(client) is None


def test_unexpired_verification_link_still_works_with_default_expiry(
    client, db, mailoutbox, sign_up_and_get_link
):
    confirm_path = sign_up_and_get_link(client, mailoutbox)

    client.post(confirm_path)

    assert address_is_verified() is True


def test_garbage_verification_key_is_refused(client, db, mailoutbox, sign_up_and_get_link):
    sign_up_and_get_link(client, mailoutbox)
    garbage_path = reverse("account_confirm_email", kwargs={"key": "not-a-real-key"})

    page = client.get(garbage_path)
    response = client.post(garbage_path)

    assert page.status_code == 200
    assert EXPIRED_MESSAGE in page.content.decode()
    assert response.status_code == 404
    assert address_is_verified() is False


def test_tampered_verification_key_is_refused(client, db, mailoutbox, sign_up_and_get_link):
    confirm_path = sign_up_and_get_link(client, mailoutbox)
    tampered = confirm_path[:-3] + ("A" if confirm_path[-3] != "A" else "B") + confirm_path[-2:]

    response = client.post(tampered)

    assert response.status_code == 404
    assert address_is_verified() is False


def test_verification_link_for_someone_else_does_not_sign_in_the_wrong_person(
    client, db, mailoutbox, sign_up_and_get_link, signed_in_user_id
):
    confirm_path = sign_up_and_get_link(client, mailoutbox)
    other_browser = Client()

    other_browser.post(confirm_path)

    # Verified, but the browser that merely opened the link is not signed in as the new account.
    assert address_is_verified() is True
    assert signed_in_user_id(other_browser) is None
    assert User.objects.filter(email=EMAIL).exists()
