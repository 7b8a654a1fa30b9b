"""Journeys through the framework in a real browser: domain → capability → the capability above, and
filtering lived examples with and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.system.accessibility import assert_accessible

DOMAIN = "/pathway/domains/responsibility-and-accountability/"
EXAMPLES = "/pathway/examples/"


def test_domain_to_capability_to_the_one_above(page, live_server, demo_framework):
    # Given a person reading a domain
    page.goto(live_server.url + DOMAIN)
    expect(page.locator("h1")).to_contain_text("Responsibility and Accountability")
    assert_accessible(page)
    # When they open a capability at the practice educator level
    page.get_by_role("link", name="D1.L3.1", exact=True).click()
    expect(page.locator("h1")).to_have_text("D1.L3.1")
    assert_accessible(page)
    # And then a capability in the level above
    page.locator("h3:has-text('Above') + ul a").first.click()
    # Then they are at level 4 of the same domain
    expect(page.locator("h1")).to_contain_text(re.compile(r"D1\.L4\."))
    assert_accessible(page)


def test_filter_examples_with_javascript(page, live_server, demo_framework):
    # Given the list of lived examples
    page.goto(live_server.url + EXAMPLES)
    assert_accessible(page)
    total = demo_framework.lived_examples.count()
    expect(page.locator("#example-count")).to_have_text(f"{total} lived examples")
    page.evaluate("window.notReloaded = true")
    # When a profession is chosen
    page.get_by_label("Profession").select_option("paramedics")
    # Then the results update in place, the count is announced and the URL can be shared
    expect(page.locator("#example-count")).to_have_text("2 lived examples")
    expect(page.locator("#example-count")).to_have_attribute("aria-live", "polite")
    expect(page.locator("#example-results .nhsuk-card")).to_have_count(2)
    expect(page).to_have_url(re.compile(r"profession=paramedics"))
    assert page.evaluate("window.notReloaded") is True
    assert_accessible(page)


def test_filter_examples_without_javascript(no_js_page, live_server, demo_framework):
    page = no_js_page
    page.goto(live_server.url + EXAMPLES)
    assert_accessible(page)
    page.get_by_label("Step", exact=True).select_option("consultant-educator")
    page.get_by_label("Setting").select_option("academic")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"level=consultant-educator"))
    # Three in the demo: a speech and language therapist, a physiotherapist and an osteopath.
    expect(page.locator("#example-count")).to_have_text("3 lived examples")
    assert_accessible(page)
    page.goto(live_server.url + DOMAIN)
    assert_accessible(page)


# Level, example and about pages are checked signed out, signed in and without JavaScript by
# test_every_page.py; this adds a domain and the examples on a phone with JavaScript on.
@pytest.mark.parametrize("path", [DOMAIN, EXAMPLES])
def test_pages_fit_a_narrow_screen(kept_phone_page, live_server, demo_framework, path):
    kept_phone_page.goto(live_server.url + path)
    assert kept_phone_page.evaluate("document.documentElement.scrollWidth") <= 320
