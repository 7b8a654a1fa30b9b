""" "Share your story" in a real browser, without JavaScript: a mistake is explained, then the story is
sent and waits for a curator."""

from playwright.sync_api import expect

from pathways.models import StorySubmission
from tests.system.accessibility import assert_accessible


def test_share_my_story_without_javascript(no_js_page, live_server, demo_framework):
    page = no_js_page
    page.goto(live_server.url + "/pathway/examples/")
    page.get_by_role("link", name="Share your story").click()

    page.get_by_label("A title for your story").fill("Feedback in the ambulance")
    page.get_by_label("Your story", exact=True).fill(
        "I gave feedback after every job, and my student grew in confidence."
    )
    page.get_by_label("Your profession").select_option(label="Paramedics")
    page.get_by_label("The step your story is about").select_option(label="Step 3: Practice educator")
    page.get_by_role("button", name="Send my story").click()

    # Without consent: the NHS error summary, and what I wrote is still there
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("Tick the box to agree")
    expect(page.get_by_label("A title for your story")).to_have_value("Feedback in the ambulance")
    assert_accessible(page)

    page.get_by_label("I agree that AHP Educator Pathways may keep my story", exact=False).check()
    page.get_by_role("button", name="Send my story").click()

    expect(page.locator("h1")).to_have_text("Thank you for your story")
    assert StorySubmission.objects.get().title == "Feedback in the ambulance"
    assert_accessible(page)
