"""Back and Forward after an htmx swap give the whole page, never a fragment in place of it.

htmx pushes each filtered address into the history; going Back or Forward to one of them (with its
history cache switched off) asks the server again with HX-Request and HX-History-Restore-Request, and
swaps the answer in for the whole body. The views answer those with the whole page
(pathways/views/rendering.py), and nothing cached may stand in for it.
"""

import re

from playwright.sync_api import expect

from tests.system.accessibility import assert_accessible


def assert_whole_page(page, heading: str) -> None:
    expect(page.locator("h1")).to_have_text(heading)
    expect(page.locator("header.nhsuk-header")).to_have_count(1)
    expect(page.locator("footer.nhsuk-footer")).to_have_count(1)
    expect(page.locator("main#maincontent")).to_have_count(1)
    assert_accessible(page)


def test_back_and_forward_after_filtering_the_catalogue(page, live_server, demo_content):
    # Given someone who filtered the catalogue in place
    page.goto(live_server.url + "/resources/")
    page.locator("summary", has_text="Cost").click()
    page.get_by_label(re.compile(r"^Free")).check()
    expect(page).to_have_url(re.compile(r"cost=free"))
    filtered_count = page.locator("#catalogue_count").inner_text()
    # When they go on to a resource and come Back
    page.locator("#catalogue_results h2 a").first.click()
    expect(page.get_by_role("button", name="Go to resource")).to_be_visible()
    page.go_back()
    # Then they see the whole filtered catalogue
    expect(page).to_have_url(re.compile(r"cost=free"))
    assert_whole_page(page, "Find training")
    expect(page.locator("#catalogue_count")).to_have_text(filtered_count)
    # And Back again, to before the filter, gives the whole unfiltered catalogue
    page.go_back()
    expect(page).to_have_url(live_server.url + "/resources/")
    assert_whole_page(page, "Find training")
    expect(page.locator("#catalogue_count")).to_have_text("55 training resources")
    # And Forward gives the whole filtered one again
    page.go_forward()
    expect(page).to_have_url(re.compile(r"cost=free"))
    assert_whole_page(page, "Find training")
    expect(page.locator("#catalogue_count")).to_have_text(filtered_count)


def test_back_and_forward_after_filtering_lived_examples(page, live_server, demo_content):
    page.goto(live_server.url + "/pathway/examples/")
    page.get_by_label("Profession").select_option("paramedics")  # the form swaps results on change
    expect(page).to_have_url(re.compile(r"profession=paramedics"))
    page.go_back()
    expect(page).to_have_url(live_server.url + "/pathway/examples/")
    assert_whole_page(page, "Lived examples")
    page.go_forward()
    expect(page).to_have_url(re.compile(r"profession=paramedics"))
    assert_whole_page(page, "Lived examples")


def test_back_and_forward_after_finding_a_starting_point_on_the_map(page, live_server, demo_content):
    page.goto(live_server.url + "/pathway/")
    page.get_by_role("group", name="Are you a registered practitioner?").get_by_label("Yes").check()
    for question in (
        "Have you supervised or assessed a learner?",
        "Do you sign off assessments?",
        "Do you lead education for a team or an organisation?",
        "Do you hold an academic post?",
    ):
        page.get_by_role("group", name=question).get_by_label("No").check()
    page.get_by_role("button", name="Show my starting point").click()
    expect(page).to_have_url(re.compile(r"registered=yes"))
    expect(page.locator(".app-starting-point__result")).to_be_visible()
    page.go_back()
    expect(page).to_have_url(live_server.url + "/pathway/")
    assert_whole_page(page, "The educator pathway")
    page.go_forward()
    expect(page).to_have_url(re.compile(r"registered=yes"))
    assert_whole_page(page, "The educator pathway")
    expect(page.locator(".app-starting-point__result")).to_be_visible()


def test_back_and_forward_after_comparing_two_levels(page, live_server, demo_content):
    page.goto(live_server.url + "/pathway/compare/")
    page.get_by_label("From level").select_option("practice-educator")
    page.get_by_label("To level").select_option("senior-educator")
    page.get_by_role("button", name="Compare levels").click()
    expect(page).to_have_url(re.compile(r"from=practice-educator"))
    heading = page.locator("h1").inner_text()
    page.go_back()
    expect(page).to_have_url(live_server.url + "/pathway/compare/")
    assert_whole_page(page, "Compare two levels")
    page.go_forward()
    expect(page).to_have_url(re.compile(r"from=practice-educator"))
    assert_whole_page(page, heading)
