"""Every page answers its expected status and passes the accessibility helper in real Chromium, with the
demo framework and catalogue loaded: signed out, signed in, and signed in with JavaScript switched off on
a 320 px wide phone. With JavaScript on, every page also logs nothing to the console: no script error,
no request the CSP refuses (such as a web font from another origin), nothing that fails to load; the one
exception is an error page's own status, which Chromium reports as a failed load."""

from urllib.parse import urlsplit

import pytest
from django.urls import Resolver404, URLResolver, get_resolver, resolve

from tests.factories import UserFactory
from tests.system.accessibility import assert_accessible
from tests.system.pages import EVERY_PAGE, NOT_SWEPT, PUBLIC_PAGES


def _routes(resolver, prefix=""):
    """Every route, joined as Django joins them in ResolverMatch.route."""
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern).removeprefix("^")
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern, route)
        else:
            yield route


def _swept_route(path: str) -> str | None:
    try:
        return resolve(urlsplit(path).path).route
    except Resolver404:
        return None


def test_every_page_is_listed():
    swept = {_swept_route(path) for path in EVERY_PAGE}
    unlisted = [
        route
        for route in _routes(get_resolver())
        if not route.startswith("admin/")  # Django's own admin: styled and tested by Django
        and route not in swept
        and route not in NOT_SWEPT
    ]
    assert unlisted == []


def test_only_the_404_page_is_not_a_route():
    assert [path for path in EVERY_PAGE if _swept_route(path) is None] == ["/no-such-page/"]


def visit(page, url: str, expected_status: int) -> None:
    javascript = not getattr(page, "javascript_disabled", False)
    console_errors = []

    def on_console(message):
        if message.type == "error":
            console_errors.append(message.text)

    def on_page_error(error):
        console_errors.append(str(error))

    if javascript:
        page.on("console", on_console)
        page.on("pageerror", on_page_error)
    try:
        response = page.goto(url)
        assert response.status == expected_status, f"{url} answered {response.status}"
        assert_accessible(page)
        if javascript:
            assert page.evaluate("document.body.classList.contains('js-enabled')"), (
                "the inline script did not run"
            )
    finally:
        if javascript:  # the page is kept for the next test, so it must not keep this test's listeners
            page.remove_listener("console", on_console)
            page.remove_listener("pageerror", on_page_error)
    own_status = f"the server responded with a status of {expected_status}"
    unexpected = [text for text in console_errors if not (expected_status >= 400 and own_status in text)]
    assert unexpected == [], f"{url} logged console errors: {unexpected}"


@pytest.mark.parametrize(("path", "status"), PUBLIC_PAGES.items())
def test_public_page_is_accessible_signed_out(kept_page, live_server, demo_catalogue, path, status):
    visit(kept_page, live_server.url + path, status)


@pytest.mark.parametrize(("path", "status"), EVERY_PAGE.items())
def test_page_is_accessible_signed_in(kept_page, live_server, demo_catalogue, sign_in_browser, path, status):
    sign_in_browser(kept_page.context, UserFactory())
    visit(kept_page, live_server.url + path, status)


@pytest.mark.parametrize(("path", "status"), EVERY_PAGE.items())
def test_page_is_accessible_without_javascript_on_a_phone(
    kept_no_js_page, live_server, demo_catalogue, sign_in_browser, path, status
):
    sign_in_browser(kept_no_js_page.context, UserFactory())
    visit(kept_no_js_page, live_server.url + path, status)
