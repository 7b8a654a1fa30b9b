"""Filtering and faceting the published catalogue.

Standard faceting: each facet's counts are taken over the resources matching the keywords and every
OTHER facet, so ticking "Free" never hides the other cost options. Each facet costs one aggregate query
(values().annotate(Count)), however many resources there are.

Profession is special: a resource with no professions is "for all professions", so it matches any
profession filter and counts towards every profession.
"""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from pathways.models import Capability, Domain, Framework, Level, Profession
from resources.models import Provider, Region, Resource
from resources.search import search_resources

PAGE_SIZE = 20


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    # How a resource row is grouped when counting: a column or a lookup through a relation.
    count_lookup: str


FACETS = [
    Facet("domain", "Domain", "domain__slug"),
    Facet("level", "Level", "level__slug"),
    Facet("profession", "Profession", "professions__slug"),
    Facet("format", "Format", "format"),
    Facet("delivery", "How it is delivered", "delivery"),
    Facet("cost", "Cost", "cost"),
    Facet("region", "Region", "region"),
    Facet("provider", "Provider", "provider__slug"),
]
FACET_NAMES = [facet.name for facet in FACETS]


def facet_choices(framework: Framework | None) -> dict[str, list[tuple[str, str]]]:
    """The values each facet offers, as (value, label): four small queries, whatever the catalogue size."""
    domains = Domain.objects.filter(framework=framework) if framework else Domain.objects.none()
    levels = Level.objects.filter(framework=framework) if framework else Level.objects.none()
    return {
        "domain": [(d.slug, f"Domain {d.number}: {d.name}") for d in domains.order_by("number")],
        "level": [(level.slug, level.name) for level in levels.order_by("position")],
        "profession": [(p.slug, p.name) for p in Profession.objects.order_by("name")],
        "format": list(Resource.Format.choices),
        "delivery": list(Resource.Delivery.choices),
        "cost": list(Resource.Cost.choices),
        "region": list(Region.choices),
        "provider": [
            (p.slug, p.name) for p in Provider.objects.filter(resources__status="published").distinct()
        ],
    }


def facet_condition(name: str, values: list[str], *, framework: Framework | None) -> Q:
    """The filter for one facet: a resource matches when it has ANY of the chosen values."""
    if name == "domain":
        through = Resource.domains.through
        return Q(
            pk__in=through.objects.filter(domain__framework=framework, domain__slug__in=values).values(
                "resource_id"
            )
        )
    if name == "level":
        through = Resource.levels.through
        return Q(
            pk__in=through.objects.filter(level__framework=framework, level__slug__in=values).values(
                "resource_id"
            )
        )
    if name == "profession":
        through = Resource.professions.through
        for_all = ~Exists(through.objects.filter(resource_id=OuterRef("pk")))
        return Q(pk__in=through.objects.filter(profession__slug__in=values).values("resource_id")) | Q(
            for_all
        )
    if name == "provider":
        return Q(provider__slug__in=values)
    return Q(**{f"{name}__in": values})


def capability_condition(code: str, *, framework: Framework | None) -> Q:
    through = Resource.capabilities.through
    return Q(
        pk__in=through.objects.filter(capability__domain__framework=framework, capability__code=code).values(
            "resource_id"
        )
    )


@dataclass
class CatalogueResults:
    resources: QuerySet  # matching, sorted; not yet evaluated
    facet_counts: dict[str, dict[str, int]]


def sort_resources(queryset: QuerySet, *, sort: str, has_keywords: bool) -> QuerySet:
    """No sort, or "relevance", is best match: by relevance when searching, otherwise by title."""
    if sort in {"", "relevance"} and has_keywords:
        return queryset.order_by("-relevance", "title", "pk")
    if sort == "newest":
        return queryset.order_by("-created_at", "title", "pk")
    return queryset.order_by("title", "pk")


def find_training(
    *,
    text: str = "",
    filters: dict[str, list[str]],
    sort: str = "",
    framework: Framework | None,
    capability: str = "",
) -> CatalogueResults:
    """Published resources matching the keywords and filters, sorted, with each facet's counts.

    Runs one query per facet when the results and their count are read: 8 in all, plus those two.
    """
    base = Resource.objects.published()
    if capability:
        base = base.filter(capability_condition(capability, framework=framework))
    if text.strip():
        base = search_resources(base, text)
    conditions = {
        name: facet_condition(name, values, framework=framework) for name, values in filters.items() if values
    }
    facet_counts = {}
    for facet in FACETS:
        others = [condition for name, condition in conditions.items() if name != facet.name]
        facet_counts[facet.name] = count_facet(base.filter(*others), facet, framework=framework)
    matching = base.filter(*conditions.values()).select_related("provider")
    return CatalogueResults(
        resources=sort_resources(matching, sort=sort, has_keywords=bool(text.strip())),
        facet_counts=facet_counts,
    )


def count_facet(queryset: QuerySet, facet: Facet, *, framework: Framework | None) -> dict[str, int]:
    """{value: number of resources} for one facet: a single GROUP BY query."""
    if facet.name in {"domain", "level"}:
        # Through the link table, so that only the published framework's domains and levels count.
        through = getattr(Resource, f"{facet.name}s").through
        lookup = f"{facet.name}__slug"
        rows = (
            through.objects.filter(resource_id__in=queryset.order_by().values("pk"))
            .filter(**{f"{facet.name}__framework": framework})
            .values(lookup)
            .annotate(n=Count("resource_id"))
            .order_by()
        )
        return {row[lookup]: row["n"] for row in rows}
    rows = queryset.order_by().values(facet.count_lookup).annotate(n=Count("pk", distinct=True))
    counts = {row[facet.count_lookup]: row["n"] for row in rows}
    if facet.name == "profession":
        for_all = counts.pop(None, 0)
        return {slug: n + for_all for slug, n in counts.items()} | {None: for_all}
    counts.pop(None, None)
    return counts


def count_text(count: int) -> str:
    return f"{count} training resource{'' if count == 1 else 's'}"


TRAINING_KINDS = ("domain", "level", "capability")


def training_subject(*, kind: str, key: str, framework: Framework):
    """A domain or level (by slug) or a capability (by code) of the framework. Raises DoesNotExist."""
    if kind == "domain":
        return Domain.objects.get(framework=framework, slug=key)
    if kind == "level":
        return Level.objects.get(framework=framework, slug=key)
    if kind == "capability":
        return Capability.objects.in_framework(framework).with_place().get(code=key)
    raise ValueError(kind)


def published_training_for(*, kind: str, subject) -> tuple[QuerySet, str]:
    """The published training that builds a domain, level or capability (or a cell of the map: a
    (domain, level) pair), and the catalogue query string that lists the same resources, so a list's
    "see all" count and the catalogue always agree."""
    if kind == "cell":
        domain, level = subject
        condition = facet_condition("domain", [domain.slug], framework=domain.framework_id) & facet_condition(
            "level", [level.slug], framework=level.framework_id
        )
        query_string = f"domain={domain.slug}&level={level.slug}"
        return Resource.objects.published().select_related("provider").filter(condition), query_string
    if kind == "capability":
        key, framework = subject.code, subject.domain.framework_id
        condition = capability_condition(key, framework=framework)
    else:
        key, framework = subject.slug, subject.framework_id
        condition = facet_condition(kind, [key], framework=framework)
    return Resource.objects.published().select_related("provider").filter(condition), f"{kind}={key}"
