"""The visitor's profession and step stay from page to page: in the query string, so links can be
shared, and in a browser-session cookie, so pages reached without them still know them
(pathways/context.py)."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pathways.context import PathwayContext, cookie_name, with_context

pytestmark = pytest.mark.django_db

MAP_URL = reverse("pathways:map")
LEVEL_URL = "/pathway/levels/practice-educator/"
NEW_SUPERVISOR = {
    "registered": "yes",
    "supervises": "yes",
    "signs_off": "no",
    "leads": "no",
    "academic": "no",
}


def kept(client) -> str:
    """What the visitor's cookie holds now ("" when there is none)."""
    morsel = client.cookies.get(cookie_name())
    return morsel.value if morsel is not None else ""


def test_a_profession_chosen_once_stays_on_pages_reached_without_it(client, demo_framework):
    client.get(LEVEL_URL, {"profession": "paramedics"})

    response = client.get("/pathway/domains/responsibility-and-accountability/")

    assert "Showing examples for Paramedics" in response.content.decode()
    assert kept(client) == "paramedics."


def test_remembering_writes_nothing_to_the_database_and_the_cookie_goes_with_the_browser(
    client, demo_framework
):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(LEVEL_URL, {"profession": "paramedics"})

    assert not any(
        query["sql"].lstrip().startswith(("INSERT", "UPDATE")) for query in queries.captured_queries
    )
    cookie = response.cookies[cookie_name()]
    assert cookie.value == "paramedics."
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert not cookie["max-age"] and not cookie["expires"]  # a browser-session cookie


def test_an_unchanged_context_sets_no_cookie_again(client, demo_framework):
    client.get(LEVEL_URL, {"profession": "paramedics"})

    assert cookie_name() not in client.get(LEVEL_URL, {"profession": "paramedics"}).cookies


def test_the_starting_point_is_remembered_and_back_on_the_pathway_you_are_still_here(client, demo_framework):
    client.get(MAP_URL, NEW_SUPERVISOR | {"profession": "paramedics"})

    html = client.get(MAP_URL).content.decode()

    assert kept(client) == "paramedics.registered-practitioner"
    assert "Your step: Step 2: Registered practitioner supporting learners" in html
    assert 'id="your-step"' in html and "You are here" in html
    assert f'href="{reverse("pathways:next")}?from=registered-practitioner&amp;profession=paramedics"' in html


def test_your_next_step_starts_from_the_remembered_step(client, demo_framework):
    client.get(MAP_URL, NEW_SUPERVISOR | {"profession": "dietitians"})

    next_step = client.get(reverse("pathways:next")).context["next_step"]

    assert next_step.from_level.slug == "registered-practitioner"
    assert next_step.profession.slug == "dietitians"


def test_a_shared_link_opens_the_same_view_for_someone_new(client, demo_framework):
    html = client.get(MAP_URL, {"here": "senior-educator", "profession": "radiographers"}).content.decode()

    assert "Your step: Step 4: Senior or lead educator" in html
    assert "Showing examples for Radiographers" in html


def test_every_pathway_link_on_the_map_carries_the_context(client, demo_framework):
    html = client.get(MAP_URL, {"here": "practice-educator", "profession": "paramedics"}).content.decode()

    carried = "profession=paramedics&amp;here=practice-educator"
    assert f'href="{LEVEL_URL}?{carried}"' in html  # the route and the table
    assert f'href="/pathway/cells/responsibility-and-accountability/practice-educator/?{carried}"' in html
    assert f'href="/pathway/domains/responsibility-and-accountability/?{carried}"' in html


def test_choosing_any_profession_clears_the_remembered_one_but_keeps_the_step(client, demo_framework):
    client.get(MAP_URL, {"here": "practice-educator", "profession": "paramedics"})

    client.get(LEVEL_URL, {"profession": ""})

    assert kept(client) == ".practice-educator"
    assert "Showing examples for" not in client.get(LEVEL_URL).content.decode()


@pytest.mark.parametrize("value", ["Paramedics", "para medics", "paramedics\x00", "../x", "a" * 81 + "-"])
def test_a_value_that_is_not_a_slug_is_ignored_not_remembered(client, demo_framework, value):
    response = client.get(LEVEL_URL, {"profession": value})

    assert response.status_code == 200
    assert kept(client).partition(".")[0] == ""


def test_an_unknown_step_is_remembered_harmlessly_and_shows_nothing(client, demo_framework):
    html = client.get(MAP_URL, {"here": "astronaut"}).content.decode()

    assert "You are here" not in html
    assert client.get(reverse("pathways:next")).status_code == 200


def test_one_visitors_place_never_shows_on_anothers_page(demo_framework):
    chooser, newcomer = Client(), Client()

    chooser.get(MAP_URL, {"here": "practice-educator"})
    assert "You are here" in chooser.get(MAP_URL).content.decode()

    assert "You are here" not in newcomer.get(MAP_URL).content.decode()
    assert "You are here" in chooser.get(MAP_URL).content.decode()


def test_the_catalogues_own_profession_filter_is_not_taken_as_the_context(client, demo_framework):
    client.get(reverse("resources:catalogue"), {"profession": "paramedics"})

    assert kept(client) == ""


@pytest.mark.parametrize(
    ("url", "context", "carried"),
    [
        (
            "/pathway/levels/x/",
            PathwayContext(profession="paramedics"),
            "/pathway/levels/x/?profession=paramedics",
        ),
        ("/pathway/next/?from=y", PathwayContext(here="z"), "/pathway/next/?from=y&here=z"),
        (
            "/pathway/#your-step",
            PathwayContext("dietitians", "z"),
            "/pathway/?profession=dietitians&here=z#your-step",
        ),
        ("/pathway/", PathwayContext(), "/pathway/"),
    ],
)
def test_with_context_adds_the_query_where_it_belongs(url, context, carried):
    assert with_context(url, context) == carried


def test_a_kept_page_still_remembers_the_step_its_answers_lead_to(demo_framework):
    first, second = Client(), Client()
    answers = NEW_SUPERVISOR | {"profession": "paramedics"}

    first.get(MAP_URL, answers)  # rendered, and kept
    response = second.get(MAP_URL, answers)  # served the kept page

    assert response.cookies[cookie_name()].value == "paramedics.registered-practitioner"
    assert "You are here" in second.get(MAP_URL).content.decode()


def test_a_malformed_cookie_counts_as_nothing(client, demo_framework):
    client.cookies[cookie_name()] = "Para medics.<script>"

    response = client.get(MAP_URL)

    assert response.status_code == 200
    assert "You are here" not in response.content.decode()


def test_training_links_carry_the_context_and_a_resource_page_keeps_it(
    client, demo_framework, demo_catalogue
):
    html = client.get(LEVEL_URL, {"profession": "paramedics", "here": "practice-educator"}).content.decode()
    panel = html[html.index('id="training-panel-heading"') :]

    resource_link = re.search(r'<a href="(/resources/[a-z0-9-]+/\?[^"]+)">', panel).group(1)
    assert resource_link.endswith("?profession=paramedics&amp;here=practice-educator")

    client.cookies.clear()
    response = client.get(resource_link.replace("&amp;", "&"))
    assert response.status_code == 200
    assert kept(client) == "paramedics.practice-educator"
    assert "?profession=paramedics&amp;here=practice-educator" in response.content.decode()
