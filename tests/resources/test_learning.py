import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from resources.models import Bookmark, Completion, Resource
from resources.services import personal_state_for
from tests.factories import ResourceFactory, UserFactory


@pytest.fixture
def resource(db):
    return ResourceFactory()


@pytest.fixture
def draft(db):
    return ResourceFactory(slug="still-a-draft", status=Resource.Status.DRAFT)


def test_bookmarking_adds_the_resource_to_my_learning_list_and_returns_to_its_page(
    signed_in_client, user, resource
):
    response = signed_in_client.post(reverse("resources:bookmark", args=[resource.slug]))

    assert response.status_code == 302
    assert response["Location"] == resource.get_absolute_url()
    assert Bookmark.objects.filter(user=user, resource=resource).exists()


def test_bookmarking_says_it_worked(signed_in_client, resource):
    response = signed_in_client.post(reverse("resources:bookmark", args=[resource.slug]))

    messages = [str(message) for message in response.wsgi_request._messages]
    assert messages == [f"“{resource.title}” has been added to your learning list"]


def test_bookmarking_again_takes_it_off_the_list(signed_in_client, user, resource):
    signed_in_client.post(reverse("resources:bookmark", args=[resource.slug]))
    signed_in_client.post(reverse("resources:bookmark", args=[resource.slug]))

    assert not Bookmark.objects.filter(user=user, resource=resource).exists()


def test_bookmark_goes_back_to_a_safe_next_page(signed_in_client, resource):
    response = signed_in_client.post(
        reverse("resources:bookmark", args=[resource.slug]), {"next": reverse("resources:learning_list")}
    )

    assert response["Location"] == reverse("resources:learning_list")


def test_bookmark_ignores_a_next_page_on_another_site(signed_in_client, resource):
    response = signed_in_client.post(
        reverse("resources:bookmark", args=[resource.slug]), {"next": "https://evil.example.com/"}
    )

    assert response["Location"] == resource.get_absolute_url()


def test_bookmark_with_htmx_swaps_the_actions_region_in_place(signed_in_client, resource):
    response = signed_in_client.post(
        reverse("resources:bookmark", args=[resource.slug]), headers={"HX-Request": "true"}
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="app-personal-actions"' in html
    assert "Remove from my learning list" in html
    assert "On your learning list." in html
    assert "HX-Request" in response["Vary"]


def test_remove_button_on_the_list_never_adds_a_bookmark(signed_in_client, user, resource):
    signed_in_client.post(reverse("resources:bookmark", args=[resource.slug]), {"action": "remove"})

    assert not Bookmark.objects.filter(user=user).exists()


def test_marking_done_records_today_and_toggling_undoes_it(signed_in_client, user, resource):
    signed_in_client.post(reverse("resources:done", args=[resource.slug]))

    completion = Completion.objects.get(user=user, resource=resource)
    assert completion.completed_on == timezone.localdate()

    signed_in_client.post(reverse("resources:done", args=[resource.slug]))

    assert not Completion.objects.filter(user=user).exists()


def test_my_learning_list_shows_bookmarked_and_completed_resources(signed_in_client, user, resource):
    other = ResourceFactory(slug="giving-feedback", title="Giving feedback")
    Bookmark.objects.create(user=user, resource=resource)
    Completion.objects.create(user=user, resource=other, completed_on=datetime.date(2026, 3, 4))

    response = signed_in_client.get(reverse("resources:learning_list"))

    html = response.content.decode()
    assert response.status_code == 200
    assert resource.title in html
    assert "Giving feedback" in html
    assert "Done on 4 March 2026" in html
    assert html.count('name="action" value="remove"') == 2


def test_my_learning_list_is_empty_at_first(signed_in_client):
    response = signed_in_client.get(reverse("resources:learning_list"))

    assert "You have not saved any training yet." in response.content.decode()
    assert "You have not marked any training as done yet." in response.content.decode()


def test_my_learning_list_queries_stay_flat(signed_in_client, user, django_assert_max_num_queries):
    for number in range(5):
        resource = ResourceFactory(slug=f"resource-{number}")
        Bookmark.objects.create(user=user, resource=resource)
        Completion.objects.create(user=user, resource=resource, completed_on=timezone.localdate())

    with django_assert_max_num_queries(8):
        response = signed_in_client.get(reverse("resources:learning_list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert all(f"Resource {number}" in html for number in range(5))


def test_someone_elses_bookmarks_are_not_on_my_list(signed_in_client, resource):
    Bookmark.objects.create(user=UserFactory(), resource=resource)

    response = signed_in_client.get(reverse("resources:learning_list"))

    assert resource.title not in response.content.decode()


@pytest.mark.parametrize("name", ["resources:bookmark", "resources:done", "resources:rate"])
def test_signed_out_people_are_sent_to_sign_in(client, resource, name):
    url = reverse(name, args=[resource.slug])

    response = client.post(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login") + "?next=")


def test_signed_out_learning_list_asks_to_sign_in(client, db):
    response = client.get(reverse("resources:learning_list"))

    assert response["Location"].startswith(reverse("account_login") + "?next=")


@pytest.mark.parametrize("name", ["resources:bookmark", "resources:done", "resources:rate"])
def test_draft_resources_are_not_found(signed_in_client, user, draft, name):
    response = signed_in_client.post(reverse(name, args=[draft.slug]))

    assert response.status_code == 404
    assert not Bookmark.objects.filter(user=user).exists()
    assert not Completion.objects.filter(user=user).exists()


@pytest.mark.parametrize("name", ["resources:bookmark", "resources:done"])
def test_unknown_resources_are_not_found(signed_in_client, db, name):
    assert signed_in_client.post(reverse(name, args=["no-such-thing"])).status_code == 404


@pytest.mark.parametrize("name", ["resources:bookmark", "resources:done"])
def test_a_get_changes_nothing(signed_in_client, user, resource, name):
    response = signed_in_client.get(reverse(name, args=[resource.slug]))

    assert response.status_code == 405
    assert not Bookmark.objects.exists()
    assert not Completion.objects.exists()


@pytest.mark.parametrize("name", ["resources:bookmark", "resources:done"])
def test_a_post_without_the_csrf_token_is_refused(client, user, resource, name):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(user)

    response = csrf_client.post(reverse(name, args=[resource.slug]))

    assert response.status_code == 403
    assert not Bookmark.objects.exists()
    assert not Completion.objects.exists()


def test_personal_actions_for_a_signed_out_visitor_link_to_sign_in(client, resource):
    from django.contrib.auth.models import AnonymousUser
    from django.template.loader import render_to_string

    html = render_to_string(
        "resources/_personal_actions.html",
        {
            "resource": resource,
            "user": AnonymousUser(),
            "personal": personal_state_for(AnonymousUser(), resource),
        },
    )

    assert f'href="/accounts/login/?next=/resources/{resource.slug}/"' in html
    assert "<form" not in html


def test_personal_state_reflects_what_i_have_recorded(user, resource):
    Bookmark.objects.create(user=user, resource=resource)

    state = personal_state_for(user, resource)

    assert state.bookmarked is True
    assert state.done is False
    assert state.rating is None


def test_my_data_download_includes_my_learning_records(signed_in_client, user, resource):
    from resources.models import Rating, Suggestion

    Bookmark.objects.create(user=user, resource=resource)
    Completion.objects.create(user=user, resource=resource, completed_on=datetime.date(2026, 2, 1))
    Rating.objects.create(user=user, resource=resource, score=4, comment="Useful")
    Suggestion.objects.create(user=user, title="A missing course", url="https://example.com/c")

    data = signed_in_client.get(reverse("accounts:download_data")).json()

    training = data["training"]
    assert training["learning_list"][0]["resource"] == resource.title
    assert training["completed"][0]["completed_on"] == "2026-02-01"
    assert (training["ratings"][0]["score"], training["ratings"][0]["comment"]) == (4, "Useful")
    assert training["suggestions"][0]["title"] == "A missing course"
    assert training["suggestions"][0]["status"] == "New"


def test_deleting_my_account_removes_my_learning_records(signed_in_client, user, resource):
    from resources.models import Rating, Suggestion

    Bookmark.objects.create(user=user, resource=resource)
    Completion.objects.create(user=user, resource=resource, completed_on=datetime.date(2026, 2, 1))
    Rating.objects.create(user=user, resource=resource, score=4)
    Suggestion.objects.create(user=user, title="A missing course", url="https://example.com/c")

    response = signed_in_client.post(reverse("accounts:delete_account"), {"confirm": "on"})

    assert response.status_code == 302
    assert not Bookmark.objects.exists()
    assert not Completion.objects.exists()
    assert not Rating.objects.exists()
    assert not Suggestion.objects.exists()
    assert Resource.objects.filter(pk=resource.pk).exists()  # the catalogue itself is untouched


def test_personal_actions_include_carries_the_csrf_token_when_included_with_only(rf, user, resource):
    from django.middleware.csrf import get_token
    from django.template import RequestContext, Template

    request = rf.get(resource.get_absolute_url())
    request.user = user
    token = get_token(request)
    template = Template(
        '{% include "resources/_personal_actions.html" with resource=resource user=user personal=personal '
        "csrf_token=csrf_token only %}"
    )

    html = template.render(
        RequestContext(request, {"resource": resource, "personal": personal_state_for(user, resource)})
    )

    assert html.count('name="csrfmiddlewaretoken"') == 2
    assert token and 'name="csrfmiddlewaretoken" value=""' not in html
    assert "Add to my learning list" in html
    assert "Mark as done" in html
