"""Account journeys in a real browser, by keyboard where it matters, with the accessibility helper at
each step. E-mails are read from Django's test outbox: the live server runs in this process."""

import re

from django.core import mail

from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.system.accessibility import assert_accessible


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content(page, live_server):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#maincontent"


def test_sign_up_confirm_and_arrive_signed_in(page, live_server, transactional_db):
    # Given a newcomer on the sign-up page
    page.goto(live_server.url + "/accounts/signup/")
    assert_accessible(page)
    # When they sign up
    page.get_by_label("Email").fill("new.educator@example.nhs.uk")
    page.get_by_label("Password", exact=True).fill("a-long-and-unusual-passphrase")
    page.get_by_label("Password (again)").fill("a-long-and-unusual-passphrase")
    page.get_by_role("button", name="Sign Up").click()
    # Then they are asked to confirm their address
    assert "confirm-email" in page.url
    assert_accessible(page)
    # And the e-mail's link confirms it
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(live_server.url + "/accounts/" + link.split("/accounts/", 1)[1])
    assert_accessible(page)
    page.get_by_role("button", name="Confirm").click()
    assert page.get_by_role("link", name="Sign out").count() == 1


def test_sign_in_with_the_keyboard_alone(page, live_server, transactional_db):
    user = UserFactory()
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email").focus()
    page.keyboard.type(user.email)
    page.keyboard.press("Tab")
    page.keyboard.type(DEFAULT_PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("link", name="Sign out").count() == 1
    assert_accessible(page)


def test_error_summary_link_moves_focus_to_its_field(page, live_server, sign_in_browser):
    sign_in_browser(page.context, UserFactory(profession="", educator_role=""))
    page.goto(live_server.url + "/my/profile/edit/")
    page.get_by_role("button", name="Save your profile").click()
    assert page.title().startswith("Error: ")
    summary = page.locator(".nhsuk-error-summary")
    assert summary.is_visible()
    assert_accessible(page)
    summary.get_by_role("link", name="Select your current educator role").click()
    assert page.evaluate("document.activeElement.id") == "id_educator_role_0"


def test_profile_edit_works_without_javascript(no_js_page, live_server, sign_in_browser):
    user = UserFactory(profession="", educator_role="")
    sign_in_browser(no_js_page.context, user)
    no_js_page.goto(live_server.url + "/my/profile/edit/")
    no_js_page.get_by_label("Paramedics").check()
    no_js_page.get_by_label("Practice educator").check()
    no_js_page.get_by_role("button", name="Save your profile").click()
    assert "Your profile has been saved" in no_js_page.content()
    assert_accessible(no_js_page)
    user.refresh_from_db()
    assert (user.profession, user.educator_role) == ("paramedics", "practice-educator")
