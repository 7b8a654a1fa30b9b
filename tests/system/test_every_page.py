"""Every page passes the accessibility helper in real Chromium: signed out, signed in, and with
JavaScript switched off."""

import pytest
from django.urls import URLResolver, get_resolver

from tests.factories import UserFactory
from tests.system.accessibility import assert_accessible
from tests.system.conftest import sign_in_browser
from tests.system.pages import NOT_SWEPT, PUBLIC_PAGES, SIGNED_IN_PAGES


def _routes(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern)


def test_every_page_is_listed():
    swept = {page.lstrip("/") for page in PUBLIC_PAGES + SIGNED_IN_PAGES}
    unlisted = [
        route
        for route in _routes(get_resolver())
        if not route.startswith("admin/")  # Django's own admin: styled and tested by Django
        and "<" not in route
        and "(?P" not in route  # pages that need an object are swept by their app's own tests
        and route not in swept
        and route not in NOT_SWEPT
    ]
    assert unlisted == []


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_is_accessible_signed_out(page, live_server, path):
    page.goto(live_server.url + path)
    assert_accessible(page)


@pytest.mark.parametrize("path", PUBLIC_PAGES + SIGNED_IN_PAGES)
def test_page_is_accessible_signed_in(page, live_server, transactional_db, path):
    sign_in_browser(page.context, live_server.url, UserFactory())
    page.goto(live_server.url + path)
    assert_accessible(page)


@pytest.mark.parametrize("path", PUBLIC_PAGES + SIGNED_IN_PAGES)
def test_page_is_accessible_without_javascript(no_js_page, live_server, transactional_db, path):
    sign_in_browser(no_js_page.context, live_server.url, UserFactory())
    no_js_page.goto(live_server.url + path)
    assert_accessible(no_js_page)
