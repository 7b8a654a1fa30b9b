import re

import pytest
from django.test import Client
from django.urls import reverse

from resources import presenters, services
from resources.models import Rating
from tests.factories import ResourceFactory, UserFactory


@pytest.fixture
def resource(db):
    return ResourceFactory()


def rate(client, resource, **data):
    return client.post(reverse("resources:rate", args=[resource.slug]), data)


def test_rating_page_offers_five_labelled_choices(signed_in_client, resource):
    response = signed_in_client.get(reverse("resources:rate", args=[resource.slug]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "1 – Not useful" in html
    assert "5 – Very useful" in html
    assert html.count('type="radio"') == 5
    assert "<legend" in html


def test_rating_is_saved_with_its_comment(signed_in_client, user, resource):
    response = rate(signed_in_client, resource, score="4", comment="Clear and practical.")

    assert response.status_code == 302
    assert response["Location"] == resource.get_absolute_url()
    rating = Rating.objects.get(user=user, resource=resource)
    assert (rating.score, rating.comment) == (4, "Clear and practical.")


def test_an_empty_comment_is_fine(signed_in_client, user, resource):
    rate(signed_in_client, resource, score="3", comment="")

    assert Rating.objects.get(user=user).comment == ""


def test_rating_again_changes_the_one_rating(signed_in_client, user, resource):
    rate(signed_in_client, resource, score="2", comment="Too basic")
    rate(signed_in_client, resource, score="5", comment="Better second time")

    assert Rating.objects.filter(user=user, resource=resource).count() == 1
    assert Rating.objects.get(user=user).score == 5


def test_the_form_is_prefilled_with_my_rating(signed_in_client, user, resource):
    Rating.objects.create(user=user, resource=resource, score=2, comment="Too basic")

    response = signed_in_client.get(reverse("resources:rate", args=[resource.slug]))

    form = response.context["form"]
    assert form.initial == {"score": 2, "comment": "Too basic"}
    html = response.content.decode()
    checked = re.findall(r"<input[^>]*\schecked[\s>][^>]*>?", html)
    assert len(checked) == 1
    assert 'id="id_score_1"' in checked[0] and 'value="2"' in checked[0]
    assert "Too basic</textarea>" in html


def test_ratings_from_several_people_make_an_average(resource):
    for score in (2, 4, 5):
        services.rating_record(user=UserFactory(), resource=resource, score=score)

    summary = presenters.rating_summary(resource)

    assert summary.count == 3
    assert summary.average == pytest.approx(11 / 3)


@pytest.mark.parametrize("score", ["7", "0", "abc", ""])
def test_a_score_outside_1_to_5_is_an_error_and_saves_nothing(signed_in_client, resource, score):
    response = rate(signed_in_client, resource, score=score)

    html = response.content.decode()
    assert response.status_code == 200
    assert "nhsuk-error-summary" in html
    assert "Select how useful the resource was, from 1 to 5" in html
    assert "<title>Error: " in html
    assert not Rating.objects.exists()


def test_a_comment_flood_is_an_error_and_saves_nothing(signed_in_client, resource):
    response = rate(signed_in_client, resource, score="4", comment="x" * 10_000)

    assert response.status_code == 200
    assert "Comment must be 2,000 characters or fewer" in response.content.decode()
    assert not Rating.objects.exists()


def test_a_comment_of_exactly_2000_characters_is_allowed(signed_in_client, resource):
    rate(signed_in_client, resource, score="4", comment="x" * 2000)

    assert Rating.objects.get().comment == "x" * 2000


def test_changing_ratings_too_often_is_refused_clearly(signed_in_client, user, resource):
    for attempt in range(services.RATING_CHANGES_PER_HOUR):
        assert rate(signed_in_client, resource, score=str(attempt % 5 + 1)).status_code == 302
    last_saved = Rating.objects.get(user=user).score

    response = rate(signed_in_client, resource, score="1" if last_saved != 1 else "2", comment="one more")

    assert response.status_code == 200
    assert "You have changed your ratings too many times in the last hour" in response.content.decode()
    assert Rating.objects.get(user=user).score == last_saved


def test_the_rate_limit_is_per_person(signed_in_client, resource):
    for _ in range(services.RATING_CHANGES_PER_HOUR + 1):
        rate(signed_in_client, resource, score="3")
    other = Client()
    other.force_login(UserFactory())

    assert rate(other, resource, score="4").status_code == 302


def test_rating_a_draft_is_not_found(signed_in_client, db):
    draft = ResourceFactory(slug="draft-one", status="draft")

    assert signed_in_client.get(reverse("resources:rate", args=[draft.slug])).status_code == 404
    assert rate(signed_in_client, draft, score="4").status_code == 404


def test_signed_out_rating_page_sends_to_sign_in(client, resource):
    response = client.get(reverse("resources:rate", args=[resource.slug]))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login") + "?next=")
