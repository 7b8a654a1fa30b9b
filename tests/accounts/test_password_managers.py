"""WCAG 2.2 3.3.8 Accessible Authentication: people may paste and use password managers, so nothing on
the sign-in, sign-up or password pages blocks paste or turns autocomplete off, and each field says what
it holds so a password manager can fill it."""

import re

import pytest
from django.urls import reverse

PAGES_AND_FIELDS = [
    ("account_login", "login", "email"),
    ("account_login", "password", "current-password"),
    ("account_signup", "email", "email"),
    ("account_signup", "password1", "new-password"),
    ("account_signup", "password2", "new-password"),
    ("account_reset_password", "email", "email"),
]


@pytest.mark.parametrize(("url_name", "field", "autocomplete"), PAGES_AND_FIELDS)
def test_authentication_field_declares_its_autocomplete_purpose(
    client, db, url_name, field, autocomplete, input_tag
):
    tag = input_tag(client.get(reverse(url_name)), field)

    assert f'autocomplete="{autocomplete}"' in tag


@pytest.mark.parametrize("url_name", ["account_login", "account_signup", "account_reset_password"])
def test_authentication_page_does_not_block_paste(client, db, url_name):
    html = client.get(reverse(url_name)).content.decode()

    assert not re.search(r"\bon(paste|copy|cut|drop)\s*=", html, re.I)


@pytest.mark.parametrize("url_name", ["account_login", "account_signup", "account_reset_password"])
def test_authentication_page_does_not_turn_autocomplete_off(client, db, url_name):
    html = client.get(reverse(url_name)).content.decode()

    assert 'autocomplete="off"' not in html
    assert 'autocomplete="nope"' not in html


def test_password_change_fields_declare_current_and_new_password(signed_in_client, input_tag):
    response = signed_in_client.get(reverse("account_change_password"))

    assert 'autocomplete="current-password"' in input_tag(response, "oldpassword")
    assert 'autocomplete="new-password"' in input_tag(response, "password1")
    assert 'autocomplete="new-password"' in input_tag(response, "password2")


def test_email_fields_use_the_email_input_type(client, db, input_tag):
    login = client.get(reverse("account_login"))
    signup = client.get(reverse("account_signup"))

    assert 'type="email"' in input_tag(login, "login")
    assert 'type="email"' in input_tag(signup, "email")


def test_password_fields_use_the_password_input_type_so_managers_recognise_them(client, db, input_tag):
    login = client.get(reverse("account_login"))
    signup = client.get(reverse("account_signup"))

    assert 'type="password"' in input_tag(login, "password")
    assert 'type="password"' in input_tag(signup, "password1")
