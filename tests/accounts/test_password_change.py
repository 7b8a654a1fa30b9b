from django.test import Client
from django.urls import reverse

from tests.factories import DEFAULT_PASSWORD

NEW_PASSWORD = "quince-harbour-meadow-77"


def change_password(client, current, new1=NEW_PASSWORD, new2=NEW_PASSWORD):
    return client.post(
        reverse("account_change_password"), {"oldpassword": current, "password1": new1, "password2": new2}
    )


def test_password_change_page_requires_sign_in(client, db):
    response = client.get(reverse("account_change_password"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_password_change_with_the_right_current_password_sets_the_new_one(signed_in_client, user):
    response = change_password(signed_in_client, DEFAULT_PASSWORD)

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_password_change_keeps_the_person_signed_in_and_confirms(signed_in_client, user, signed_in_user_id):
    response = change_password(signed_in_client, DEFAULT_PASSWORD)
    page = signed_in_client.get(response["Location"])

    assert signed_in_user_id(signed_in_client) == str(user.pk)
    assert "Password successfully changed." in page.content.decode()


def test_password_change_with_the_wrong_current_password_is_refused(
    signed_in_client, user, error_summary, page_title
):
    response = change_password(signed_in_client, "not-my-current-password")

    assert response.status_code == 200
    assert page_title(response).startswith("Error: ")
    assert "Please type your current password." in error_summary(response)
    assert 'href="#id_oldpassword"' in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)


def test_password_change_with_a_weak_new_password_is_refused(signed_in_client, user, error_summary):
    response = change_password(signed_in_client, DEFAULT_PASSWORD, new1="short", new2="short")

    assert response.status_code == 200
    assert "too short" in error_summary(response)
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)


def test_after_a_password_change_the_old_password_no_longer_signs_in(
    signed_in_client, user, signed_in_user_id
):
    change_password(signed_in_client, DEFAULT_PASSWORD)
    browser = Client()

    browser.post(reverse("account_login"), {"login": user.email, "password": DEFAULT_PASSWORD})

    assert signed_in_user_id(browser) is None
