""" "Share your story": a plain form, NHS errors, a honeypot and a rate limit, and moderation in admin."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from pathways.models import StorySubmission
from pathways.stories import STORIES_PER_HOUR
from tests.factories import UserFactory, with_totp

pytestmark = pytest.mark.django_db

SHARE = reverse("pathways:share_story")
GOOD = {
    "title": "My first student on the wards",
    "story": "I was nervous about supervising for the first time, so I asked my student what helped them.",
    "profession": "paramedics",
    "level": "registered-practitioner",
    "domain": "responsibility-and-accountability",
    "name_to_show": "Sam",
    "consent": "on",
}


def text_of(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_the_form_asks_for_the_story_its_place_and_consent(client, demo_framework):
    html = text_of(client.get(SHARE))

    for name in ("title", "story", "profession", "level", "domain", "name_to_show", "email", "consent"):
        assert f'name="{name}"' in html, name
    assert "I agree that AHP Educator Pathways may keep my story" in html
    assert "nhsuk-character-count" in html  # the story's 5,000 characters are counted as they type
    assert "Step 2: Registered practitioner supporting learners" in html


def test_a_story_is_kept_for_moderation_with_consent_recorded_and_not_shown(client, demo_framework):
    response = client.post(SHARE, GOOD | {"email": "sam@example.com"}, follow=True)

    assert response.redirect_chain[-1][0] == reverse("pathways:story_received")
    assert "Thank you for your story" in text_of(response)
    submission = StorySubmission.objects.get()
    assert (submission.status, submission.profession.slug, submission.level.slug) == (
        "new",
        "paramedics",
        "registered-practitioner",
    )
    assert submission.domain.slug == "responsibility-and-accountability"
    assert submission.consent_given_at is not None and submission.email == "sam@example.com"
    assert "My first student on the wards" not in text_of(client.get(reverse("pathways:examples")))


def test_without_consent_or_a_story_the_errors_say_so_and_nothing_is_lost(client, demo_framework):
    response = client.post(SHARE, GOOD | {"consent": "", "story": ""})

    html = text_of(response)
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Tick the box to agree, so that we can keep and publish your story" in html
    assert "Enter your story" in html
    assert 'value="My first student on the wards"' in html  # what they typed is still there
    assert re.search(r"<title>\s*Error: ", html)
    assert not StorySubmission.objects.exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"profession": "astronauts"}, "Select your profession from the list"),
        ({"level": "no-such-step"}, "Select a step from the list"),
        ({"story": "x" * 5001}, "Your story must be 5,000 characters or fewer"),
        ({"email": "not-an-address"}, "Enter an e-mail address in the correct format"),
    ],
)
def test_bad_answers_are_explained(client, demo_framework, change, message):
    response = client.post(SHARE, GOOD | change)

    assert response.status_code == 200
    assert message in text_of(response)
    assert not StorySubmission.objects.exists()


def test_a_bot_filling_the_honeypot_is_thanked_and_nothing_is_stored(client, demo_framework):
    response = client.post(SHARE, GOOD | {"website": "http://spam.example"})

    assert response.status_code == 302
    assert not StorySubmission.objects.exists()


def test_the_rate_limit_stops_a_flood_from_one_address(demo_framework):
    client = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(STORIES_PER_HOUR):
        assert client.post(SHARE, GOOD).status_code == 302

    response = client.post(SHARE, GOOD)

    assert response.status_code == 200
    assert "Too many stories have been sent from your connection" in text_of(response)
    assert StorySubmission.objects.count() == STORIES_PER_HOUR
    assert Client(REMOTE_ADDR="203.0.113.10").post(SHARE, GOOD).status_code == 302


def test_signed_in_the_story_is_linked_to_the_account_and_in_their_data(client, demo_framework):
    user = UserFactory(profession="dietitians")
    client.force_login(user)

    form = client.get(SHARE).context["form"]
    assert "email" not in form.fields and form.initial["profession"] == "dietitians"
    client.post(SHARE, GOOD)

    submission = StorySubmission.objects.get()
    assert submission.user == user and submission.email == ""
    exported = client.get(reverse("accounts:download_data")).json()
    assert exported["stories"][0]["title"] == "My first student on the wards"


def test_a_story_never_moves_the_content_version(client, demo_framework):
    from pathways import content_version

    before = content_version.current()
    client.post(SHARE, GOOD)

    assert content_version.current() == before


def test_curators_moderate_stories_in_admin_and_cannot_add_or_rewrite_them(client, demo_framework):
    client.post(SHARE, GOOD)
    submission = StorySubmission.objects.get()
    admin = Client()
    admin.force_login(with_totp(UserFactory(is_superuser=True, is_staff=True)))

    changelist = reverse("admin:pathways_storysubmission_changelist")
    assert "My first student on the wards" in admin.get(changelist).content.decode()
    assert admin.get(reverse("admin:pathways_storysubmission_add")).status_code == 403
    admin.post(changelist, {"action": "mark_published", "_selected_action": [submission.pk]})

    submission.refresh_from_db()
    assert submission.status == StorySubmission.Status.PUBLISHED
    change_page = admin.get(reverse("admin:pathways_storysubmission_change", args=[submission.pk])).content
    assert b'name="story"' not in change_page  # read-only: what the person wrote stays as they wrote it


def test_the_form_uses_the_same_number_of_queries_however_big_the_framework(
    client, demo_framework, django_assert_max_num_queries
):
    from tests.factories import add_capabilities_to_every_cell, add_lived_examples

    with django_assert_max_num_queries(4):  # the framework, its levels and domains, the professions
        assert client.get(SHARE).status_code == 200
    add_capabilities_to_every_cell(demo_framework, per_cell=5)
    add_lived_examples(demo_framework, 40)
    with django_assert_max_num_queries(4):
        assert client.get(SHARE).status_code == 200


def test_the_kept_form_carries_each_visitors_own_token(demo_framework):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    token = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

    first_token = token.search(first.get(SHARE).content.decode()).group(1)  # renders and keeps the form
    second_token = token.search(second.get(SHARE).content.decode()).group(1)  # served the kept form

    assert first_token != second_token
    response = second.post(SHARE, GOOD | {"csrfmiddlewaretoken": second_token})
    assert response.status_code == 302
    assert StorySubmission.objects.count() == 1


def test_curators_can_moderate_stories(demo_framework):
    from django.contrib.auth.models import Group

    curators = Group.objects.get(name="Curators")

    codenames = set(curators.permissions.values_list("codename", flat=True))
    assert {"view_storysubmission", "change_storysubmission"} <= codenames
