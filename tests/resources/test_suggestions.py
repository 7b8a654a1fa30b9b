import pytest
from django.test import Client
from django.urls import reverse

from resources import services
from resources.models import Suggestion
from tests.factories import UserFactory, with_totp

SUGGEST = "/resources/suggest/"
GOOD = {
    "title": "Supervising learners well",
    "url": "https://example.ac.uk/supervising",
    "provider_name": "Example University",
    "reason": "Covers giving feedback.",
}
SCRIPT = "<script>alert('x')</script>"


def test_suggestion_form_is_open_to_everyone(client, db):
    response = client.get(SUGGEST)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="email"' in html
    assert 'name="website"' in html


def test_honeypot_is_hidden_from_people_and_from_tabbing(client, db):
    html = client.get(SUGGEST).content.decode()

    assert "Leave this field empty" in html
    assert 'name="website"' in html
    honeypot = html[html.index('name="website"') - 200 : html.index('name="website"') + 200]
    assert 'autocomplete="off"' in honeypot
    assert 'tabindex="-1"' in honeypot
    assert '<div class="nhsuk-u-visually-hidden">' in html


def test_signed_out_suggestion_with_email_is_stored_and_says_what_happens_next(client, db):
    response = client.post(SUGGEST, {**GOOD, "email": "someone@example.com"}, follow=True)

    suggestion = Suggestion.objects.get()
    assert suggestion.title == GOOD["title"]
    assert suggestion.email == "someone@example.com"
    assert suggestion.user is None
    assert suggestion.status == Suggestion.Status.NEW
    assert response.redirect_chain == [(reverse("resources:suggestion_received"), 302)]
    html = response.content.decode()
    assert "A curator will review your suggestion, usually within 10 working days." in html
    assert "We will only e-mail you if we need to ask you something about it." in html
    assert "If we decide not to add it, we will not reply." in html


def test_signed_out_suggestion_without_email_is_an_error(client, db):
    response = client.post(SUGGEST, GOOD)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter your e-mail address" in html
    assert "nhsuk-error-summary" in html
    assert not Suggestion.objects.exists()


def test_signed_in_suggestion_is_linked_and_asks_no_email(signed_in_client, user):
    assert 'name="email"' not in signed_in_client.get(SUGGEST).content.decode()

    response = signed_in_client.post(SUGGEST, GOOD)

    assert response.status_code == 302
    suggestion = Suggestion.objects.get()
    assert suggestion.user == user
    assert suggestion.email == ""


def test_a_missing_title_and_bad_address_are_errors(client, db):
    response = client.post(SUGGEST, {"url": "not a web address", "email": "a@example.com"})

    html = response.content.decode()
    assert "Enter the name of the resource" in html
    assert "Enter a web address in the correct format" in html
    assert not Suggestion.objects.exists()


def test_a_filled_honeypot_pretends_success_but_stores_nothing(client, db):
    response = client.post(SUGGEST, {**GOOD, "email": "bot@example.com", "website": "http://spam.example"})

    assert response.status_code == 302
    assert response["Location"] == reverse("resources:suggestion_received")
    assert not Suggestion.objects.exists()


def test_too_many_suggestions_from_one_address_are_refused(client, db):
    for number in range(services.SUGGESTIONS_PER_HOUR):
        client.post(SUGGEST, {**GOOD, "title": f"Course {number}", "email": "a@example.com"})

    response = client.post(SUGGEST, {**GOOD, "title": "One too many", "email": "a@example.com"})

    assert response.status_code == 200
    assert "Too many suggestions have been sent from your connection" in response.content.decode()
    assert Suggestion.objects.count() == services.SUGGESTIONS_PER_HOUR
    assert not Suggestion.objects.filter(title="One too many").exists()


def test_the_limit_is_per_address_and_ignores_forwarded_headers(db):
    busy = Client(REMOTE_ADDR="192.0.2.1")
    for number in range(services.SUGGESTIONS_PER_HOUR):
        busy.post(SUGGEST, {**GOOD, "title": f"Course {number}", "email": "a@example.com"})

    forged = busy.post(
        SUGGEST,
        {**GOOD, "title": "Forged", "email": "a@example.com"},
        headers={"X-Forwarded-For": "198.51.100.9"},
    )
    other = Client(REMOTE_ADDR="192.0.2.2").post(
        SUGGEST, {**GOOD, "title": "Other", "email": "b@example.com"}
    )

    assert forged.status_code == 200
    assert other.status_code == 302
    assert not Suggestion.objects.filter(title="Forged").exists()


def test_the_address_is_never_stored(client, db):
    client.post(SUGGEST, {**GOOD, "email": "a@example.com"})

    stored = Suggestion.objects.values().get()
    assert "127.0.0.1" not in str(stored)


def test_a_get_stores_nothing(client, db):
    client.get(SUGGEST, {**GOOD, "email": "a@example.com"})

    assert not Suggestion.objects.exists()


def test_a_post_without_csrf_token_is_refused(db):
    response = Client(enforce_csrf_checks=True).post(SUGGEST, {**GOOD, "email": "a@example.com"})

    assert response.status_code == 403
    assert not Suggestion.objects.exists()


@pytest.fixture
def script_suggestion(client, db):
    client.post(
        SUGGEST,
        {
            "title": SCRIPT,
            "url": "https://example.com/x",
            "provider_name": SCRIPT,
            "reason": SCRIPT,
            "email": "a@b.com",
        },
    )
    return Suggestion.objects.get()


def test_a_script_tag_is_stored_as_text(script_suggestion):
    assert script_suggestion.title == SCRIPT
    assert script_suggestion.reason == SCRIPT


@pytest.fixture
def admin_client_with_mfa(client, db):
    client.force_login(with_totp(UserFactory(is_superuser=True, is_staff=True)))
    return client


def test_a_script_tag_is_shown_escaped_in_the_admin_list(admin_client_with_mfa, script_suggestion):
    response = admin_client_with_mfa.get(reverse("admin:resources_suggestion_changelist"))

    html = response.content.decode()
    assert response.status_code == 200
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_a_script_tag_is_shown_escaped_on_the_admin_change_page(admin_client_with_mfa, script_suggestion):
    response = admin_client_with_mfa.get(
        reverse("admin:resources_suggestion_change", args=[script_suggestion.pk])
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_suggestions_can_be_marked_added_or_declined(admin_client_with_mfa, db):
    first = Suggestion.objects.create(title="One", url="https://example.com/1", email="a@example.com")
    second = Suggestion.objects.create(title="Two", url="https://example.com/2", email="a@example.com")
    changelist = reverse("admin:resources_suggestion_changelist")

    admin_client_with_mfa.post(changelist, {"action": "mark_added", "_selected_action": [first.pk]})
    admin_client_with_mfa.post(changelist, {"action": "decline", "_selected_action": [second.pk]})

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Suggestion.Status.ADDED
    assert second.status == Suggestion.Status.DECLINED


def test_the_moderation_queue_filters_by_status(admin_client_with_mfa, db):
    Suggestion.objects.create(title="Waiting one", url="https://example.com/1", email="a@example.com")
    Suggestion.objects.create(
        title="Declined one",
        url="https://example.com/2",
        email="a@example.com",
        status=Suggestion.Status.DECLINED,
    )

    response = admin_client_with_mfa.get(
        reverse("admin:resources_suggestion_changelist"), {"status__exact": "new"}
    )

    html = response.content.decode()
    assert "Waiting one" in html
    assert "Declined one" not in html


def test_a_suggestion_never_moves_the_content_version(client, db):
    from pathways import content_version

    before = content_version.current()
    client.post(SUGGEST, {**GOOD, "email": "someone@example.com"})

    assert Suggestion.objects.exists()
    assert content_version.current() == before
