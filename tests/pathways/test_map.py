"""The pathway map, find my starting point, and one cell of the map (full page and htmx partial)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pathways.models import Domain, Level
from tests.factories import UserFactory, add_capabilities_to_every_cell, remember_pathway_context

pytestmark = pytest.mark.django_db

MAP_URL = reverse("pathways:map")
CELL_URL = reverse(
    "pathways:cell",
    kwargs={"domain_slug": "responsibility-and-accountability", "level_slug": "practice-educator"},
)
HTMX = {"HTTP_HX_REQUEST": "true"}

# Queries for a page, whatever the amount of content (session and user rows are not read when signed out).
MAP_QUERIES = 10  # with a starting point (the roles and their levels) and the illustrative check
CELL_QUERIES = (
    10  # the detail (6: with its stories, training and next level), the framework, the banner check
)


# A registered practitioner who supervises and signs off: Step 3, the practice educator.
PRACTICE_EDUCATOR = {
    "registered": "yes",
    "supervises": "yes",
    "signs_off": "yes",
    "leads": "no",
    "academic": "no",
}


def answered(**answers: str) -> dict[str, str]:
    """All five starting-point answers: the ones given, "no" for the rest."""
    return {name: "no" for name in ("registered", "supervises", "signs_off", "leads", "academic")} | answers


def text_of(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_map_without_a_published_framework_says_so_kindly(client):
    response = client.get(MAP_URL)

    assert response.status_code == 200
    assert "has not been published here yet" in text_of(response)
    assert response.content.decode().count("<h1") == 1


def test_map_shows_every_level_across_and_every_domain_down_in_a_table(client, demo_framework):
    response = client.get(MAP_URL)

    html = response.content.decode()
    assert response.status_code == 200
    table = html[html.index("<table") : html.index("</table>")]
    assert "<caption" in table
    assert table.count('scope="col"') == 1 + demo_framework.levels.count() == 6
    assert table.count('scope="row"') == demo_framework.domains.count() == 6
    for level in demo_framework.levels.all():
        assert f"Step {level.position}" in table
        assert level.name in table
    for domain in demo_framework.domains.all():
        assert f"Domain {domain.number}: {domain.name}" in table


def test_map_lists_each_cells_capability_codes_and_links_to_the_cell(client, demo_framework):
    html = client.get(MAP_URL).content.decode()

    assert "D1.L3.1" in html
    assert f'href="{CELL_URL}"' in html
    assert f'hx-get="{CELL_URL}"' in html


def test_map_marks_a_provisional_domain_as_a_working_title(client, demo_framework):
    Domain.objects.filter(framework=demo_framework, number=6).update(provisional=True)

    html = text_of(client.get(MAP_URL))

    assert "Working title" in html


def test_map_without_a_query_suggests_nothing(client, demo_framework):
    html = text_of(client.get(MAP_URL))

    assert "You are here" not in html
    assert "Find my starting point" in html


@pytest.mark.parametrize(
    ("answers", "level_slug"),
    [
        ({"registered": "no"}, "pre-registration"),
        ({"registered": "yes"}, "registered-practitioner"),
        ({"registered": "yes", "supervises": "yes"}, "registered-practitioner"),
        (PRACTICE_EDUCATOR, "practice-educator"),
        ({"registered": "yes", "academic": "yes"}, "senior-educator"),
        ({"registered": "yes", "leads": "yes", "academic": "yes"}, "consultant-educator"),
    ],
)
def test_finding_my_starting_point_marks_the_level_that_fits(client, demo_framework, answers, level_slug):
    level = Level.objects.get(framework=demo_framework, slug=level_slug)

    response = client.get(MAP_URL, answered(**answers))

    assert response.status_code == 200
    assert response.context["suggestion"].level == level
    html = text_of(response)
    assert f"Your starting point: {level.label}" in html
    assert "You are here" in html
    # The badge sits in that level's column heading (table and stacked list both say it).
    table = html[html.index("<thead") : html.index("</thead>")]
    here_heading = re.search(r'app-pathway-map__here" scope="col">(.*?)</th>', table).group(1)
    assert level.name in here_heading and "You are here" in here_heading


def test_a_registered_paramedic_new_to_supervising_is_not_placed_at_pre_registration(client, demo_framework):
    response = client.get(
        MAP_URL, answered(registered="yes", supervises="yes") | {"profession": "paramedics"}
    )

    html = text_of(response)
    assert "Your starting point: Step 2: Registered practitioner supporting learners" in html
    assert (
        "Pre-registration"
        not in html[html.index("Your starting point") : html.index("Your route, step by step")]
    )


def test_finding_my_starting_point_explains_why_from_the_curated_roles(client, demo_framework):
    html = text_of(client.get(MAP_URL, PRACTICE_EDUCATOR | {"profession": "paramedics"}))

    assert (
        "You are a registered practitioner and you have supervised or assessed a learner and signed off "
        "assessments. In this framework that is the work of the educational supervisor, practice "
        "assessor and practice educator roles, which starts at Step 3: Practice educator."
    ) in html


def test_a_curators_change_to_a_role_changes_the_suggestion(client, demo_framework):
    demo_framework.roles.filter(slug="practice-assessor").update(involves_signing_off=False)
    demo_framework.roles.filter(slug="university-faculty").update(involves_signing_off=True)

    response = client.get(MAP_URL, answered(registered="yes", signs_off="yes"))

    assert response.context["suggestion"].level.slug == "registered-practitioner"


def test_every_question_has_a_hint(client, demo_framework):
    form = client.get(MAP_URL).context["form"]

    for name in ("registered", "supervises", "signs_off", "leads", "academic"):
        assert form.fields[name].help_text
        assert f'id="id_{name}_helptext"' in form.as_div()


def test_an_answer_that_is_not_yes_or_no_shows_the_error_summary_not_a_crash(client, demo_framework):
    response = client.get(MAP_URL, answered(registered="maybe"))

    html = text_of(response)
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Select yes if you are a registered practitioner" in html
    assert re.search(r"<title>\s*Error: ", html)
    assert "You are here" not in html


def test_an_empty_submission_asks_each_question(client, demo_framework):
    html = text_of(client.get(MAP_URL, {"profession": ""}))

    assert "Select yes if you are a registered practitioner" in html
    assert "Select yes if you hold an academic post" in html
    assert re.search(r"<title>\s*Error: ", html)


def test_a_partly_answered_form_keeps_the_answers_given(client, demo_framework):
    response = client.get(MAP_URL, {"registered": "yes", "supervises": "yes"})

    html = response.content.decode()
    assert "Select yes if you sign off assessments" in text_of(response)
    assert 'id="id_registered_0" name="registered" type="radio" value="yes" checked' in html
    assert 'id="id_supervises_0" name="supervises" type="radio" value="yes" checked' in html


def test_an_unknown_profession_shows_the_error_summary(client, demo_framework):
    response = client.get(MAP_URL, {"profession": "astronauts", **PRACTICE_EDUCATOR})

    assert response.status_code == 200
    assert "Select a profession from the list" in text_of(response)


def test_choosing_a_profession_tailors_the_examples_shown(client, demo_framework):
    response = client.get(MAP_URL, {"profession": "paramedics"})

    html = text_of(response)
    assert "Showing examples for Paramedics" in html
    columns = response.context["pathway_map"].columns
    counts = {column.level.slug: column.example_count for column in columns}
    assert counts["practice-educator"] >= 1  # "Feedback between jobs", by a paramedic practice educator
    assert sum(counts.values()) == demo_framework.lived_examples.filter(profession__slug="paramedics").count()
    assert "lived example" in html


def test_a_signed_in_persons_profession_fills_in_the_form(client, demo_framework, django_user_model):
    user = UserFactory(profession="dietitians", educator_role="practice-assessor")
    client.force_login(user)

    form = client.get(MAP_URL).context["form"]

    assert not form.is_bound
    assert form.initial == {"profession": "dietitians"}


def test_the_map_partial_for_htmx_is_only_the_map(client, demo_framework):
    full = client.get(MAP_URL, PRACTICE_EDUCATOR)
    partial = client.get(MAP_URL, PRACTICE_EDUCATOR, **HTMX)

    assert partial.status_code == 200
    assert b"<html" not in partial.content
    assert b"You are here" in partial.content
    assert b'hx-swap-oob="innerHTML"' in partial.content
    assert len(partial.content) < len(full.content)
    assert "HX-Request" in partial["Vary"]
    assert "HX-Request" in full["Vary"]


def test_the_map_partial_shows_errors_too(client, demo_framework):
    partial = client.get(MAP_URL, answered(registered="maybe"), **HTMX)

    assert partial.status_code == 200
    assert b"There is a problem" in partial.content


def test_the_map_uses_the_same_number_of_queries_however_big_the_framework(
    client, demo_framework, django_assert_max_num_queries
):
    query = PRACTICE_EDUCATOR | {"profession": "paramedics"}
    remember_pathway_context(client, profession="paramedics", here="practice-educator")
    with django_assert_max_num_queries(MAP_QUERIES):
        response = client.get(MAP_URL, query)
    assert response.status_code == 200
    assert b"You are here" in response.content

    add_capabilities_to_every_cell(demo_framework, per_cell=5)

    with django_assert_max_num_queries(MAP_QUERIES):
        response = client.get(MAP_URL, query)
    assert response.status_code == 200
    assert b"X6.5.4" in response.content


def test_the_map_partial_does_no_more_work_than_the_page(client, demo_framework):
    with CaptureQueriesContext(connection) as full_queries:
        full = client.get(MAP_URL, PRACTICE_EDUCATOR)
    with CaptureQueriesContext(connection) as partial_queries:
        partial = client.get(MAP_URL, PRACTICE_EDUCATOR, **HTMX)

    assert full.status_code == partial.status_code == 200
    assert b"You are here" in full.content and b"You are here" in partial.content
    assert len(partial_queries) <= len(full_queries)


def test_a_cell_is_a_full_page_without_javascript(client, demo_framework):
    response = client.get(CELL_URL)

    html = text_of(response)
    assert response.status_code == 200
    assert "<html" in html
    assert html.count("<h1") == 1
    assert "Domain 1: Responsibility and Accountability" in html
    assert "D1.L3.1" in html
    assert 'href="/pathway/capabilities/D1.L3.1/"' in html
    assert 'href="/pathway/domains/responsibility-and-accountability/"' in html
    assert 'href="/pathway/levels/practice-educator/"' in html
    assert "Agrees a learning contract in week one" in html  # an example
    assert "Agree protected time for education" in html  # a step at this level
    assert "Keep a short reflective log" in html  # a step for every level
    assert "HX-Request" in response["Vary"]


def test_a_cell_for_htmx_is_only_the_detail_and_announces_itself(client, demo_framework):
    full = client.get(CELL_URL)
    partial = client.get(CELL_URL, **HTMX)

    assert partial.status_code == 200
    assert b"<html" not in partial.content
    assert b"<h1" not in partial.content
    assert b"D1.L3.1" in partial.content
    assert b"Showing Domain 1 at Step 3: Practice educator" in partial.content
    assert "HX-Request" in partial["Vary"]
    assert len(partial.content) < len(full.content)


@pytest.mark.parametrize(
    ("domain_slug", "level_slug"),
    [("no-such-domain", "practice-educator"), ("responsibility-and-accountability", "no-such-level")],
)
def test_a_cell_with_an_unknown_domain_or_level_is_not_found(client, demo_framework, domain_slug, level_slug):
    url = reverse("pathways:cell", kwargs={"domain_slug": domain_slug, "level_slug": level_slug})

    assert client.get(url).status_code == 404


def test_a_cell_without_a_published_framework_is_not_found(client):
    assert client.get(CELL_URL).status_code == 404


def test_a_cell_uses_the_same_number_of_queries_however_big_the_framework(
    client, demo_framework, django_assert_max_num_queries
):
    with django_assert_max_num_queries(CELL_QUERIES):
        response = client.get(CELL_URL)
    assert response.status_code == 200
    assert b"D1.L3.1" in response.content

    add_capabilities_to_every_cell(demo_framework, per_cell=5)

    with django_assert_max_num_queries(CELL_QUERIES):
        response = client.get(CELL_URL)
    assert response.status_code == 200
    assert b"X1.3.4" in response.content
    with django_assert_max_num_queries(CELL_QUERIES):
        partial = client.get(CELL_URL, **HTMX)
    assert partial.status_code == 200
    assert b"X1.3.4" in partial.content and b"<html" not in partial.content


def route_stops(html: str) -> list[str]:
    route = html[html.index('<ol class="app-route"') :]
    return re.findall(r'<li class="app-route__stop.*?</li>', route[: route.index("</ol>")], flags=re.S)


def test_the_map_leads_with_the_route_one_stop_per_level_in_order(client, demo_framework):
    html = client.get(MAP_URL).content.decode()

    levels = list(demo_framework.levels.order_by("position"))
    stops = route_stops(html)
    assert len(stops) == len(levels)
    assert html.index('class="app-route"') < html.index("<table")
    for stop, level in zip(stops, levels, strict=True):
        text = re.sub(r"\s+", " ", stop)
        assert "<h3" in stop and level.label in text
        assert level.summary.split(". ")[0] in text  # what it means, in one sentence
        assert "Typical roles:" in text and level.typical_roles[0] in text
        assert "app-route__quote" in stop and "’s story" in text  # one lived example with its quote
    assert "You are here" not in "".join(stops) and "Your next step" not in "".join(stops)


def test_the_route_marks_you_are_here_and_your_next_step_once_a_starting_point_is_known(
    client, demo_framework
):
    html = client.get(MAP_URL, answered(registered="yes", supervises="yes") | {"profession": "paramedics"})
    stops = route_stops(html.content.decode())

    here, next_one = stops[1], stops[2]
    assert 'id="your-step"' in here and "You are here" in here
    assert "Your next step" in next_one and "You are here" not in next_one
    assert f'href="{reverse("pathways:next")}?from=registered-practitioner&amp;profession=paramedics"' in here
    assert all("You are here" not in stop for stop in stops[:1] + stops[2:])


def test_the_route_shows_a_story_from_the_chosen_profession_where_there_is_one(client, demo_framework):
    stops = route_stops(client.get(MAP_URL, {"profession": "paramedics"}).content.decode())

    paramedic_levels = set(
        demo_framework.lived_examples.filter(profession__slug="paramedics").values_list(
            "level__position", flat=True
        )
    )
    for position, stop in enumerate(stops, start=1):
        assert ("Paramedics." in stop) is (position in paramedic_levels), position


def test_the_starting_point_form_opens_the_page_at_your_step(client, demo_framework):
    html = client.get(MAP_URL).content.decode()

    assert f'action="{MAP_URL}#your-step"' in html


def test_an_opened_cell_leads_back_to_itself_on_and_on_to_the_next_level(
    client, demo_framework, demo_catalogue
):
    partial = client.get(CELL_URL, **HTMX).content.decode()
    anchor = "cell-responsibility-and-accountability-practice-educator"

    assert f'id="{anchor}"' in client.get(MAP_URL).content.decode()  # the cell's link on the map
    assert f'data-focus-after-swap data-cell="{anchor}"' in partial  # focus goes here; the map marks the cell
    assert f'<a href="#{anchor}">Back to this cell on the map</a>' in partial
    assert 'href="/pathway/cells/responsibility-and-accountability/senior-educator/"' in partial
    assert "The same domain at Step 4: Senior or lead educator" in partial
    full = client.get(CELL_URL).content.decode()
    assert f'href="/pathway/#{anchor}">Back to this cell on the map</a>' in full  # without JavaScript


def test_an_opened_cell_shows_its_stories_and_training_ranked_for_the_profession(
    client, demo_framework, demo_catalogue
):
    from pathways.models import LivedExample

    response = client.get(CELL_URL, {"profession": "paramedics"})

    detail = response.context["detail"]
    expected = LivedExample.objects.filter(
        level__slug="practice-educator", domains__slug="responsibility-and-accountability"
    )
    assert detail.examples and {e.pk for e in detail.examples} <= {e.pk for e in expected}
    paramedic_stories = [e for e in expected if e.profession.slug == "paramedics"]
    if paramedic_stories:
        assert detail.examples[0].profession.slug == "paramedics"
    (panel,) = detail.panels
    training = panel.context["training"]
    assert training.items and len(training.items) <= 3
    assert "domain=responsibility-and-accountability&level=practice-educator" in training.see_all_href
    assert "Stories from this domain at this step" in response.content.decode()


def test_the_top_level_cell_has_no_next_level_link(client, demo_framework):
    url = reverse(
        "pathways:cell",
        kwargs={"domain_slug": "responsibility-and-accountability", "level_slug": "consultant-educator"},
    )

    assert "The same domain at" not in client.get(url).content.decode()


def test_an_opened_cells_headings_stay_in_order(client, demo_framework, demo_catalogue):
    partial = client.get(CELL_URL, **HTMX).content.decode()

    levels = [int(level) for level in re.findall(r"<h([1-6])", partial)]
    assert levels[0] == 2 and all(level == 3 or level == 4 for level in levels[1:]), levels
