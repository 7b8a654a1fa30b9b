"""HEAD works wherever GET does (load balancers and uptime monitors use it): the same status and
redirect, no body. (Each page's own status is the sweep's business: tests/system/test_every_page.py.)"""

import pytest
from django.test import Client

from tests.factories import UserFactory
from tests.system.pages import PUBLIC_PAGES, SIGNED_IN_PAGES


@pytest.mark.parametrize("path", ["/healthz", "/robots.txt", *PUBLIC_PAGES])
def test_head_answers_as_get_does_signed_out(demo_content, path):
    get, head = Client().get(path), Client().head(path)
    assert head.status_code == get.status_code
    assert head.status_code != 405
    assert head.get("Location") == get.get("Location")
    assert head.content == b""


@pytest.mark.parametrize("path", SIGNED_IN_PAGES)
def test_head_answers_as_get_does_signed_in(demo_content, path):
    client = Client()
    client.force_login(UserFactory())
    get, head = client.get(path), client.head(path)
    assert head.status_code == get.status_code
    assert head.status_code != 405
    assert head.get("Location") == get.get("Location")
    assert head.content == b""
