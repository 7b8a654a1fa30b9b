"""Reading the published framework: domain, level, capability and about pages."""

import pytest

from pathways.models import Capability, Domain, EducatorRole, Framework, Profession
from tests.factories import add_capabilities_to_every_cell, add_lived_examples, remember_pathway_context

pytestmark = pytest.mark.django_db


def test_domain_page_shows_progression_steps_and_examples(client, demo_framework):
    response = client.get("/pathway/domains/responsibility-and-accountability/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Responsibility and Accountability" in html
    assert response.context["page_title"] == "Domain 1: Responsibility and Accountability"
    assert response.context["breadcrumbs"][-1] == ("Pathway", "/pathway/")
    levels = [row.level.position for row in response.context["page"].rows]
    assert levels == sorted(levels)
    assert 'href="/pathway/capabilities/D1.L3.1/"' in html
    assert "For every level" in html
    assert "Keep a short reflective log" in html
    assert 'href="/pathway/examples/feedback-between-jobs/"' in html
    assert "Illustrative" in html


def test_provisional_domain_is_marked_as_working_title(client, demo_framework):
    domain = Domain.objects.filter(provisional=True).first()
    response = client.get(domain.get_absolute_url())
    assert "Working title" in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/pathway/domains/no-such-domain/",
        "/pathway/levels/no-such-level/",
        "/pathway/capabilities/NOPE/",
        "/pathway/examples/no-such-story/",
    ],
)
def test_unknown_items_are_not_found(client, demo_framework, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/pathway/domains/responsibility-and-accountability/",
        "/pathway/levels/practice-educator/",
        "/pathway/capabilities/D1.L3.1/",
        "/pathway/examples/",
        "/pathway/about/",
    ],
)
def test_pages_are_not_found_without_a_published_framework(client, demo_framework, url):
    Framework.objects.update(status=Framework.Status.DRAFT)
    assert client.get(url).status_code == 404


def test_level_page_shows_every_domain_roles_and_neighbouring_levels(client, demo_framework):
    response = client.get("/pathway/levels/practice-educator/")
    assert response.status_code == 200
    html = response.content.decode()
    page = response.context["page"]
    assert [row.domain.number for row in page.rows] == [1, 2, 3, 4, 5, 6]
    assert all(c.level.slug == "practice-educator" for row in page.rows for c in row.capabilities)
    assert "Practice assessor" in html  # a typical role
    assert all(page.level in role.levels.all() for role in page.roles)
    assert "Previous level, Step 2: Registered practitioner supporting learners" in html
    assert "Next level, Step 4: Senior or lead educator" in html
    assert "/pathway/compare/?from=practice-educator&amp;to=senior-educator" in html
    assert 'href="/pathway/examples/feedback-between-jobs/"' in html


def test_first_level_has_no_previous_level(client, demo_framework):
    html = client.get("/pathway/levels/pre-registration/").content.decode()
    assert "Previous level" not in html
    assert "Next level, Step 2: Registered practitioner supporting learners" in html


def test_capability_page_shows_statement_place_and_neighbours(client, demo_framework):
    capability = Capability.objects.get(code="D1.L3.1")
    response = client.get("/pathway/capabilities/D1.L3.1/")
    assert response.status_code == 200
    html = response.content.decode()
    page = response.context["page"]
    assert capability.statement in html
    assert 'href="/pathway/domains/responsibility-and-accountability/"' in html
    assert 'href="/pathway/levels/practice-educator/"' in html
    assert page.below and all(
        c.level.position == 2 and c.domain_id == capability.domain_id for c in page.below
    )
    assert page.above and all(
        c.level.position == 4 and c.domain_id == capability.domain_id for c in page.above
    )
    assert 'href="/pathway/examples/feedback-between-jobs/"' in html


def test_profession_tailors_lived_examples(client, demo_framework):
    response = client.get("/pathway/levels/practice-educator/?profession=paramedics")
    html = response.content.decode()
    tailoring = response.context["tailoring"]
    assert "Showing examples for Paramedics first" in html
    assert tailoring.from_profession and {e.profession.slug for e in tailoring.from_profession} == {
        "paramedics"
    }
    assert "paramedics" not in {e.profession.slug for e in tailoring.from_others}
    # Ranked, not filtered: a paramedic's story, then a dietitian's under "From other professions".
    assert html.index("feedback-between-jobs") < html.index("From other professions")
    assert html.index("From other professions") < html.index("adjustments-that-helped-every-learner")


def test_unknown_profession_is_ignored(client, demo_framework):
    response = client.get("/pathway/domains/responsibility-and-accountability/?profession=wizards")
    assert response.status_code == 200
    assert "Showing examples for" not in response.content.decode()


def test_about_page_explains_provenance_and_citation(client, demo_framework):
    response = client.get("/pathway/about/")
    assert response.status_code == 200
    html = response.content.decode()
    page = response.context["page"]
    assert "AHP Educator Career Framework" in html
    assert "demo-2026.1" in html
    assert page.citation.startswith(demo_framework.publisher)
    assert page.citation in html
    assert sum(page.capability_counts.values()) == Capability.objects.count()
    assert {d.number for d in page.confirmed_domains} >= {1, 2, 4}
    assert {d.number for d in page.working_title_domains} >= {5, 6}
    assert 'href="/pathway/framework.case.json"' in html
    assert 'href="/pathway/framework.csv"' in html


# Domain, level and capability pages include the training panel from resources: two queries of its own;
# and the illustrative banner's check, one query once per content version.
QUERY_PAGES = [
    # (page, queries, shown with the demo framework, shown once it has grown)
    (
        "/pathway/domains/responsibility-and-accountability/?profession=paramedics",
        10,
        "Domain 1: Responsibility and Accountability",
        "X1.5.4",
    ),
    ("/pathway/levels/practice-educator/?profession=paramedics", 10, "Practice assessor", "X6.3.4"),
    ("/pathway/capabilities/D1.L3.1/?profession=paramedics", 8, "D1.L3.1", "X1.4.4"),  # one level up
    ("/pathway/about/", 5, "demo-2026.1", "demo-2026.1"),
]


@pytest.mark.parametrize(("url", "queries", "shown", "shown_when_grown"), QUERY_PAGES)
def test_pages_use_a_fixed_number_of_queries(
    client, demo_framework, django_assert_max_num_queries, url, queries, shown, shown_when_grown
):
    remember_pathway_context(client, profession="paramedics")
    with django_assert_max_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    assert shown in response.content.decode()
    add_capabilities_to_every_cell(demo_framework, per_cell=5)
    add_lived_examples(demo_framework, 90)
    with django_assert_max_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    assert shown_when_grown in response.content.decode()


def test_level_page_tailors_educator_roles_to_the_chosen_profession(client, demo_framework):
    level = demo_framework.levels.get(slug="practice-educator")
    paramedics = Profession.objects.get(slug="paramedics")
    for_everyone = demo_framework.roles.filter(levels=level).first()
    paramedic_only = EducatorRole.objects.create(
        framework=demo_framework, slug="ambulance-mentor", name="Ambulance mentor"
    )
    paramedic_only.levels.add(level)
    paramedic_only.professions.add(paramedics)

    for_paramedics = client.get(f"{level.get_absolute_url()}?profession=paramedics").content.decode()
    for_physios = client.get(f"{level.get_absolute_url()}?profession=physiotherapists").content.decode()
    for_all = client.get(f"{level.get_absolute_url()}?profession=").content.decode()  # "Show all professions"

    assert "Ambulance mentor" in for_paramedics
    assert "Ambulance mentor" not in for_physios
    assert "Ambulance mentor" in for_all
    assert for_everyone.name in for_physios
