import json

from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.urls import reverse

from tests.factories import UserFactory


def download(client):
    return client.get(reverse("accounts:download_data"))


def test_data_download_requires_sign_in(client, db):
    response = download(client)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={reverse('accounts:download_data')}"


def test_data_download_is_a_json_attachment(signed_in_client):
    response = download(signed_in_client)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="ahp-educator-pathways-my-data.json"' in response["Content-Disposition"]


def test_data_download_contains_the_persons_email_and_profile(signed_in_client, user):
    user.region = "london"
    user.employer = "Example University"
    user.save()

    account = json.loads(download(signed_in_client).content)["account"]

    assert account["email"] == user.email
    assert account["profession"] == "physiotherapists"
    assert account["educator_role"] == "practice-educator"
    assert account["region"] == "london"
    assert account["employer"] == "Example University"
    assert account["email_addresses"] == [{"email": user.email, "verified": True, "primary": True}]


def test_data_download_never_contains_another_persons_email(client, db):
    me = UserFactory()
    someone_else = UserFactory()
    client.force_login(me)

    body = download(client).content.decode()

    assert me.email in body
    assert someone_else.email not in body


def test_data_download_contains_no_password_hash(signed_in_client, user):
    body = download(signed_in_client).content.decode()

    assert user.password not in body
    assert "md5$" not in body
    assert "password" not in json.loads(body)["account"]


def test_data_download_names_second_factors_but_not_their_secrets(client, db):
    staff = UserFactory(is_staff=True)
    secret = generate_totp_secret()
    authenticator = TOTP.activate(staff, secret).instance
    client.force_login(staff)

    body = download(client).content.decode()

    assert json.loads(body)["account"]["two_factor_methods"] == ["totp"]
    assert secret not in body
    assert authenticator.data["secret"] not in body


def test_data_download_is_not_cached(signed_in_client):
    response = download(signed_in_client)

    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
