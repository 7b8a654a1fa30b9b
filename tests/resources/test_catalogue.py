"""The searchable catalogue at /resources/: filters, facet counts, sorting, pagination, odd input and the
htmx partial."""

import pytest

from pathways import content_version
from pathways.models import Domain, Level, Profession
from resources.models import Provider, Resource
from tests.factories import ProviderFactory, ResourceFactory

pytestmark = pytest.mark.django_db

CATALOGUE = "/resources/"


def shown(response) -> list[str]:
    return [item.href.split("/")[2] for item in response.context["results"]]


def all_matching(client, query: str) -> set[str]:
    """Every slug matching the query, across every page."""
    response = client.get(f"{CATALOGUE}?{query}")
    return {resource.slug for resource in response.context["page_obj"].paginator.object_list}


def counts_shown(response, facet: str) -> dict[str, int]:
    groups = {group["field"].name: group for group in response.context["facet_groups"]}
    return {option["checkbox"].data["value"]: option["count"] for option in groups[facet]["options"]}


def published():
    return list(
        Resource.objects.published()
        .select_related("provider")
        .prefetch_related("domains", "levels", "professions")
    )


def value_of(resource, facet: str) -> set[str]:
    """The values a resource has for a facet, worked out the slow, obvious way."""
    if facet == "domain":
        return {domain.slug for domain in resource.domains.all()}
    if facet == "level":
        return {level.slug for level in resource.levels.all()}
    if facet == "profession":
        mine = {profession.slug for profession in resource.professions.all()}
        return mine or set(Profession.objects.values_list("slug", flat=True))
    if facet == "provider":
        return {resource.provider.slug}
    return {getattr(resource, facet)}


def test_lists_only_published_training_sorted_by_title(client, demo_catalogue, pages_not_kept):
    response = client.get(CATALOGUE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "55 training resources" in html
    assert 'aria-live="polite"' in html
    slugs = all_matching(client, "")
    assert slugs == set(Resource.objects.published().values_list("slug", flat=True))
    titles = [r.title for r in response.context["page_obj"].paginator.object_list]
    assert titles == sorted(titles)
    assert len(response.context["results"]) == 20


def test_checkbox_labels_show_counts(client, demo_catalogue):
    free = Resource.objects.published().filter(cost="free").count()
    html = client.get(CATALOGUE).content.decode()
    assert f'Free <span id="count-cost-free">({free})</span>' in html


@pytest.mark.parametrize(
    ("facet", "value"),
    [
        ("domain", None),
        ("level", "practice-educator"),
        ("profession", "physiotherapists"),
        ("format", "webinar"),
        ("delivery", "face_to_face"),
        ("cost", "paid"),
        ("region", "south-east"),
        ("provider", None),
    ],
)
def test_each_facet_narrows_the_results(client, demo_catalogue, facet, value):
    if facet == "domain":
        value = Domain.objects.filter(framework__status="published").order_by("number").first().slug
    if facet == "provider":
        value = Provider.objects.order_by("name").first().slug
    expected = {resource.slug for resource in published() if value in value_of(resource, facet)}
    assert expected, "the demo catalogue should have something to find"
    assert all_matching(client, f"{facet}={value}") == expected
    assert len(expected) < Resource.objects.published().count()


def test_values_of_one_facet_widen_and_facets_combine(client, demo_catalogue):
    webinars = all_matching(client, "format=webinar")
    workshops = all_matching(client, "format=workshop")
    assert all_matching(client, "format=webinar&format=workshop") == webinars | workshops
    free = all_matching(client, "cost=free")
    assert all_matching(client, "format=webinar&format=workshop&cost=free") == (webinars | workshops) & free


def test_facet_counts_count_the_results_filtered_by_every_other_facet(client, demo_catalogue):
    query = "q=practice&cost=free&region=national&profession=physiotherapists"
    response = client.get(f"{CATALOGUE}?{query}")
    chosen = {"cost": {"free"}, "region": {"national"}, "profession": {"physiotherapists"}}
    keyword_hits = all_matching(client, "q=practice")
    resources = [r for r in published() if r.slug in keyword_hits]
    for facet in ["domain", "level", "profession", "format", "delivery", "cost", "region", "provider"]:
        others = [
            r for r in resources if all(value_of(r, f) & values for f, values in chosen.items() if f != facet)
        ]
        shown_counts = counts_shown(response, facet)
        for value, count in shown_counts.items():
            assert count == sum(1 for r in others if value in value_of(r, facet)), (facet, value)


def test_resources_for_all_professions_match_any_profession(client, demo_catalogue):
    for_all = set(
        Resource.objects.published().filter(professions__isnull=True).values_list("slug", flat=True)
    )
    osteopaths = all_matching(client, "profession=osteopaths")
    assert for_all <= osteopaths
    physios = all_matching(client, "profession=physiotherapists")
    assert "csp-practice-based-learning-resources" in physios
    assert "csp-practice-based-learning-resources" not in osteopaths
    html = client.get(CATALOGUE).content.decode()
    assert f'<span id="count-profession-osteopaths">({len(osteopaths)})</span>' in html


def test_sorts_by_newest(client, db):
    old = ResourceFactory(slug="old", title="A old")
    new = ResourceFactory(slug="new", title="B new")
    Resource.objects.filter(pk=old.pk).update(created_at="2020-01-01T00:00Z")
    Resource.objects.filter(pk=new.pk).update(created_at="2025-01-01T00:00Z")
    assert shown(client.get(f"{CATALOGUE}?sort=newest")) == ["new", "old"]
    assert shown(client.get(f"{CATALOGUE}?sort=title")) == ["old", "new"]


def test_sorts_by_relevance_by_default_when_searching(client, db):
    ResourceFactory(slug="summary-hit", title="A course", summary="All about feedback.")
    ResourceFactory(slug="title-hit", title="Z feedback", summary="A course.")
    response = client.get(f"{CATALOGUE}?q=feedback")
    assert shown(response) == ["title-hit", "summary-hit"]
    assert shown(client.get(f"{CATALOGUE}?q=feedback&sort=relevance")) == ["title-hit", "summary-hit"]
    assert shown(client.get(f"{CATALOGUE}?sort=relevance")) == [
        "summary-hit",
        "title-hit",
    ]  # no keywords: title
    assert shown(client.get(f"{CATALOGUE}?q=feedback&sort=title")) == ["summary-hit", "title-hit"]


def test_pagination_keeps_the_filters(client, demo_catalogue):
    response = client.get(f"{CATALOGUE}?cost=free&page=2")
    free = Resource.objects.published().filter(cost="free").count()
    assert response.context["page_obj"].number == 2
    assert len(response.context["results"]) == min(20, free - 20)
    assert "?cost=free&amp;page=1" in response.content.decode()
    page_1 = set(shown(client.get(f"{CATALOGUE}?cost=free&page=1")))
    assert not page_1 & set(shown(response))


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=999",
        "page=-1",
        "format=nonsense",
        "domain=no-such-domain&cost=free",
        "sort=sideways",
        "q=" + "x" * 500,
        "q=%22unbalanced",
        "q=%26%7C%21%3A*()",
        "capability=NOPE",
        "profession=",
    ],
)
def test_odd_input_never_breaks_the_page(client, demo_catalogue, query):
    response = client.get(f"{CATALOGUE}?{query}")
    assert response.status_code == 200


def test_an_unknown_choice_is_reported_and_the_other_filters_still_apply(client, demo_catalogue):
    response = client.get(f"{CATALOGUE}?format=nonsense&cost=paid")
    html = response.content.decode()
    assert "There is a problem" in html
    assert "Choose format from the list" in html
    assert "<title>Error: " in html
    assert set(shown(response)) == {r.slug for r in published() if r.cost == "paid"}


def test_a_page_beyond_the_end_shows_the_last_page(client, demo_catalogue):
    response = client.get(f"{CATALOGUE}?page=999")
    assert response.context["page_obj"].number == response.context["page_obj"].paginator.num_pages


def test_nothing_found_helps_you_on(client, demo_catalogue):
    response = client.get(f"{CATALOGUE}?q=xylophone&cost=free")
    html = response.content.decode()
    assert "0 training resources" in html
    assert "No training matches “xylophone”" in html
    assert "Remove the filter “Cost: Free”" in html
    assert 'href="?q=xylophone"' in html
    assert "Clear all filters and search" in html
    assert 'href="/resources/suggest/"' in html
    assert "Suggest a resource" in html


def test_renders_with_an_empty_catalogue(client, db):
    response = client.get(CATALOGUE)
    assert response.status_code == 200
    assert "0 training resources" in response.content.decode()


def test_htmx_gets_only_the_results_with_the_same_results(client, demo_catalogue):
    query = "cost=free&format=e_learning&page=1"
    full = client.get(f"{CATALOGUE}?{query}")
    partial = client.get(f"{CATALOGUE}?{query}", headers={"HX-Request": "true"})
    assert shown(full) == shown(partial)
    partial_html = partial.content.decode()
    assert "<html" not in partial_html
    assert 'id="catalogue_count" hx-swap-oob="innerHTML"' in partial_html
    count = Resource.objects.published().filter(cost="free", format="e_learning").count()
    assert f"{count} training resources" in partial_html
    assert 'id="count-cost-paid" hx-swap-oob="innerHTML"' in partial_html
    for response in (full, partial):
        assert "HX-Request" in response["Vary"]


def test_the_form_is_enhanced_by_htmx_and_works_without(client, db):
    html = client.get(CATALOGUE).content.decode()
    assert 'method="get" action="/resources/"' in html
    assert 'hx-get="/resources/"' in html
    assert 'hx-target="#catalogue_results"' in html
    assert 'hx-push-url="true"' in html
    assert "Apply filters" in html


def test_only_get_is_allowed(client, db):
    assert client.post(CATALOGUE).status_code == 405


def test_capability_filter_lists_training_for_that_capability(client, demo_catalogue):
    resource = Resource.objects.published().filter(capabilities__isnull=False).first()
    code = resource.capabilities.first().code
    slugs = all_matching(client, f"capability={code}")
    assert resource.slug in slugs
    assert slugs == set(
        Resource.objects.published().filter(capabilities__code=code).values_list("slug", flat=True)
    )


def add_resources_in_bulk(count: int) -> None:
    """`count` published resources, each linked to a domain, a level and a profession, in a few queries."""
    domains = list(Domain.objects.filter(framework__status="published"))
    levels = list(Level.objects.filter(framework__status="published"))
    professions = list(Profession.objects.all())
    provider = ProviderFactory()
    Resource.objects.bulk_create(
        Resource(
            title=f"Bulk practice education {number}",
            slug=f"bulk-{number}",
            summary="Practice education in bulk.",
            provider=provider,
            url=f"https://example.org/bulk/{number}",
            format=Resource.Format.values[number % len(Resource.Format.values)],
            delivery=Resource.Delivery.ONLINE_LIVE,
            cost=Resource.Cost.values[number % 3],
            status=Resource.Status.PUBLISHED,
        )
        for number in range(count)
    )
    resources = list(Resource.objects.filter(slug__startswith="bulk-"))
    Resource.domains.through.objects.bulk_create(
        Resource.domains.through(resource=r, domain=domains[i % len(domains)])
        for i, r in enumerate(resources)
    )
    Resource.levels.through.objects.bulk_create(
        Resource.levels.through(resource=r, level=levels[i % len(levels)]) for i, r in enumerate(resources)
    )
    Resource.professions.through.objects.bulk_create(
        Resource.professions.through(resource=r, profession=professions[i % len(professions)])
        for i, r in enumerate(resources)
        if i % 2
    )
    # bulk_create sends no signals: like any bulk writer, say that published content changed.
    content_version.content_changed()


# The published framework, 4 facet choice lists, 8 facet counts, the result count and one page.
QUERIES = 15


@pytest.mark.parametrize("extra", [0, 960])
@pytest.mark.parametrize(
    "query", ["", "q=practice&cost=free&profession=physiotherapists&domain=x&page=2", "sort=newest&level=y"]
)
def test_the_number_of_queries_does_not_grow_with_the_catalogue(
    client, demo_catalogue, django_assert_num_queries, django_assert_max_num_queries, extra, query
):
    add_resources_in_bulk(extra)
    total = Resource.objects.count()
    assert total >= 40 + extra
    domain = Domain.objects.filter(framework__status="published").first().slug
    level = Level.objects.filter(framework__status="published").first().slug
    query = query.replace("domain=x", f"domain={domain}").replace("level=y", f"level={level}")
    with django_assert_num_queries(QUERIES):
        response = client.get(f"{CATALOGUE}?{query}")
    assert response.status_code == 200
    assert response.context["results"], "the page should list training"
    found = f"{response.context['page_obj'].paginator.count} training resources"
    assert found in response.content.decode()
    with django_assert_max_num_queries(QUERIES):
        partial = client.get(f"{CATALOGUE}?{query}", headers={"HX-Request": "true"})
    assert partial.status_code == 200
    assert found in partial.content.decode()
    assert shown(partial) == shown(response)


def test_the_filters_chosen_are_summed_up_above_the_results_each_removable(client, demo_catalogue):
    html = client.get(f"{CATALOGUE}?cost=free&delivery=online_self_paced").content.decode()

    chosen = html[html.index('class="app-chosen-filters"') : html.index('class="nhsuk-list app-results"')]
    assert "Cost: Free" in chosen and 'href="?delivery=online_self_paced"' in chosen
    assert 'Filter<span id="catalogue_chosen_count"> (2 chosen)</span>' in html
    assert "data-open-on-wide-screens>" in html  # closed until a wide screen opens it


def test_no_filters_chosen_means_no_summary(client, demo_catalogue):
    html = client.get(CATALOGUE).content.decode()

    assert "app-chosen-filters" not in html
    assert '<span id="catalogue_chosen_count"></span>' in html
