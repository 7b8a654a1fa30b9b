import re

import pytest
from allauth.account.utils import user_pk_to_url_str
from django.test import Client
from django.urls import reverse

from tests.factories import DEFAULT_PASSWORD, UserFactory

NEW_PASSWORD = "quince-harbour-meadow-77"
BAD_TOKEN = "The password reset link was invalid"


def request_reset(client, email):
    return client.post(reverse("account_reset_password"), {"email": email})


@pytest.fixture
def reset_link(path_from_mail):
    def reset_link(client, user, mailoutbox) -> str:
        request_reset(client, user.email)
        return path_from_mail(mailoutbox[-1].body)

    return reset_link


def set_new_password(client, link, password1=NEW_PASSWORD, password2=NEW_PASSWORD):
    """Open the link as a person would: allauth moves the key into the session and redirects to a
    "set-password" URL without the key, where the form is posted."""
    opened = client.get(link)
    assert opened.status_code == 302
    assert opened["Location"].endswith("-set-password/")
    form_page = client.get(opened["Location"])
    assert form_page.status_code == 200
    return client.post(opened["Location"], {"password1": password1, "password2": password2})


def main_text(response) -> str:
    main = re.search(r"<main[^>]*>(.*?)</main>", response.content.decode(), re.S).group(1)
    return " ".join(re.sub(r"<[^>]+>", " ", main).split())


def test_password_reset_for_a_known_address_sends_an_email_with_a_reset_link(
    client, user, mailoutbox, path_from_mail
):
    response = request_reset(client, user.email)

    assert response.status_code == 302
    assert response["Location"] == reverse("account_reset_password_done")
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [user.email]
    assert path_from_mail(mailoutbox[0].body).startswith("/accounts/password/reset/key/")


def test_password_reset_link_sets_a_new_password(client, user, mailoutbox, reset_link):
    response = set_new_password(client, reset_link(client, user, mailoutbox))

    assert response.status_code == 302
    assert response["Location"] == reverse("account_reset_password_from_key_done")
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_after_a_password_reset_the_new_password_signs_in(
    client, user, mailoutbox, reset_link, signed_in_user_id
):
    set_new_password(client, reset_link(client, user, mailoutbox))
    browser = Client()

    browser.post(reverse("account_login"), {"login": user.email, "password": NEW_PASSWORD})

    assert signed_in_user_id(browser) == str(user.pk)


def test_after_a_password_reset_the_old_password_no_longer_signs_in(
    client, user, mailoutbox, error_summary, reset_link, signed_in_user_id
):
    set_new_password(client, reset_link(client, user, mailoutbox))
    browser = Client()

    response = browser.post(reverse("account_login"), {"login": user.email, "password": DEFAULT_PASSWORD})

    assert response.status_code == 200
    assert "There is a problem" in error_summary(response)
    assert signed_in_user_id(browser) is None


def test_password_reset_with_mismatched_new_passwords_is_refused_with_an_inline_error(
    client, user, mailoutbox, page_title, reset_link
):
    response = set_new_password(
        client, reset_link(client, user, mailoutbox), password2="something-else-entirely"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert page_title(response).startswith("Error: ")
    assert "nhsuk-form-group--error" in html
    assert 'id="id_password2_error"' in html
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)


def test_password_reset_with_mismatched_new_passwords_lists_the_error_in_the_error_summary(
    client, user, mailoutbox, error_summary, reset_link
):
    """allauth's password_reset_from_key.html calls {% element form %} without form=form, and our
    templates/allauth/elements/form.html only reads attrs.form, so no error summary is rendered."""
    response = set_new_password(
        client, reset_link(client, user, mailoutbox), password2="something-else-entirely"
    )

    summary = error_summary(response)
    assert summary.startswith("There is a problem")
    assert "You must type the same password each time." in summary
    assert 'href="#id_password2"' in response.content.decode()


def test_password_reset_link_cannot_be_used_twice(client, user, mailoutbox, reset_link):
    link = reset_link(client, user, mailoutbox)
    set_new_password(client, link)

    response = client.get(link, follow=True)

    assert BAD_TOKEN in main_text(response)
    assert "Bad Token" in main_text(response)


def test_tampered_password_reset_key_shows_the_bad_token_page(client, user, mailoutbox, reset_link):
    link = reset_link(client, user, mailoutbox)
    tampered = link.rstrip("/")[:-4] + "0000/"
    assert tampered != link

    response = client.get(tampered, follow=True)

    assert response.status_code == 200
    assert BAD_TOKEN in main_text(response)
    assert 'name="password1"' not in response.content.decode()


def test_tampered_password_reset_key_is_not_accepted_as_a_set_password_step(
    client, user, mailoutbox, reset_link
):
    link = reset_link(client, user, mailoutbox)
    tampered = link.rstrip("/")[:-4] + "0000/"

    opened = client.get(tampered)

    assert opened.status_code == 200
    assert BAD_TOKEN in main_text(opened)


def test_posting_to_the_set_password_url_without_a_valid_link_changes_nothing(
    client, user, mailoutbox, reset_link
):
    link = reset_link(client, user, mailoutbox)
    set_password_url = re.sub(r"/key/([0-9a-z]+)-.*$", r"/key/\1-set-password/", link)

    response = client.post(set_password_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert BAD_TOKEN in main_text(response)
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)


def test_password_reset_key_cannot_be_used_for_another_account(client, user, mailoutbox, reset_link):
    other = UserFactory()
    link = reset_link(client, user, mailoutbox)
    uid, token = re.search(r"/key/([0-9a-z]+)-(.+)/$", link).groups()
    assert uid == user_pk_to_url_str(user)
    other_link = reverse(
        "account_reset_password_from_key", kwargs={"uidb36": user_pk_to_url_str(other), "key": token}
    )

    response = client.get(other_link, follow=True)

    assert BAD_TOKEN in main_text(response)
    other.refresh_from_db()
    assert other.check_password(DEFAULT_PASSWORD)


def test_password_reset_for_an_unknown_address_gets_the_same_response_as_a_known_one(
    client, user, mailoutbox
):
    known = request_reset(client, user.email)
    unknown = request_reset(Client(), "nobody@example.nhs.uk")

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_password_reset_for_an_unknown_address_shows_the_same_page_as_a_known_one(client, user, mailoutbox):
    known = client.post(reverse("account_reset_password"), {"email": user.email}, follow=True)
    unknown = Client().post(
        reverse("account_reset_password"), {"email": "nobody@example.nhs.uk"}, follow=True
    )

    assert main_text(known) == main_text(unknown)
    assert "nobody@example.nhs.uk" not in main_text(unknown)


def test_password_reset_for_an_unknown_address_sends_no_reset_link(client, db, mailoutbox):
    request_reset(client, "nobody@example.nhs.uk")

    # allauth tells the address's owner that no account exists, without a reset link.
    assert all("/accounts/password/reset/key/" not in mail.body for mail in mailoutbox)
