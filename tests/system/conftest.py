"""Browser tests: real Debian Chromium driven by Playwright against Django's live server.

Nothing here downloads a browser: Playwright launches /usr/bin/chromium (CHROMIUM_PATH overrides).
Chromium's background networking is switched off so it never calls out to the internet.
"""

import os
import shutil

import pytest
from django.test import Client

from tests.system.accessibility import load_axe_on_every_page

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from test code are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/system/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not shutil.which(CHROMIUM_PATH) and not os.path.exists(CHROMIUM_PATH):
        pytest.fail(
            f"Chromium not found at {CHROMIUM_PATH}. Install Debian's package: apt-get install chromium "
            "(or set CHROMIUM_PATH). Browser tests never download a browser."
        )
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM_PATH,
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


DESKTOP = {"width": 1024, "height": 800}
PHONE = {"width": 320, "height": 800}  # the narrowest width WCAG's reflow criterion asks for


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-GB", "viewport": DESKTOP}


@pytest.fixture
def sign_in_browser(live_server, transactional_db):
    """sign_in_browser(context, user) gives a browser context a real session for `user`, as if they had
    signed in."""

    def sign_in(context, user) -> None:
        client = Client()
        client.force_login(user)
        session_cookie = client.cookies["sessionid"]
        context.add_cookies([{"name": "sessionid", "value": session_cookie.value, "url": live_server.url}])

    return sign_in


@pytest.fixture
def no_js_page(browser, live_server, browser_context_args):
    context = browser.new_context(**browser_context_args, java_script_enabled=False)
    page = context.new_page()
    page.javascript_disabled = True
    yield page
    context.close()


@pytest.fixture(scope="session")
def _kept_pages(browser):
    pages = {}
    yield pages
    for page in pages.values():
        page.context.close()


def _kept_page(kept_pages, browser, *, javascript: bool, viewport: dict):
    key = (javascript, viewport["width"], viewport["height"])
    if key not in kept_pages:
        context = browser.new_context(locale="en-GB", viewport=viewport, java_script_enabled=javascript)
        load_axe_on_every_page(context)
        kept_pages[key] = context.new_page()
        kept_pages[key].javascript_disabled = not javascript
    page = kept_pages[key]
    page.context.clear_cookies()
    return page


# Tests that only open pages and look at them (the accessibility sweeps) share one page per worker: a new
# context and page cost about a second, more than the check itself, and there were hundreds. Cookies are
# cleared before each test, so each starts signed out. Journeys, which click, type and go back, keep a
# page of their own (`page`, `no_js_page`).
@pytest.fixture
def kept_page(_kept_pages, browser):
    """A page with JavaScript on at desktop width, kept open for the worker's whole run."""
    return _kept_page(_kept_pages, browser, javascript=True, viewport=DESKTOP)


@pytest.fixture
def kept_phone_page(_kept_pages, browser):
    """A page with JavaScript on, on a 320 px wide phone, kept open for the worker's whole run."""
    return _kept_page(_kept_pages, browser, javascript=True, viewport=PHONE)


@pytest.fixture
def kept_no_js_page(_kept_pages, browser):
    """A page with JavaScript off on a 320 px wide phone, kept open for the worker's whole run."""
    return _kept_page(_kept_pages, browser, javascript=False, viewport=PHONE)
