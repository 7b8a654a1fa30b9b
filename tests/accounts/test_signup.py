import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests.factories import UserFactory

NEW_EMAIL = "new.educator@example.nhs.uk"
GOOD_PASSWORD = "plum-orchard-lantern-42"


def sign_up(client, email=NEW_EMAIL, password1=GOOD_PASSWORD, password2=GOOD_PASSWORD):
    return client.post(
        reverse("account_signup"), {"email": email, "password1": password1, "password2": password2}
    )


def test_sign_up_page_renders_nhs_form_markup(client, db, page_title):
    response = client.get(reverse("account_signup"))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="nhsuk-input" id="id_email"' in html
    assert 'class="nhsuk-label" for="id_password1"' in html
    assert 'class="nhsuk-form-group"' in html
    assert 'class="nhsuk-button"' in html
    assert "nhsuk-error-summary" not in html
    assert not page_title(response).startswith("Error:")


def test_sign_up_creates_an_unverified_account_and_sends_a_verification_email(client, db, mailoutbox):
    response = sign_up(client)

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email=NEW_EMAIL)
    assert user.check_password(GOOD_PASSWORD)
    assert EmailAddress.objects.get(user=user).verified is False
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [NEW_EMAIL]
    assert "/accounts/confirm-email/" in mailoutbox[0].body


def test_sign_up_does_not_sign_in_before_the_address_is_verified(client, db, mailoutbox, signed_in_user_id):
    sign_up(client)

    assert signed_in_user_id(client) is None


def test_following_the_verification_link_confirms_the_address_and_signs_in(
    client, db, mailoutbox, path_from_mail, signed_in_user_id
):
    sign_up(client)
    confirm_path = path_from_mail(mailoutbox[0].body)

    page = client.get(confirm_path)
    assert page.status_code == 200
    response = client.post(confirm_path)

    user = User.objects.get(email=NEW_EMAIL)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified is True
    assert signed_in_user_id(client) == str(user.pk)


def test_verified_address_can_sign_in_from_another_browser(
    client, db, mailoutbox, path_from_mail, signed_in_user_id
):
    sign_up(client)
    client.post(path_from_mail(mailoutbox[0].body))
    other_browser = Client()

    response = other_browser.post(reverse("account_login"), {"login": NEW_EMAIL, "password": GOOD_PASSWORD})

    assert response.status_code == 302
    assert signed_in_user_id(other_browser) == str(User.objects.get(email=NEW_EMAIL).pk)


@pytest.fixture
def assert_error_page(error_summary, page_title):
    def assert_error_page(response, *, field_id, message):
        html = response.content.decode()
        assert response.status_code == 200
        assert page_title(response).startswith("Error: ")
        summary = error_summary(response)
        assert summary.startswith("There is a problem")
        assert message in summary
        assert f'href="#{field_id}"' in html
        assert "nhsuk-form-group--error" in html

    return assert_error_page


def test_sign_up_with_mismatched_passwords_shows_an_error(client, db, mailoutbox, assert_error_page):
    response = sign_up(client, password2="a-different-pass-phrase")

    assert_error_page(response, field_id="id_password2", message="You must type the same password each time.")
    assert not User.objects.filter(email=NEW_EMAIL).exists()
    assert mailoutbox == []


def test_sign_up_with_a_weak_password_shows_an_error(client, db, mailoutbox, assert_error_page):
    response = sign_up(client, password1="password", password2="password")

    assert_error_page(response, field_id="id_password1", message="too short")
    assert not User.objects.filter(email=NEW_EMAIL).exists()


def test_sign_up_with_a_common_password_shows_an_error(client, db, mailoutbox, assert_error_page):
    response = sign_up(client, password1="password123", password2="password123")

    assert_error_page(response, field_id="id_password1", message="too common")
    assert not User.objects.filter(email=NEW_EMAIL).exists()


def test_sign_up_with_an_existing_email_creates_no_second_account(client, db, mailoutbox, signed_in_user_id):
    existing = UserFactory(email="taken@example.nhs.uk")

    sign_up(client, email="taken@example.nhs.uk")

    assert User.objects.filter(email="taken@example.nhs.uk").count() == 1
    existing.refresh_from_db()
    assert not existing.check_password(GOOD_PASSWORD)
    assert signed_in_user_id(client) is None


def test_sign_up_with_an_existing_email_looks_the_same_as_a_new_one(client, db, mailoutbox):
    """allauth prevents account enumeration (ACCOUNT_PREVENT_ENUMERATION, on by default): the visitor gets
    the same "check your e-mail" step as a fresh sign up, not a form error that would reveal the account."""
    UserFactory(email="taken@example.nhs.uk")

    existing = sign_up(client, email="taken@example.nhs.uk")
    fresh = sign_up(Client(), email=NEW_EMAIL)

    assert existing.status_code == fresh.status_code == 302
    assert existing["Location"] == fresh["Location"] == reverse("account_email_verification_sent")


def test_sign_up_with_an_existing_email_tells_the_owner_by_email(client, db, mailoutbox):
    UserFactory(email="taken@example.nhs.uk")

    sign_up(client, email="taken@example.nhs.uk")

    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["taken@example.nhs.uk"]
    assert "already exists" in mailoutbox[0].body
    assert "/accounts/password/reset/" in mailoutbox[0].body


def test_verification_email_names_this_service_not_the_default_site(client, db, mailoutbox, settings):
    sign_up(client)

    body = mailoutbox[0].body
    assert settings.SITE_NAME in body
    assert "example.com" not in body
