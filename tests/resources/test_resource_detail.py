"""One resource's page, the counted way out to it, and the training lists pathway pages load."""

from datetime import UTC, datetime

import pytest
from django.utils import timezone as django_timezone

from pathways.models import Capability, Domain, Level, Profession
from resources.models import Rating, Resource, ResourceVisitCount
from tests.factories import ResourceFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_shows_every_fact_in_a_summary_list(client, demo_catalogue):
    resource = Resource.objects.get(slug="advance-he-fellowship")
    resource.last_link_check = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    resource.last_link_ok = True
    resource.last_link_result = "200 OK"
    resource.save()
    response = client.get(resource.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    keys = [row["key"] for row in response.context["rows"]]
    assert keys == [
        "Provider",
        "Format",
        "How it is delivered",
        "Cost",
        "Time needed",
        "Levels",
        "Domains",
        "Professions",
        "Region",
        "Recognition",
        "Access",
        "Last checked",
    ]
    assert "nhsuk-summary-list" in html
    assert resource.provider.name in html
    assert "All professions" in html
    assert "2 March 2026: link working (200 OK)" in html
    assert "Demo entry: details are illustrative" in html
    assert 'href="/resources/advance-he-fellowship/go"' in html
    assert "Go to resource" in html


def test_names_the_professions_when_it_is_for_some(client, demo_catalogue):
    html = client.get("/resources/csp-practice-based-learning-resources/").content.decode()
    assert "Physiotherapists" in html
    assert "All professions" not in html


def test_links_each_capability_into_the_pathway(client, demo_catalogue):
    resource = Resource.objects.published().filter(capabilities__isnull=False).first()
    html = client.get(resource.get_absolute_url()).content.decode()
    for capability in resource.capabilities.all():
        assert f'href="{capability.get_absolute_url()}"' in html


def test_related_training_shares_a_domain(client, demo_catalogue):
    resource = Resource.objects.get(slug="elfh-supervision-essentials")
    related = client.get(resource.get_absolute_url()).context["related"]
    assert 0 < len(related) <= 4
    domains = set(resource.domains.values_list("pk", flat=True))
    for item in related:
        other = Resource.objects.get(slug=item.href.split("/")[2])
        assert other.status == "published"
        assert other != resource
        assert domains & set(other.domains.values_list("pk", flat=True))


def test_shows_the_average_rating_when_rated(client, db):
    resource = ResourceFactory(slug="rated", title="Giving feedback")
    assert "Rated" not in client.get("/resources/rated/").content.decode()
    Rating.objects.create(user=UserFactory(), resource=resource, score=4)
    Rating.objects.create(user=UserFactory(), resource=resource, score=5)
    assert "Rated 4.5 out of 5 by 2 people" in client.get("/resources/rated/").content.decode()


@pytest.mark.parametrize("status", ["draft", "in_review", "archived"])
def test_unpublished_training_is_not_found(client, db, status):
    ResourceFactory(slug="hidden", status=status)
    assert client.get("/resources/hidden/").status_code == 404
    assert client.get("/resources/hidden/go").status_code == 404


def test_unknown_training_is_not_found(client, db):
    assert client.get("/resources/no-such-thing/").status_code == 404


def test_detail_page_runs_a_fixed_number_of_queries(client, demo_catalogue, django_assert_max_num_queries):
    resource = Resource.objects.get(slug="advance-he-fellowship")
    with django_assert_max_num_queries(10):
        response = client.get(resource.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert resource.title in html
    assert resource.provider.name in html
    assert response.context["related"]


def test_go_counts_the_visit_and_redirects(client, db):
    resource = ResourceFactory(slug="away", url="https://example.org/away")
    response = client.get("/resources/away/go")
    assert response.status_code == 302
    assert response["Location"] == "https://example.org/away"
    assert "no-cache" in response["Cache-Control"]
    client.get("/resources/away/go")
    visits = ResourceVisitCount.objects.get(resource=resource)
    assert visits.count == 2
    assert visits.day == django_timezone.localdate()


def test_go_only_allows_get(client, db):
    ResourceFactory(slug="away")
    assert client.post("/resources/away/go").status_code == 405
    assert not ResourceVisitCount.objects.exists()


def test_training_for_a_domain_lists_up_to_five_with_a_link_to_all(client, demo_catalogue):
    domain = Domain.objects.filter(framework__status="published").get(number=4)
    total = Resource.objects.published().filter(domains=domain).count()
    assert total > 5
    response = client.get(f"/resources/for/domain/{domain.slug}/")
    assert response.status_code == 200
    assert len(response.context["training"].items) == 5
    html = response.content.decode()
    assert f'href="/resources/?domain={domain.slug}"' in html
    assert f"See all {total} training resources" in html
    assert "<h1" in html


def test_training_for_a_level_and_a_capability(client, demo_catalogue):
    level = Level.objects.filter(framework__status="published").first()
    assert client.get(f"/resources/for/level/{level.slug}/").status_code == 200
    capability = Capability.objects.filter(resources__status="published").first()
    response = client.get(f"/resources/for/capability/{capability.code}/")
    assert response.status_code == 200
    assert f"/resources/?capability={capability.code}" in response.content.decode()


def test_training_for_gives_the_partial_to_htmx(client, demo_catalogue):
    domain = Domain.objects.filter(framework__status="published").first()
    response = client.get(f"/resources/for/domain/{domain.slug}/", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html
    assert "<h1" not in html
    assert "See all" in html
    assert "HX-Request" in response["Vary"]


@pytest.mark.parametrize(
    "path",
    [
        "/resources/for/domain/nope/",
        "/resources/for/level/nope/",
        "/resources/for/capability/NOPE/",
        "/resources/for/profession/physiotherapists/",
    ],
)
def test_training_for_unknown_items_is_not_found(client, demo_catalogue, path):
    assert client.get(path).status_code == 404


def test_every_profession_exists_for_the_demo(demo_catalogue):
    assert Profession.objects.count() == 14
