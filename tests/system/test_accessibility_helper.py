"""The accessibility helper itself: it passes a sound page and catches each fault it claims to, with
JavaScript on and off. The pages are served by the browser's own routing, not by Django."""

import pytest

from tests.system.accessibility import assert_accessible

SOUND = """<!doctype html><html lang="{lang}"><head><title>A page</title></head><body>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<main id="maincontent">{h1}<p>Some text with <a href="/one">a link</a>.</p>{extra}</main></body></html>"""

FAULTS = {
    "an image with no text alternative": {"extra": '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'},
    "two top-level headings": {"h1": "<h1>One</h1><h1>Two</h1>"},
    "no language": {"lang": ""},
    "the same link text going two places": {"extra": '<p><a href="/two">A link</a></p>'},
    "sideways scrolling at 320 px": {"extra": '<div style="width: 600px">Wide</div>'},
}


def sound_page(**changes) -> str:
    return SOUND.format(**{"lang": "en", "h1": "<h1>A page</h1>", "extra": "", **changes})


@pytest.fixture(params=[True, False], ids=["js-on", "js-off"])
def phone_page(request, browser):
    context = browser.new_context(viewport={"width": 320, "height": 800}, java_script_enabled=request.param)
    page = context.new_page()
    page.javascript_disabled = not request.param
    yield page
    context.close()


def serve(page, html: str) -> None:
    page.route(
        "http://accessibility.test/**",
        lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html),
    )
    page.goto("http://accessibility.test/page/")


def test_a_sound_page_passes(phone_page):
    serve(phone_page, sound_page())
    assert_accessible(phone_page)


@pytest.mark.parametrize("fault", FAULTS)
def test_each_fault_is_caught(phone_page, fault):
    serve(phone_page, sound_page(**FAULTS[fault]))
    with pytest.raises(AssertionError):
        assert_accessible(phone_page)


def test_a_page_opened_at_a_fragment_is_checked_as_it_loaded(phone_page):
    # "#your-step": the browser asks for the page without the fragment, and the check must too.
    phone_page.route(
        "http://accessibility.test/**",
        lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=sound_page()),
    )
    phone_page.goto("http://accessibility.test/page/#maincontent")

    assert_accessible(phone_page)
