"""Finding training in real Chromium: filtering with and without JavaScript, searching, finding nothing,
and the catalogue at 320px wide. Each journey ends with the accessibility checks."""

import re

import pytest
from playwright.sync_api import expect

from resources.models import Resource
from tests.system.accessibility import assert_accessible

DETAIL = "/resources/advance-he-fellowship/"


def free_count() -> int:
    return Resource.objects.published().filter(cost="free").count()


def test_ticking_a_filter_updates_the_results_in_place(page, live_server, demo_catalogue):
    # Given someone on the catalogue
    page.goto(live_server.url + "/resources/")
    expect(page.locator("#catalogue_count")).to_have_text("55 training resources")
    assert_accessible(page)
    page.evaluate("window.stillTheSamePage = true")
    # When they open "Cost" and tick "Free"
    page.locator("summary", has_text="Cost").click()
    page.get_by_label(re.compile(r"^Free")).check()
    # Then the results update without a page load, the address follows, and the new count is announced
    expect(page.locator("#catalogue_count")).to_have_text(f"{free_count()} training resources")
    expect(page).to_have_url(re.compile(r"cost=free"))
    assert page.evaluate("window.stillTheSamePage") is True
    assert page.locator("#catalogue_count").get_attribute("aria-live") == "polite"
    # and the other filters' counts now count free training only
    free_e_learning = Resource.objects.published().filter(cost="free", format="e_learning").count()
    expect(page.locator("#count-format-e_learning")).to_have_text(f"({free_e_learning})")
    assert_accessible(page)


def test_searching_by_keyword_updates_the_results(page, live_server, demo_catalogue):
    page.goto(live_server.url + "/resources/")
    page.get_by_label("Search training").fill("preceptorship")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"q=preceptorship"))
    expect(page.locator("#catalogue_results")).to_contain_text("AHP preceptorship standards and framework")
    assert_accessible(page)


def test_filtering_works_without_javascript(no_js_page, live_server, demo_catalogue):
    page = no_js_page
    page.goto(live_server.url + "/resources/")
    assert_accessible(page)
    page.locator("summary", has_text="Filter").click()  # without JavaScript the filters wait behind it
    page.locator("summary", has_text="Cost").click()
    page.get_by_label(re.compile(r"^Free")).check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"cost=free"))
    expect(page.locator("#catalogue_count")).to_have_text(f"{free_count()} training resources")
    expect(page.locator(".app-chosen-filters")).to_contain_text("Cost: Free")
    expect(page.locator("summary", has_text="Filter (1 chosen)")).to_be_visible()
    assert_accessible(page)


def test_on_a_phone_results_come_first_and_the_filters_wait_behind_filter(
    kept_phone_page, live_server, demo_catalogue
):
    kept_phone_page.goto(live_server.url + "/resources/?cost=free")

    filters = kept_phone_page.locator("details.app-filters")
    assert filters.evaluate("details => !details.open")
    expect(kept_phone_page.locator(".app-chosen-filters")).to_contain_text("Cost: Free")
    expect(kept_phone_page.locator(".app-results__item").first).to_be_in_viewport()
    kept_phone_page.locator("summary", has_text="Filter (1 chosen)").click()
    expect(kept_phone_page.locator("summary", has_text="Cost")).to_be_visible()


def test_on_a_wide_screen_the_filters_sit_open_beside_the_results(kept_page, live_server, demo_catalogue):
    kept_page.goto(live_server.url + "/resources/")

    assert kept_page.locator("details.app-filters").evaluate("details => details.open")
    expect(kept_page.locator("summary", has_text="Cost")).to_be_visible()


def test_nothing_found_offers_a_way_on(kept_page, live_server, demo_catalogue):
    kept_page.goto(live_server.url + "/resources/?q=xylophone")
    expect(kept_page.get_by_role("link", name="Suggest a resource")).to_be_visible()
    assert_accessible(kept_page)


# A resource's page and the training for a domain are checked with JavaScript on and off by
# test_every_page.py; this adds the catalogue's own pages on a phone with JavaScript on.
@pytest.mark.parametrize("path", ["/resources/", DETAIL, "/resources/?q=xylophone"])
def test_fits_a_320px_screen(kept_phone_page, live_server, demo_catalogue, path):
    kept_phone_page.goto(live_server.url + path)
    assert kept_phone_page.evaluate("document.documentElement.scrollWidth") <= 320
