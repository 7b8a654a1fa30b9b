"""Journey 1 and 2 in a real browser: find my starting point on the pathway map, open a cell, compare levels.

With JavaScript (htmx swaps in place), without it (plain page loads), at 320px, and by keyboard.
"""

import pytest
from playwright.sync_api import expect

from tests.system.accessibility import assert_accessible

COMPARE_PATH = "/pathway/compare/?from=practice-educator&to=senior-educator"

CHANGES_HEADING = "What changes from Step 3: Practice educator to Step 4: Senior or lead educator"


QUESTIONS = {
    "registered": "Are you a registered practitioner?",
    "supervises": "Have you supervised or assessed a learner?",
    "signs_off": "Do you sign off assessments?",
    "leads": "Do you lead education for a team or an organisation?",
    "academic": "Do you hold an academic post?",
}
PRACTICE_EDUCATOR = {"registered", "supervises", "signs_off"}
PE_QUERY = "registered=yes&supervises=yes&signs_off=yes&leads=no&academic=no"


def find_my_starting_point(page, *, profession: str, yes: set[str]) -> None:
    """Answer the five questions (yes to those named, no to the rest) and choose a profession."""
    for name, question in QUESTIONS.items():
        page.get_by_role("group", name=question).get_by_label("Yes" if name in yes else "No").check()
    page.get_by_label("Your profession").select_option(label=profession)
    page.get_by_role("button", name="Show my starting point").click()


def test_with_javascript_i_find_my_starting_point_and_open_a_cell_in_place(page, live_server, demo_framework):
    # Given the pathway map
    page.goto(live_server.url + "/pathway/")

    # When I say I am a paramedic who supervises and signs off assessments
    find_my_starting_point(page, profession="Paramedics", yes=PRACTICE_EDUCATOR)

    # Then the map marks step 3 as where I am, explains why, and the address can be shared
    here = page.locator("th.app-pathway-map__here")
    expect(here).to_contain_text("You are here")
    expect(here).to_contain_text("Practice educator")
    expect(page.get_by_text("Showing examples for Paramedics.")).to_be_visible()
    expect(page).to_have_url(f"{live_server.url}/pathway/?{PE_QUERY}&profession=paramedics")
    status = page.locator("#app-map-status")
    expect(status).to_contain_text("Your starting point is Step 3: Practice educator")
    assert_accessible(page)

    # When I open a cell of the map
    url_before = page.url
    page.get_by_role("link", name="in Domain 1 at Practice educator").click()

    # Then its detail appears below the map without leaving the page, and focus moves to it
    expect(page.locator("#app-cell-detail")).to_contain_text("D1.L3.1")
    expect(page.locator("#app-cell-detail [data-focus-after-swap]")).to_be_focused()
    expect(page.locator("#app-map-status")).to_have_text("Showing Domain 1 at Step 3: Practice educator")
    assert page.url == url_before
    assert_accessible(page)


def test_without_javascript_every_step_is_a_plain_page(no_js_page, live_server, demo_framework):
    page = no_js_page
    page.goto(live_server.url + "/pathway/")

    # A registered paramedic new to supervising students
    find_my_starting_point(page, profession="Paramedics", yes={"registered", "supervises"})

    expect(page.locator("th.app-pathway-map__here")).to_contain_text("You are here")
    expect(page.locator("th.app-pathway-map__here")).to_contain_text(
        "Registered practitioner supporting learners"
    )
    assert "supervises=yes" in page.url
    assert_accessible(page)

    page.get_by_role("link", name="in Domain 2 at Senior or lead educator").click()

    # The cell's address carries the profession and step, so it can be shared as it is.
    expect(page).to_have_url(
        f"{live_server.url}/pathway/cells/diverse-and-inclusive-leadership/senior-educator/"
        "?profession=paramedics&here=registered-practitioner"
    )
    expect(page.locator("h1")).to_have_text("Domain 2: Diverse and Inclusive Leadership")
    assert_accessible(page)

    page.goto(live_server.url + "/pathway/compare/")
    page.get_by_label("From level", exact=True).select_option("practice-educator")
    page.get_by_label("To level", exact=True).select_option("senior-educator")
    page.get_by_role("button", name="Compare levels").click()

    expect(
        page.get_by_role(
            "heading",
            level=2,
            name=CHANGES_HEADING,
        )
    ).to_be_visible()
    assert_accessible(page)


def test_without_javascript_a_mistake_is_explained(no_js_page, live_server, demo_framework):
    no_js_page.goto(live_server.url + "/pathway/?registered=maybe")

    expect(no_js_page.locator(".nhsuk-error-summary")).to_contain_text(
        "Select yes if you are a registered practitioner"
    )
    assert no_js_page.title().startswith("Error: ")
    assert_accessible(no_js_page)


@pytest.mark.parametrize("path", [f"/pathway/?{PE_QUERY}&profession=paramedics", COMPARE_PATH])
def test_at_320_pixels_nothing_scrolls_sideways(page, live_server, demo_framework, path):
    page.set_viewport_size({"width": 320, "height": 800})

    page.goto(live_server.url + path)

    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)


def test_at_320_pixels_the_detailed_table_scrolls_in_its_own_box(page, live_server, demo_framework):
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(f"{live_server.url}/pathway/?{PE_QUERY}")

    box = page.locator(".app-pathway-map__scroll")
    expect(box).to_be_visible()
    assert box.evaluate("box => box.scrollWidth > box.clientWidth")  # the table scrolls inside it
    assert page.evaluate("document.documentElement.scrollWidth") <= 320  # the page does not
    expect(page.locator(".app-route__stop--here")).to_contain_text("You are here")


def test_by_keyboard_enter_on_a_cell_link_opens_the_detail_and_moves_focus_to_it(
    page, live_server, demo_framework
):
    page.goto(live_server.url + "/pathway/")
    first_cell_link = page.locator("table .app-pathway-map__cell-link").first

    # Tab through the page until the first cell link has focus, as a keyboard user would.
    for _ in range(200):
        page.keyboard.press("Tab")
        if first_cell_link.evaluate("link => link === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the first cell link")
    page.keyboard.press("Enter")

    # The detail opens, focus moves to its heading, and the cell is marked on the map.
    detail_heading = page.locator("#app-cell-detail [data-focus-after-swap]")
    expect(detail_heading).to_contain_text("Domain 1: Responsibility and Accountability")
    expect(detail_heading).to_be_focused()
    expect(page.locator("#app-cell-detail")).to_contain_text("D1.L1.1")
    marked = page.locator("td.app-pathway-map__cell--open")
    expect(marked).to_have_count(1)
    expect(marked).to_have_attribute("aria-current", "true")
    assert (
        marked.locator("a").get_attribute("id") == "cell-responsibility-and-accountability-pre-registration"
    )

    # Tab and Enter on "Back to this cell on the map" returns to the cell's link.
    page.keyboard.press("Tab")
    expect(page.locator("#app-cell-detail a", has_text="Back to this cell on the map")).to_be_focused()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#cell-responsibility-and-accountability-pre-registration"
    expect(first_cell_link).to_be_in_viewport()


def test_the_same_domain_at_the_next_level_opens_in_place_and_moves_the_mark(
    page, live_server, demo_framework
):
    page.goto(live_server.url + "/pathway/")
    page.get_by_role("link", name="in Domain 1 at Practice educator").click()
    expect(page.locator("#app-cell-detail [data-focus-after-swap]")).to_contain_text(
        "at Step 3: Practice educator"
    )

    page.locator("#app-cell-detail").get_by_role(
        "link", name="The same domain at Step 4: Senior or lead educator"
    ).click()

    expect(page.locator("#app-cell-detail [data-focus-after-swap]")).to_contain_text(
        "at Step 4: Senior or lead educator"
    )
    expect(page.locator("#app-cell-detail [data-focus-after-swap]")).to_be_focused()
    marked = page.locator("td.app-pathway-map__cell--open a")
    expect(marked).to_have_attribute("id", "cell-responsibility-and-accountability-senior-educator")
