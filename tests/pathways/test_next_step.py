""" "Your next step": /pathway/next/?from=<level>&profession=<slug>, what is new, stories and training."""

import re

import pytest
from django.urls import reverse

from pathways.models import Level, LivedExample, Profession
from pathways.presenters.pathway_map import ComparisonRow
from tests.factories import (
    ResourceFactory,
    add_capabilities_to_every_cell,
    add_lived_examples,
    remember_pathway_context,
)

pytestmark = pytest.mark.django_db

NEXT_URL = reverse("pathways:next")
NEXT_QUERIES = 10


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_for_every_profession_and_every_level_below_the_top_there_are_three_trainings_and_a_story(
    client, demo_framework, demo_catalogue
):
    levels = list(demo_framework.levels.order_by("position"))
    for profession in Profession.objects.all():
        for level in levels[:-1]:
            response = client.get(NEXT_URL, {"from": level.slug, "profession": profession.slug})

            next_step = response.context["next_step"]
            where = f"{profession.slug} from {level.slug}"
            assert response.status_code == 200, where
            assert next_step.to_level.position == level.position + 1, where
            (panel,) = next_step.panels
            assert len(panel.context["training"].items) == 3, where
            assert next_step.examples, where
            assert len(next_step.rows) == demo_framework.domains.count(), where


def test_the_page_states_what_changes_domain_by_domain(client, demo_framework, demo_catalogue):
    html = text_of(client.get(NEXT_URL, {"from": "registered-practitioner", "profession": "paramedics"}))

    assert "From Step 2: Registered practitioner supporting learners, for paramedics" in html
    assert "What is new at Step 3: Practice educator" in html
    assert (
        "Step 3: Practice educator asks for 3 capabilities in this domain, 1 more than "
        "Step 2: Registered practitioner supporting learners." in html
    )
    assert "New at Step 3: Practice educator D1.L3.1" in html
    assert "How to grow towards it" in html


def test_stories_come_from_the_profession_first(client, demo_framework, demo_catalogue):
    response = client.get(NEXT_URL, {"from": "registered-practitioner", "profession": "paramedics"})

    first = response.context["next_step"].examples[0]
    assert (first.profession.slug, first.level.slug) == ("paramedics", "practice-educator")
    assert "these are the nearest" not in text_of(response)


def test_a_profession_without_a_story_at_the_next_step_gets_the_nearest_and_is_told(client, demo_framework):
    LivedExample.objects.filter(profession__slug="paramedics", level__slug="practice-educator").delete()

    response = client.get(NEXT_URL, {"from": "registered-practitioner", "profession": "paramedics"})

    examples = response.context["next_step"].examples
    assert len(examples) == 3
    for example in examples:
        one_step_away = abs(example.level.position - 3) == 1 and example.profession.slug == "paramedics"
        assert example.level.slug == "practice-educator" or one_step_away
    assert "There are no stories from paramedics at this step yet, so these are the nearest" in text_of(
        response
    )


def test_training_is_ranked_for_the_profession_first(client, demo_framework, demo_catalogue):
    level = Level.objects.get(framework=demo_framework, slug="practice-educator")
    named = ResourceFactory(title="Zz paramedic practice educator course")
    named.levels.add(level)
    named.professions.add(Profession.objects.get(slug="paramedics"))
    other = ResourceFactory(title="Aa physiotherapy only course")
    other.levels.add(level)
    other.professions.add(Profession.objects.get(slug="physiotherapists"))

    response = client.get(NEXT_URL, {"from": "registered-practitioner", "profession": "paramedics"})

    (panel,) = response.context["next_step"].panels
    titles = [item.title for item in panel.context["training"].items]
    # Alphabetically last, but among the first three: what names the profession comes first.
    assert "Zz paramedic practice educator course" in titles
    assert "Aa physiotherapy only course" not in titles


def test_the_top_level_says_what_growth_beyond_it_looks_like(client, demo_framework, demo_catalogue):
    response = client.get(NEXT_URL, {"from": "consultant-educator"})

    html = text_of(response)
    assert response.context["next_step"].to_level is None
    assert "Step 5: Consultant or strategic educator is the last step of this framework" in html
    assert "Stories from Step 5: Consultant or strategic educator" in html
    assert response.context["next_step"].examples


def test_without_a_step_the_page_asks_for_one(client, demo_framework):
    response = client.get(NEXT_URL)

    assert response.status_code == 200
    assert not response.context["next_step"]
    assert "Which step are you at now?" in text_of(response)
    assert "There is a problem" not in text_of(response)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"from": "astronaut"}, "Select the step you are at now from the list"),
        ({"from": ""}, "Select the step you are at now"),
        ({"from": "practice-educator", "profession": "astronauts"}, "Select a profession from the list"),
        ({"from": "practice-educator\x00"}, "Select the step you are at now from the list"),
    ],
)
def test_a_bad_query_gets_the_error_summary_not_a_crash(client, demo_framework, query, message):
    response = client.get(NEXT_URL, query)

    html = text_of(response)
    assert response.status_code == 200
    assert "There is a problem" in html and message in html
    assert re.search(r"<title>\s*Error: ", response.content.decode())


def test_without_a_published_framework_it_says_so(client):
    response = client.get(NEXT_URL, {"from": "practice-educator"})

    assert response.status_code == 200
    assert "has not been published here yet" in text_of(response)


def test_it_is_reached_from_the_starting_point_and_from_every_level_page(client, demo_framework):
    answers = {"registered": "yes", "supervises": "yes", "signs_off": "no", "leads": "no", "academic": "no"}
    html = client.get(reverse("pathways:map"), answers | {"profession": "paramedics"}).content.decode()
    assert (
        f'href="{NEXT_URL}?from=registered-practitioner&amp;profession=paramedics">See your next step' in html
    )

    # The profession chosen there stays with the visitor (pathways/context.py).
    for level in demo_framework.levels.all():
        html = client.get(level.get_absolute_url()).content.decode()
        assert (
            f'href="{NEXT_URL}?from={level.slug}&amp;profession=paramedics">Your next step from {level.label}'
            in html
        )


def test_the_same_number_of_queries_however_big_the_framework(
    client, demo_framework, demo_catalogue, django_assert_max_num_queries
):
    query = {"from": "practice-educator", "profession": "paramedics"}
    remember_pathway_context(client, profession="paramedics")
    with django_assert_max_num_queries(NEXT_QUERIES):
        assert client.get(NEXT_URL, query).status_code == 200

    add_capabilities_to_every_cell(demo_framework, per_cell=5)
    add_lived_examples(demo_framework, 40)

    with django_assert_max_num_queries(NEXT_QUERIES):
        response = client.get(NEXT_URL, query)
    assert b"X1.4.4" in response.content


@pytest.mark.parametrize(
    ("before", "after", "sentence"),
    [
        (2, 3, "Step 3: Three asks for 3 capabilities in this domain, 1 more than Step 2: Two."),
        (3, 1, "Step 3: Three asks for 1 capability in this domain, 2 fewer than Step 2: Two."),
        (2, 2, "Step 3: Three asks for 2 capabilities in this domain, as many as Step 2: Two."),
        (0, 2, "This domain begins at Step 3: Three, with 2 capabilities."),
        (2, 0, "Step 3: Three has no capabilities of its own in this domain yet."),
        (0, 0, "Neither level has capabilities in this domain yet."),
    ],
)
def test_each_domains_change_is_said_in_a_sentence(before, after, sentence):
    row = ComparisonRow(
        domain=None,
        from_level=Level(position=2, name="Two"),
        to_level=Level(position=3, name="Three"),
        from_capabilities=[object()] * before,
        to_capabilities=[object()] * after,
    )

    assert row.change == sentence
