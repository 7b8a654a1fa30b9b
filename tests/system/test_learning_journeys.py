"""Journeys through a person's own learning and the suggestion form, in real Chromium, each page checked
with axe; with JavaScript on (htmx swaps in place) and off (plain POST → redirect → GET)."""

import pytest
from playwright.sync_api import expect

from resources.models import Bookmark, Provider, Rating, Resource, Suggestion
from tests.factories import UserFactory
from tests.system.accessibility import assert_accessible


@pytest.fixture
def resource(transactional_db):
    provider = Provider.objects.create(
        name="Health Education", slug="health-education", kind=Provider.Kind.NHS
    )
    return Resource.objects.create(
        title="Giving feedback to learners",
        slug="giving-feedback-to-learners",
        summary="How to give feedback that helps.",
        provider=provider,
        url="https://example.nhs.uk/feedback",
        format=Resource.Format.E_LEARNING,
        delivery=Resource.Delivery.ONLINE_SELF_PACED,
        cost=Resource.Cost.FREE,
        status=Resource.Status.PUBLISHED,
    )


def open_detail_page(page, live_server, resource):
    page.goto(live_server.url + resource.get_absolute_url())
    assert page.locator("#app-personal-actions").count() == 1


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_bookmark_from_the_resource_page_and_find_it_on_my_learning_list(
    browser, browser_context_args, live_server, sign_in_browser, resource, javascript
):
    # Given a signed-in person on a resource's page
    context = browser.new_context(**browser_context_args, java_script_enabled=javascript)
    page = context.new_page()
    page.javascript_disabled = not javascript
    user = UserFactory()
    sign_in_browser(context, user)
    open_detail_page(page, live_server, resource)
    assert_accessible(page)

    # When they add it to their learning list
    page.get_by_role("button", name="Add to my learning list").click()

    # Then the page says so, in place with JavaScript or after a reload without
    expect(page.get_by_role("button", name="Remove from my learning list")).to_be_visible()
    assert Bookmark.objects.filter(user=user, resource=resource).exists()
    assert_accessible(page)

    # And it is on My learning list
    page.goto(live_server.url + "/resources/my-learning-list/")
    expect(page.get_by_role("link", name=resource.title)).to_be_visible()
    assert_accessible(page)

    # When they remove it there, the list is empty again
    page.get_by_role("button", name=f"Remove {resource.title} from my learning list").click()
    expect(page.get_by_text("You have not saved any training yet.")).to_be_visible()
    assert not Bookmark.objects.filter(user=user).exists()
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_rate_a_resource_with_the_keyboard_only(
    browser, browser_context_args, live_server, sign_in_browser, resource, javascript
):
    # Given a signed-in person on the rating page
    context = browser.new_context(**browser_context_args, java_script_enabled=javascript)
    page = context.new_page()
    page.javascript_disabled = not javascript
    user = UserFactory()
    sign_in_browser(context, user)
    page.goto(live_server.url + f"/resources/{resource.slug}/rate/")
    assert_accessible(page)

    # When they submit nothing, the error summary says what to do
    page.get_by_role("button", name="Save your rating").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".nhsuk-error-summary")).to_contain_text(
        "Select how useful the resource was, from 1 to 5"
    )
    assert page.title().startswith("Error: ")
    assert_accessible(page)

    # When they choose the fourth option, "Useful", write a comment using only the keyboard
    page.get_by_label("1 – Not useful").focus()
    page.keyboard.press("Space")
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.type("Practical and clear.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    # Then their rating is saved and they are back on the resource's page
    page.wait_for_url(live_server.url + resource.get_absolute_url())
    expect(page.locator(".nhsuk-notification-banner")).to_contain_text("Your rating of")
    rating = Rating.objects.get(user=user, resource=resource)
    assert (rating.score, rating.comment) == (4, "Practical and clear.")
    context.close()


def test_suggest_a_resource_without_javascript(no_js_page, live_server, transactional_db):
    page = no_js_page
    # Given a signed-out visitor on the suggestion form
    page.goto(live_server.url + "/resources/suggest/")
    assert_accessible(page)

    # When they leave out their e-mail address, they are told
    page.get_by_label("Name of the resource").fill("Coaching conversations")
    page.get_by_label("Web address").fill("https://example.ac.uk/coaching")
    page.get_by_role("button", name="Send suggestion").click()
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("Enter your e-mail address")
    assert_accessible(page)

    # When they add it and send the suggestion
    page.get_by_label("Your e-mail address").fill("visitor@example.com")
    page.get_by_role("button", name="Send suggestion").click()

    # Then they see what happens next, and the suggestion waits for a curator
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your suggestion")
    expect(page.get_by_text("usually within 10 working days")).to_be_visible()
    assert_accessible(page)
    suggestion = Suggestion.objects.get()
    assert (suggestion.title, suggestion.email, suggestion.status) == (
        "Coaching conversations",
        "visitor@example.com",
        Suggestion.Status.NEW,
    )
