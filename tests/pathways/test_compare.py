"""Compare two levels: what changes, domain by domain, when I step up."""

import re

import pytest

from tests.factories import add_capabilities_to_every_cell

pytestmark = pytest.mark.django_db

COMPARE_URL = "/pathway/compare/"
COMPARE_QUERIES = 7  # levels, professions, capabilities, stories, framework... and the illustrative check

CHANGES_HEADING = "What changes from Step 3: Practice educator to Step 4: Senior or lead educator"


def text_of(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_compare_without_a_published_framework_says_so_kindly(client):
    response = client.get(COMPARE_URL)

    assert response.status_code == 200
    assert "has not been published here yet" in text_of(response)
    assert response.content.decode().count("<h1") == 1


def test_compare_without_a_query_shows_only_the_form_with_a_hint(client, demo_framework):
    response = client.get(COMPARE_URL)

    html = text_of(response)
    assert response.status_code == 200
    assert re.search(r'<select[^>]*name="from"', html) and re.search(r'<select[^>]*name="to"', html)
    assert "Choose your level now" in html
    assert "What changes" not in html
    assert "There is a problem" not in html


def test_compare_sets_two_levels_side_by_side_domain_by_domain(client, demo_framework):
    response = client.get(COMPARE_URL, {"from": "practice-educator", "to": "senior-educator"})

    html = text_of(response)
    assert response.status_code == 200
    assert CHANGES_HEADING in html
    table = html[html.index("<table") : html.index("</table>")]
    assert table.count('scope="row"') == 6
    assert "Step 3: Practice educator" in table and "Step 4: Senior or lead educator" in table
    assert "D1.L3.1" in table and "D1.L4.1" in table
    assert "D1.L2.1" not in table
    assert re.search(r"<title>\s*What changes from Step 3: Practice educator", html)


def test_comparing_a_level_with_itself_shows_the_error_summary(client, demo_framework):
    response = client.get(COMPARE_URL, {"from": "practice-educator", "to": "practice-educator"})

    html = text_of(response)
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Select a different level to compare with" in html
    assert re.search(r"<title>\s*Error: ", html)
    assert "<table" not in html


@pytest.mark.parametrize(
    "query", [{"from": "no-such-level", "to": "practice-educator"}, {"from": "practice-educator"}]
)
def test_an_unknown_or_missing_level_shows_the_error_summary(client, demo_framework, query):
    response = client.get(COMPARE_URL, query)

    assert response.status_code == 200
    assert "There is a problem" in text_of(response)
    assert "<table" not in text_of(response)


def test_compare_partial_for_htmx_is_only_the_comparison(client, demo_framework):
    query = {"from": "practice-educator", "to": "senior-educator"}
    full = client.get(COMPARE_URL, query)
    partial = client.get(COMPARE_URL, query, HTTP_HX_REQUEST="true")

    assert b"<html" not in partial.content
    assert b"What changes from" in partial.content
    assert len(partial.content) < len(full.content)
    assert "HX-Request" in partial["Vary"]


def test_compare_uses_the_same_number_of_queries_however_big_the_framework(
    client, demo_framework, django_assert_max_num_queries
):
    query = {"from": "practice-educator", "to": "senior-educator"}
    with django_assert_max_num_queries(COMPARE_QUERIES):
        response = client.get(COMPARE_URL, query)
    assert response.status_code == 200
    assert CHANGES_HEADING in text_of(response)

    add_capabilities_to_every_cell(demo_framework, per_cell=5)

    with django_assert_max_num_queries(COMPARE_QUERIES):
        response = client.get(COMPARE_URL, query)
    assert response.status_code == 200
    assert b"X6.4.4" in response.content


def test_compare_partial_for_htmx_shows_the_error_summary(client, demo_framework):
    partial = client.get(
        COMPARE_URL, {"from": "senior-educator", "to": "senior-educator"}, HTTP_HX_REQUEST="true"
    )

    assert partial.status_code == 200
    assert b"There is a problem" in partial.content
    assert b"<table" not in partial.content


def test_compare_says_what_changes_before_it_shows_the_detail(client, demo_framework):
    html = text_of(client.get(COMPARE_URL, {"from": "practice-educator", "to": "senior-educator"}))

    summary = html[html.index(CHANGES_HEADING) : html.index("<table")]
    assert re.search(
        r"Across the 6 domains, Step 4: Senior or lead educator asks for \d+ capabilities", summary
    )
    assert "The key changes, domain by domain" in summary
    assert summary.count("asks for") >= 6  # a sentence for each domain, then the whole


def test_compare_shows_stories_from_the_level_compared_with_for_the_chosen_profession(client, demo_framework):
    response = client.get(
        COMPARE_URL,
        {"from": "registered-practitioner", "to": "practice-educator", "profession": "paramedics"},
    )

    comparison = response.context["comparison"]
    assert comparison.examples[0].profession.slug == "paramedics"
    assert comparison.examples[0].level.slug == "practice-educator"
    assert "Stories from Step 3: Practice educator" in text_of(response)
    assert '<option value="paramedics" selected>' in response.content.decode()
