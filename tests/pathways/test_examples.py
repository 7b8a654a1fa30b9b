"""Lived examples: the filterable list (plain GET form, enhanced by htmx) and one example's page."""

import re

import pytest

from pathways.models import LivedExample
from tests.factories import add_capabilities_to_every_cell, add_lived_examples, remember_pathway_context

pytestmark = pytest.mark.django_db

EXAMPLES = "/pathway/examples/"
# The full page also fills the filter form's choices; the htmx partial only filters.
FULL_PAGE_QUERIES = 9  # with the illustrative check, once per content version
PARTIAL_QUERIES = 5


def shown_slugs(response) -> set[str]:
    return {example.slug for example in response.context["examples"]}


def test_list_shows_every_lived_example_with_its_count(client, demo_framework):
    response = client.get(EXAMPLES)
    assert response.status_code == 200
    html = response.content.decode()
    total = LivedExample.objects.count()
    assert shown_slugs(response) == set(LivedExample.objects.values_list("slug", flat=True))
    assert f"{total} lived examples" in html
    assert 'aria-live="polite"' in html
    assert "Illustrative" in html
    assert "Small conversations after each job" in html  # a pull quote
    assert "Tomasz, Paramedics" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("profession=paramedics", {"feedback-between-jobs", "rethinking-how-we-assess"}),
        (
            "level=consultant-educator",
            {
                "a-curriculum-shaped-by-people-with-aphasia",
                "who-gets-to-become-a-podiatrist",
                "answering-our-own-questions",
                "one-placement-across-a-region",
                "teaching-the-clinic-tutors",
            },
        ),
        (
            "setting=academic&level=senior-educator",
            {"one-foot-in-the-clinic", "rethinking-how-we-assess", "whose-music-counts-on-placement"},
        ),
        ("profession=paramedics&level=practice-educator&setting=practice", {"feedback-between-jobs"}),
    ],
)
def test_filters_narrow_the_results(client, demo_framework, query, expected):
    response = client.get(f"{EXAMPLES}?{query}")
    assert shown_slugs(response) == expected
    count = len(expected)
    assert f"{count} lived example{'' if count == 1 else 's'}" in response.content.decode()


def test_domain_filter_shows_only_examples_linked_to_that_domain(client, demo_framework):
    response = client.get(f"{EXAMPLES}?domain=responsibility-and-accountability")
    expected = set(
        LivedExample.objects.filter(domains__slug="responsibility-and-accountability").values_list(
            "slug", flat=True
        )
    )
    assert expected and expected != set(LivedExample.objects.values_list("slug", flat=True))
    assert shown_slugs(response) == expected


def test_no_match_offers_a_way_back(client, demo_framework):
    response = client.get(f"{EXAMPLES}?profession=paramedics&level=pre-registration")
    html = response.content.decode()
    assert "0 lived examples" in html
    assert "No lived examples match these filters" in html
    assert "Try removing a filter" in html
    assert f'href="{EXAMPLES}">show all lived examples' in html


def test_invalid_filter_shows_an_error_summary_not_a_crash(client, demo_framework):
    response = client.get(f"{EXAMPLES}?profession=wizards&setting=moon&level=practice-educator")
    assert response.status_code == 200
    html = response.content.decode()
    assert "nhsuk-error-summary" in html
    assert "<title>Error: " in html
    assert 'href="#id_profession"' in html
    assert {e.level.slug for e in response.context["examples"]} == {"practice-educator"}


def test_htmx_request_gets_only_the_results(client, demo_framework):
    response = client.get(f"{EXAMPLES}?profession=paramedics", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html
    assert "feedback-between-jobs" in html
    assert "<select" not in html
    assert 'id="example-count" hx-swap-oob="innerHTML">2 lived examples' in html
    assert "HX-Request" in response["Vary"]


def test_full_page_varies_on_htmx_header(client, demo_framework):
    response = client.get(f"{EXAMPLES}?profession=paramedics")
    html = response.content.decode()
    assert "<html" in html
    assert 'hx-get="/pathway/examples/"' in html and 'hx-push-url="true"' in html
    assert "HX-Request" in response["Vary"]
    assert "hx-swap-oob" not in html


def test_example_page_tells_the_story_and_says_it_is_illustrative(client, demo_framework):
    example = LivedExample.objects.get(slug="feedback-between-jobs")
    response = client.get(example.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("Illustrative content") == 1  # once, in the banner
    assert "the people in the stories are not real" in html
    assert "<blockquote" in html and example.pull_quote in html
    assert example.story[0] in html
    assert "Paramedics" in html and "Practice educator" in html
    assert 'href="/pathway/capabilities/D1.L3.1/"' in html
    assert 'href="/pathway/domains/responsibility-and-accountability/"' in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?profession=paramedics&level=practice-educator&domain=responsibility-and-accountability&setting=practice",
    ],
)
def test_list_uses_a_fixed_number_of_queries(client, demo_framework, django_assert_max_num_queries, query):
    remember_pathway_context(client, profession="paramedics" if query else "")

    def check():
        with django_assert_max_num_queries(FULL_PAGE_QUERIES):
            full = client.get(EXAMPLES + query)
        with django_assert_max_num_queries(PARTIAL_QUERIES):
            partial = client.get(EXAMPLES + query, headers={"HX-Request": "true"})
        for response in (full, partial):
            assert response.status_code == 200
            assert b'href="/pathway/examples/feedback-between-jobs/' in response.content
        assert b"<select" in full.content and b"<select" not in partial.content

    check()
    add_capabilities_to_every_cell(demo_framework, per_cell=5)
    add_lived_examples(demo_framework, 90)
    check()


def test_example_page_uses_a_fixed_number_of_queries(client, demo_framework, django_assert_max_num_queries):
    example = LivedExample.objects.get(slug="feedback-between-jobs")
    for grown in (False, True):
        if grown:
            add_capabilities_to_every_cell(demo_framework, per_cell=5)
            add_lived_examples(demo_framework, 90)
        with django_assert_max_num_queries(5):  # with the illustrative check, once per content version
            response = client.get(example.get_absolute_url())
        assert response.status_code == 200
        assert example.pull_quote in response.content.decode()


def test_a_story_page_sets_its_quote_apart_in_the_nhs_inset_text_pattern(client, demo_framework):
    example = LivedExample.objects.get(slug="feedback-between-jobs")

    html = re.sub(r"\s+", " ", client.get(example.get_absolute_url()).content.decode())

    quote = re.search(r'<figure class="nhsuk-inset-text app-quote">(.*?)</figure>', html).group(1)
    assert "<blockquote" in quote and example.pull_quote in quote
    assert "<figcaption" in quote and f"{example.person}, {example.profession.name}" in quote
