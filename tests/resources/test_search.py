"""Keyword search in the catalogue: what it finds and in which order, on SQLite and PostgreSQL."""

import pytest
from django.db import connection

from resources.models import Resource
from resources.search import search_resources
from tests.factories import ResourceFactory

pytestmark = pytest.mark.django_db

only_on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL full-text search"
)


def found(text: str) -> list[str]:
    return [r.slug for r in search_resources(Resource.objects.all(), text).order_by("-relevance", "title")]


def test_a_title_word_finds_the_resource():
    ResourceFactory(slug="feedback", title="Giving feedback to learners")
    ResourceFactory(slug="other", title="Something else entirely", summary="Nothing related.")
    assert found("feedback") == ["feedback"]


def test_every_word_must_match():
    ResourceFactory(slug="both", title="Feedback for placements")
    ResourceFactory(slug="one", title="Feedback for nobody", summary="Nothing related.")
    assert found("feedback placements") == ["both"]


def test_blank_text_finds_everything():
    ResourceFactory(slug="a")
    ResourceFactory(slug="b")
    assert sorted(found("   ")) == ["a", "b"]


def test_title_hits_rank_above_summary_hits():
    ResourceFactory(
        slug="in-summary", title="A is for an ordinary course", summary="All about supervision here."
    )
    ResourceFactory(slug="in-title", title="Zebra supervision", summary="An ordinary course.")
    assert found("supervision") == ["in-title", "in-summary"]


@only_on_postgresql
def test_a_stemmed_form_finds_the_resource():
    ResourceFactory(slug="supervision", title="Clinical supervision essentials")
    assert found("supervising") == ["supervision"]


def test_the_catalogue_searches_by_keyword(client):
    ResourceFactory(slug="feedback", title="Giving feedback to learners")
    ResourceFactory(slug="other", title="Another thing", summary="Nothing related.")
    response = client.get("/resources/?q=feedback")
    assert [item.href for item in response.context["results"]] == ["/resources/feedback/"]
    assert "1 training resource" in response.content.decode()
