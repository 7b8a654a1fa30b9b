""" "Save" on the training lists of pathway pages, for signed-in people: a plain form that works without
JavaScript, inside a part of the page that is kept and shared, each person's own CSRF token filled in."""

import re

import pytest
from django.test import Client

from config.templatetags.shared_fragments import CSRF_PLACEHOLDER
from resources.models import Bookmark
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LEVEL_PAGE = "/pathway/levels/practice-educator/"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def save_forms(html: str) -> list[str]:
    return re.findall(
        r'<form method="post" action="(/resources/[^"]+/bookmark/)" class="app-save-form">', html
    )


def signed_in(user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def test_signed_out_the_training_list_has_no_save_buttons(client, demo_catalogue):
    html = client.get(LEVEL_PAGE).content.decode()

    assert "app-training-list" in html
    assert not save_forms(html)


def test_signed_in_each_item_has_a_save_button_that_adds_it_to_my_learning_list(demo_catalogue):
    user = UserFactory()
    client = signed_in(user)
    html = client.get(LEVEL_PAGE).content.decode()

    forms = save_forms(html)
    assert forms
    panel = html[html.index('id="training-panel-heading"') :]
    token = TOKEN.search(panel).group(1)
    assert CSRF_PLACEHOLDER not in html
    response = client.post(forms[0], {"csrfmiddlewaretoken": token, "action": "add", "next": LEVEL_PAGE})

    assert response.status_code == 302 and response["Location"] == LEVEL_PAGE
    assert Bookmark.objects.filter(user=user).count() == 1


def test_the_kept_list_carries_each_persons_own_token(demo_catalogue):
    first, second = signed_in(UserFactory()), signed_in(UserFactory())

    first_html = first.get(LEVEL_PAGE).content.decode()  # renders and keeps the shared part
    second_html = second.get(LEVEL_PAGE).content.decode()  # served the kept part

    first_panel = first_html[first_html.index('id="training-panel-heading"') :]
    second_panel = second_html[second_html.index('id="training-panel-heading"') :]
    action = save_forms(second_html)[0]
    token = TOKEN.search(second_panel).group(1)
    assert TOKEN.search(first_panel).group(1) != token
    response = second.post(action, {"csrfmiddlewaretoken": token, "action": "add", "next": LEVEL_PAGE})
    assert response.status_code == 302  # the token works: it is this person's


def test_saving_twice_keeps_one_and_never_takes_it_off(client, demo_catalogue):
    user = UserFactory()
    client.force_login(user)
    html = client.get(LEVEL_PAGE).content.decode()
    action = save_forms(html)[0]

    client.post(action, {"action": "add"})
    client.post(action, {"action": "add"})

    assert Bookmark.objects.filter(user=user).count() == 1
