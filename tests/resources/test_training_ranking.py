"""Training on pathway pages is ranked, not alphabetical: for a profession, first what names it, then what
suits all professions, never what names only other professions; without one, what suits all first."""

from decimal import Decimal

import pytest

from pathways.models import Domain, Profession
from resources import presenters
from tests.factories import ResourceFactory, remember_pathway_context


@pytest.fixture
def domain_with_training(demo_framework):
    """Domain 4 with its demo training taken off and four of our own: one for paramedics, one for
    physiotherapists only, one for paramedics and dietitians, and one for every profession. The titles
    are alphabetical in the reverse of the ranking, so that alphabetical order would fail."""
    domain = Domain.objects.get(framework=demo_framework, number=4)
    domain.resources.clear()
    paramedics = Profession.objects.get(slug="paramedics")
    physiotherapists = Profession.objects.get(slug="physiotherapists")
    dietitians = Profession.objects.get(slug="dietitians")
    made = {
        "for_all": ResourceFactory(title="A course for every profession", duration_hours=Decimal("2.5")),
        "paramedics": ResourceFactory(title="Z course for paramedics"),
        "shared": ResourceFactory(title="Y course for paramedics and dietitians"),
        "physio_only": ResourceFactory(title="B course for physiotherapists"),
    }
    made["paramedics"].professions.add(paramedics)
    made["shared"].professions.add(paramedics, dietitians)
    made["physio_only"].professions.add(physiotherapists)
    for resource in made.values():
        resource.domains.add(domain)
    return domain, made


def titles(training) -> list[str]:
    return [item.title for item in training.items]


def test_for_a_profession_what_names_it_comes_first_and_other_professions_never(domain_with_training):
    domain, _ = domain_with_training
    paramedics = Profession.objects.get(slug="paramedics")

    training = presenters.training_list(kind="domain", subject=domain, profession=paramedics)

    assert titles(training) == [
        "Y course for paramedics and dietitians",
        "Z course for paramedics",
        "A course for every profession",
    ]
    assert training.total == 3
    assert training.see_all_href == f"/resources/?domain={domain.slug}&profession=paramedics"
    assert training.see_all_text == f"See all 3 training resources for {domain} suited to paramedics"


def test_the_see_all_link_lists_the_same_training_in_the_catalogue(client, domain_with_training):
    domain, _ = domain_with_training
    paramedics = Profession.objects.get(slug="paramedics")
    training = presenters.training_list(kind="domain", subject=domain, profession=paramedics)

    html = client.get(training.see_all_href).content.decode()

    assert "3 training resources" in html
    assert "B course for physiotherapists" not in html


def test_without_a_profession_what_suits_every_profession_comes_first(domain_with_training):
    domain, _ = domain_with_training

    training = presenters.training_list(kind="domain", subject=domain)

    assert titles(training) == [
        "A course for every profession",
        "B course for physiotherapists",
        "Y course for paramedics and dietitians",
        "Z course for paramedics",
    ]


def test_a_card_says_the_format_the_time_needed_and_the_cost(domain_with_training):
    domain, made = domain_with_training

    item = presenters.training_list(kind="domain", subject=domain).items[0]

    assert item.title == made["for_all"].title
    assert item.tags == ["E-learning", "Online, self-paced", "about 2.5 hours", "Free"]


def test_the_domain_page_ranks_its_training_for_the_chosen_profession(client, domain_with_training):
    domain, _ = domain_with_training

    html = client.get(f"{domain.get_absolute_url()}?profession=paramedics").content.decode()

    panel = html[html.index("Training that helps") :]
    assert panel.index("Y course for paramedics") < panel.index("A course for every profession")
    assert "B course for physiotherapists" not in panel
    assert f"/resources/?domain={domain.slug}&amp;profession=paramedics" in panel


def test_the_training_for_page_ranks_for_the_profession_and_keeps_it(client, domain_with_training):
    domain, _ = domain_with_training

    response = client.get(f"/resources/for/domain/{domain.slug}/?profession=paramedics")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Y course for paramedics") < html.index("A course for every profession")
    assert "B course for physiotherapists" not in html
    assert f'href="{domain.get_absolute_url()}?profession=paramedics"' in html  # back to the framework


@pytest.mark.parametrize("profession", ["no-such-profession", "%00", "para medics"])
def test_an_unknown_profession_ranks_for_none(client, domain_with_training, profession):
    domain, _ = domain_with_training

    response = client.get(f"/resources/for/domain/{domain.slug}/?profession={profession}")

    assert response.status_code == 200
    assert "B course for physiotherapists" in response.content.decode()


def test_ranking_for_a_profession_costs_no_more_queries_as_training_grows(
    client, domain_with_training, django_assert_max_num_queries
):
    domain, _ = domain_with_training
    url = f"/resources/for/domain/{domain.slug}/?profession=paramedics"
    remember_pathway_context(client, profession="paramedics")
    for n in range(3):  # a full list (of five) to begin with, so both sizes count the rest
        ResourceFactory(title=f"Training {n}").domains.add(domain)
    with django_assert_max_num_queries(12) as few:
        assert client.get(url).status_code == 200
    for n in range(20):
        ResourceFactory(title=f"More training {n}").domains.add(domain)
    with django_assert_max_num_queries(len(few)) as many:
        response = client.get(url)
    assert response.status_code == 200
    assert "See all 26 training resources" in response.content.decode()
    assert len(many) == len(few)
