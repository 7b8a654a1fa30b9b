import re

from allauth.account.models import EmailAddress
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests.factories import DEFAULT_PASSWORD, UserFactory

DELETED = "Your account and everything saved in it have been deleted"
CONFIRM_ERROR = "Confirm that you understand your account will be deleted"


def test_delete_account_requires_sign_in(client, db):
    response = client.get(reverse("accounts:delete_account"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_delete_account_page_shows_the_confirmation_form(signed_in_client):
    response = signed_in_client.get(reverse("accounts:delete_account"))

    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'<input(?=[^>]*type="checkbox")(?=[^>]*name="confirm")[^>]*>', html)
    assert "Delete my account" in html
    assert reverse("accounts:download_data") in html


def test_delete_account_without_ticking_the_box_shows_an_error(
    signed_in_client, user, error_summary, page_title, signed_in_user_id
):
    response = signed_in_client.post(reverse("accounts:delete_account"), {"confirm": ""})

    assert response.status_code == 200
    assert page_title(response).startswith("Error: ")
    assert CONFIRM_ERROR in error_summary(response)
    assert 'href="#id_confirm"' in response.content.decode()
    assert User.objects.filter(pk=user.pk).exists()
    assert signed_in_user_id(signed_in_client) == str(user.pk)


def test_delete_account_submitted_by_a_browser_without_the_box_shows_an_error(db, error_summary):
    """A real browser posts the CSRF token and, when the box is not ticked, nothing else."""
    user = UserFactory()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    page = browser.get(reverse("accounts:delete_account")).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)

    response = browser.post(reverse("accounts:delete_account"), {"csrfmiddlewaretoken": token})

    assert response.status_code == 200
    assert CONFIRM_ERROR in error_summary(response)
    assert User.objects.filter(pk=user.pk).exists()


def test_delete_account_with_an_empty_body_shows_an_error(db, error_summary):
    """The CSRF token may come in a header (htmx sends X-CSRFToken, see base.html), leaving the body
    empty when the box is not ticked. The view binds its form with `request.POST or None`, so an empty
    body gives an unbound form: the page re-renders with no error at all."""
    user = UserFactory()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    browser.get(reverse("accounts:delete_account"))
    token = browser.cookies["csrftoken"].value

    response = browser.post(reverse("accounts:delete_account"), {}, HTTP_X_CSRFTOKEN=token)

    assert response.status_code == 200
    assert CONFIRM_ERROR in error_summary(response)
    assert User.objects.filter(pk=user.pk).exists()


def test_delete_account_with_confirmation_removes_the_user_and_their_email_addresses(signed_in_client, user):
    signed_in_client.post(reverse("accounts:delete_account"), {"confirm": "on"})

    assert not User.objects.filter(pk=user.pk).exists()
    assert not EmailAddress.objects.filter(email=user.email).exists()
    assert not EmailAddress.objects.filter(user_id=user.pk).exists()


def test_delete_account_signs_out_and_redirects_home_with_a_success_message(
    signed_in_client, signed_in_user_id
):
    response = signed_in_client.post(reverse("accounts:delete_account"), {"confirm": "on"})

    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert signed_in_user_id(signed_in_client) is None
    home = signed_in_client.get(response["Location"])
    assert DELETED in home.content.decode()


def test_deleted_account_can_no_longer_sign_in(signed_in_client, user, signed_in_user_id):
    signed_in_client.post(reverse("accounts:delete_account"), {"confirm": "on"})
    browser = Client()

    browser.post(reverse("account_login"), {"login": user.email, "password": DEFAULT_PASSWORD})

    assert signed_in_user_id(browser) is None


def test_delete_account_leaves_other_people_untouched(client, db):
    me = UserFactory()
    someone_else = UserFactory(region="london")
    client.force_login(me)

    client.post(reverse("accounts:delete_account"), {"confirm": "on"})

    someone_else.refresh_from_db()
    assert someone_else.region == "london"
    assert EmailAddress.objects.filter(user=someone_else, email=someone_else.email, verified=True).exists()


def test_deleted_email_address_can_sign_up_again(signed_in_client, user, mailoutbox):
    signed_in_client.post(reverse("accounts:delete_account"), {"confirm": "on"})

    Client().post(
        reverse("account_signup"),
        {"email": user.email, "password1": "plum-orchard-lantern-42", "password2": "plum-orchard-lantern-42"},
    )

    assert User.objects.filter(email=user.email).exists()
    assert "already exists" not in mailoutbox[-1].body
