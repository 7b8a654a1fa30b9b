import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from accounts.staff_groups import CURATORS, grant_group_permissions
from resources.models import Resource
from tests.factories import ResourceFactory, UserFactory, with_totp

CHANGELIST = "admin:resources_resource_changelist"


@pytest.fixture
def admin_client_with_mfa(client, db):
    client.force_login(with_totp(UserFactory(is_superuser=True, is_staff=True)))
    return client


@pytest.fixture
def curator_client(client, db):
    grant_group_permissions()
    curator = UserFactory()
    curator.groups.add(Group.objects.get(name=CURATORS))
    curator.refresh_from_db()
    assert curator.is_staff  # joining Curators makes a person staff
    client.force_login(with_totp(curator))
    return client


def run_action(client, action, resources):
    return client.post(
        reverse(CHANGELIST), {"action": action, "_selected_action": [resource.pk for resource in resources]}
    )


def test_superuser_with_mfa_sees_the_resource_list(admin_client_with_mfa, django_assert_max_num_queries):
    for number in range(5):
        ResourceFactory(slug=f"resource-{number}")

    with django_assert_max_num_queries(30):
        response = admin_client_with_mfa.get(reverse(CHANGELIST))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Resource 4" in html
    assert "Health Education" in html


def test_the_resource_list_can_be_searched(admin_client_with_mfa):
    ResourceFactory(slug="giving-feedback", title="Giving feedback")
    ResourceFactory(slug="assessing-learners", title="Assessing learners")

    response = admin_client_with_mfa.get(reverse(CHANGELIST), {"q": "feedback"})

    assert "Giving feedback" in response.content.decode()
    assert "Assessing learners" not in response.content.decode()


def test_publish_action_publishes_and_keeps_history(admin_client_with_mfa):
    draft = ResourceFactory(slug="draft-one", status=Resource.Status.DRAFT)

    run_action(admin_client_with_mfa, "publish", [draft])

    draft.refresh_from_db()
    assert draft.status == Resource.Status.PUBLISHED
    assert draft.history.first().status == Resource.Status.PUBLISHED


def test_archive_action_archives(admin_client_with_mfa):
    published = ResourceFactory(slug="published-one")

    run_action(admin_client_with_mfa, "archive", [published])

    published.refresh_from_db()
    assert published.status == Resource.Status.ARCHIVED


def test_mark_reviewed_sets_the_next_review_a_year_ahead(admin_client_with_mfa):
    resource = ResourceFactory()
    Resource.objects.filter(pk=resource.pk).update(review_due=datetime.date(2020, 1, 1))

    run_action(admin_client_with_mfa, "mark_reviewed", [resource])

    resource.refresh_from_db()
    assert resource.review_due == timezone.localdate() + datetime.timedelta(days=365)


@pytest.mark.parametrize(
    ("choice", "expected"),
    [("now", {"Overdue one"}), ("soon", {"Overdue one", "Due next week"})],
)
def test_review_due_filter_lists_what_needs_review(admin_client_with_mfa, choice, expected):
    today = timezone.localdate()
    for title, due in [
        ("Overdue one", today - datetime.timedelta(days=1)),
        ("Due next week", today + datetime.timedelta(days=7)),
        ("Due next year", today + datetime.timedelta(days=300)),
    ]:
        resource = ResourceFactory(slug=title.lower().replace(" ", "-"), title=title)
        Resource.objects.filter(pk=resource.pk).update(review_due=due)
    archived = ResourceFactory(
        slug="archived-overdue", title="Archived overdue", status=Resource.Status.ARCHIVED
    )
    Resource.objects.filter(pk=archived.pk).update(review_due=today - datetime.timedelta(days=9))

    response = admin_client_with_mfa.get(reverse(CHANGELIST), {"review": choice})

    listed = {resource.title for resource in response.context["cl"].result_list}
    assert listed == expected


def test_a_curator_with_mfa_can_change_a_resource(curator_client):
    resource = ResourceFactory()

    page = curator_client.get(reverse("admin:resources_resource_change", args=[resource.pk]))
    run_action(curator_client, "archive", [resource])

    assert page.status_code == 200
    resource.refresh_from_db()
    assert resource.status == Resource.Status.ARCHIVED


def test_a_curator_can_open_the_suggestion_queue(curator_client):
    assert curator_client.get(reverse("admin:resources_suggestion_changelist")).status_code == 200


def test_curators_never_see_peoples_own_records_in_admin(curator_client):
    assert curator_client.get("/admin/resources/bookmark/").status_code == 404
    assert curator_client.get("/admin/resources/rating/").status_code == 404
