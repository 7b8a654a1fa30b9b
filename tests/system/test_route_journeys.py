"""The pathway as a journey, in a real browser: find my starting point, see it on the route, open "your
next step", and reach a story and a training item from my profession. Phone and desktop, JavaScript on
and off, and by keyboard alone."""

import itertools
import re

import pytest
from playwright.sync_api import expect

from tests.system.accessibility import assert_accessible
from tests.system.test_pathway_journeys import QUESTIONS, find_my_starting_point

PHONE = {"width": 320, "height": 800}
DESKTOP = {"width": 1280, "height": 900}
NEW_SUPERVISOR = {"registered", "supervises"}  # registered, supervising students, nothing more yet


@pytest.fixture(params=["js-on", "js-off"])
def any_page(request, page, no_js_page):
    return page if request.param == "js-on" else no_js_page


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_new_supervisor_paramedic_finds_their_step_and_their_next_one(
    any_page, live_server, demo_framework, demo_catalogue, viewport
):
    page = any_page
    page.set_viewport_size(viewport)
    page.goto(live_server.url + "/pathway/")

    # When I answer as a registered paramedic who has started supervising students
    find_my_starting_point(page, profession="Paramedics", yes=NEW_SUPERVISOR)

    # Then my step is marked on the route, and the next one too
    here = page.locator(".app-route__stop--here")
    expect(here).to_contain_text("Step 2: Registered practitioner supporting learners")
    expect(here).to_contain_text("You are here")
    expect(page.locator(".app-route__stop--next")).to_contain_text("Your next step")
    expect(here).to_be_in_viewport()
    assert_accessible(page)

    # When I open my next step
    here.get_by_role("link", name="See your next step").click()

    # Then it is Step 3, with a paramedic's story and training ranked for paramedics
    expect(page.locator("h1")).to_have_text("Your next step")
    expect(
        page.get_by_text("From Step 2: Registered practitioner supporting learners, for paramedics")
    ).to_be_visible()
    stories = page.locator(".app-example-cards")
    expect(stories.locator("li").first).to_contain_text("Paramedics · Step 3: Practice educator")
    training = page.locator(".app-training-list li")
    expect(training).to_have_count(3)
    assert_accessible(page)

    stories.locator("a").first.click()
    expect(page.locator("h1")).not_to_have_text("Your next step")
    expect(page.locator("main")).to_contain_text("Paramedics")
    page.go_back()
    title = training.first.locator("a").first.inner_text()
    training.first.locator("a").first.click()
    # The training item's page, reached with my place carried along
    expect(page.locator("h1")).to_have_text(title)
    expect(page).to_have_url(
        re.compile(r"/resources/[a-z0-9-]+/\?profession=paramedics&here=registered-practitioner$")
    )


def tab_to(page, locator, *, limit: int = 300) -> None:
    """Press Tab until `locator` has focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"Tab never reached {locator}")


def test_by_keyboard_alone_i_answer_the_questions_and_reach_my_next_step(
    page, live_server, demo_framework, demo_catalogue
):
    page.goto(live_server.url + "/pathway/")

    # Space ticks Yes (the first radio); in a radio group the right arrow moves to No and ticks it.
    for name in QUESTIONS:
        tab_to(page, page.locator(f"#id_{name}_0"))
        page.keyboard.press("Space" if name in NEW_SUPERVISOR else "ArrowRight")
    tab_to(page, page.get_by_label("Your profession"))
    page.keyboard.type("Paramedics")
    tab_to(page, page.get_by_role("button", name="Show my starting point"))
    page.keyboard.press("Enter")

    here = page.locator(".app-route__stop--here")
    expect(here).to_contain_text("Step 2: Registered practitioner supporting learners")
    tab_to(page, here.get_by_role("link", name="See your next step"))
    page.keyboard.press("Enter")

    expect(page.locator("h1")).to_have_text("Your next step")
    expect(page.locator(".app-example-cards li").first).to_contain_text("Paramedics")
    tab_to(page, page.locator(".app-example-cards a").first)
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_contain_text("Paramedics")


def test_on_a_phone_the_route_is_a_timeline_and_opens_at_your_step(no_js_page, live_server, demo_framework):
    page = no_js_page
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/pathway/")

    find_my_starting_point(page, profession="Paramedics", yes={"registered", "leads"})

    assert page.url.endswith("#your-step")
    expect(page.locator("#your-step")).to_contain_text("Step 4: Senior or lead educator")
    expect(page.locator("#your-step")).to_be_in_viewport()
    boxes = [stop.bounding_box() for stop in page.locator(".app-route__stop").all()]
    assert all(below["y"] > above["y"] for above, below in itertools.pairwise(boxes))
    assert_accessible(page)


def test_on_a_desktop_the_stops_sit_side_by_side_on_one_line(kept_page, live_server, demo_framework):
    kept_page.goto(live_server.url + "/pathway/")

    boxes = [stop.bounding_box() for stop in kept_page.locator(".app-route__stop").all()]
    assert len(boxes) == 5
    assert len({round(box["y"]) for box in boxes}) == 1
    assert all(right["x"] > left["x"] for left, right in itertools.pairwise(boxes))


# Every word in `selector` sits on one line: none is broken between two (visually hidden text aside;
# "pre-registration" may wrap after its hyphen, as text does).
BROKEN_WORDS = """(selector) => {
    const broken = [];
    for (const element of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
            const node = walker.currentNode;
            if (!node.parentElement || node.parentElement.getBoundingClientRect().width <= 1) continue;
            for (const match of node.textContent.matchAll(/[^\\s-]+/g)) {  // a line may end at a hyphen
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
                if (lines.size > 1) broken.push(match[0]);
            }
        }
    }
    return broken;
}"""


@pytest.mark.parametrize(
    ("path", "selector"),
    [
        ("/pathway/compare/?from=practice-educator&to=senior-educator", ".app-comparison"),
        ("/pathway/", ".app-route"),
        ("/pathway/next/?from=practice-educator", "main"),
    ],
)
def test_on_a_phone_no_word_breaks_mid_word(kept_phone_page, live_server, demo_framework, path, selector):
    kept_phone_page.goto(live_server.url + path)

    assert kept_phone_page.evaluate(BROKEN_WORDS, selector) == []


def test_signed_in_without_javascript_i_save_training_from_my_next_step(
    no_js_page, live_server, demo_framework, demo_catalogue, sign_in_browser
):
    from resources.models import Bookmark
    from tests.factories import UserFactory

    user = UserFactory()
    sign_in_browser(no_js_page.context, user)
    no_js_page.goto(live_server.url + "/pathway/next/?from=registered-practitioner&profession=paramedics")
    first = no_js_page.locator(".app-training-list__item").first
    title = first.locator("a").first.inner_text()

    first.get_by_role("button", name=f"Save “{title}” to my learning list").click()

    expect(no_js_page.locator(".nhsuk-notification-banner--success")).to_contain_text(title)
    assert no_js_page.url.startswith(live_server.url + "/pathway/next/")
    assert Bookmark.objects.filter(user=user, resource__title=title).exists()
    assert_accessible(no_js_page)
