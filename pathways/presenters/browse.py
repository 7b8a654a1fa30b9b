"""Display structures for reading the framework item by item: domain, level, capability, lived examples
and the about page. Each builder runs a fixed number of queries, whatever the size of the framework, and
hands templates plain lists and dicts so that templates never query."""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404

from pathways import content_version
from pathways.models import (
    Capability,
    Domain,
    EducatorRole,
    Framework,
    Level,
    LivedExample,
    Profession,
    Provenance,
    StepForDevelopment,
)

PATHWAY_CRUMBS = [("Home", "/"), ("Pathway", "/pathway/")]


def published_framework() -> Framework:
    framework = Framework.objects.published().first()
    if framework is None:
        raise Http404("No published framework")
    return framework


def lived_examples_with_place():
    return LivedExample.objects.select_related("profession", "level")


def count_text(count: int) -> str:
    return f"{count} lived example{'' if count == 1 else 's'}"


@dataclass
class ProfessionTailoring:
    """Lived examples ranked for the visitor's profession: theirs first, then every other profession's."""

    profession: Profession | None
    from_profession: list
    from_others: list

    @property
    def examples(self) -> list:
        return [*self.from_profession, *self.from_others]

    @property
    def all_count(self) -> int:
        return len(self.from_profession) + len(self.from_others)


def tailor_by_profession(examples: list, profession_slug: str | None) -> ProfessionTailoring:
    profession = Profession.objects.filter(slug=profession_slug).first() if profession_slug else None
    if profession is None:
        return ProfessionTailoring(profession=None, from_profession=[], from_others=examples)
    return ProfessionTailoring(
        profession=profession,
        from_profession=[example for example in examples if example.profession_id == profession.pk],
        from_others=[example for example in examples if example.profession_id != profession.pk],
    )


@dataclass
class LevelRow:
    level: Level
    capabilities: list = field(default_factory=list)
    steps: list = field(default_factory=list)


@dataclass
class DomainPage:
    domain: Domain
    rows: list[LevelRow]
    steps_for_every_level: list
    tailoring: ProfessionTailoring


def build_domain_page(*, framework: Framework, slug: str, profession_slug: str | None) -> DomainPage:
    domain = Domain.objects.filter(framework=framework, slug=slug).first()
    if domain is None:
        raise Http404("No such domain")
    rows = {level.pk: LevelRow(level=level) for level in framework.levels.order_by("position")}
    for capability in domain.capabilities.order_by("level__position", "position"):
        rows[capability.level_id].capabilities.append(capability)
    every_level = []
    for step in StepForDevelopment.objects.filter(domain=domain).order_by("position", "pk"):
        if step.level_id is None:
            every_level.append(step)
        else:
            rows[step.level_id].steps.append(step)
    examples = list(lived_examples_with_place().filter(domains=domain))
    return DomainPage(
        domain=domain,
        rows=list(rows.values()),
        steps_for_every_level=every_level,
        tailoring=tailor_by_profession(examples, profession_slug),
    )


@dataclass
class DomainRow:
    domain: Domain
    capabilities: list = field(default_factory=list)


@dataclass
class LevelPage:
    level: Level
    previous_level: Level | None
    next_level: Level | None
    rows: list[DomainRow]
    roles: list
    tailoring: ProfessionTailoring


def build_level_page(*, framework: Framework, slug: str, profession_slug: str | None) -> LevelPage:
    levels = list(framework.levels.order_by("position"))
    index = next((i for i, level in enumerate(levels) if level.slug == slug), None)
    if index is None:
        raise Http404("No such level")
    level = levels[index]
    rows = {domain.pk: DomainRow(domain=domain) for domain in framework.domains.order_by("number")}
    for capability in Capability.objects.filter(level=level, domain__framework=framework).order_by(
        "domain__number", "position"
    ):
        rows[capability.domain_id].capabilities.append(capability)
    examples = list(lived_examples_with_place().filter(framework=framework, level=level))
    tailoring = tailor_by_profession(examples, profession_slug)
    roles = EducatorRole.objects.filter(framework=framework, levels=level).order_by("name")
    if tailoring.profession is not None:
        # A role with no professions is in every profession.
        roles = roles.filter(Q(professions__isnull=True) | Q(professions=tailoring.profession)).distinct()
    roles = list(roles)
    return LevelPage(
        level=level,
        previous_level=levels[index - 1] if index > 0 else None,
        next_level=levels[index + 1] if index + 1 < len(levels) else None,
        rows=list(rows.values()),
        roles=roles,
        tailoring=tailoring,
    )


@dataclass
class CapabilityPage:
    capability: Capability
    below: list
    above: list
    level_below: Level | None
    level_above: Level | None
    tailoring: ProfessionTailoring


def build_capability_page(*, framework: Framework, code: str, profession_slug: str | None) -> CapabilityPage:
    capability = Capability.objects.in_framework(framework).with_place().filter(code=code).first()
    if capability is None:
        raise Http404("No such capability")
    position = capability.level.position
    neighbours = list(
        Capability.objects.filter(domain=capability.domain, level__position__in=[position - 1, position + 1])
        .select_related("level")
        .order_by("level__position", "position")
    )
    below = [c for c in neighbours if c.level.position < position]
    above = [c for c in neighbours if c.level.position > position]
    examples = list(lived_examples_with_place().filter(capabilities=capability))
    return CapabilityPage(
        capability=capability,
        below=below,
        above=above,
        level_below=below[0].level if below else None,
        level_above=above[0].level if above else None,
        tailoring=tailor_by_profession(examples, profession_slug),
    )


def build_example_page(*, framework: Framework, slug: str) -> LivedExample:
    example = (
        lived_examples_with_place()
        .filter(framework=framework, slug=slug)
        .prefetch_related("domains", "capabilities")
        .first()
    )
    if example is None:
        raise Http404("No such lived example")
    return example


def example_summary_rows(example: LivedExample) -> list[dict]:
    return [
        {"key": "Profession", "value": example.profession.name},
        {"key": "Level", "value": example.level.label},
        {"key": "Setting", "value": example.get_setting_display()},
    ]


@dataclass
class AboutPage:
    framework: Framework
    confirmed_domains: list
    working_title_domains: list
    professions: list
    capability_counts: dict
    illustrative_example_count: int
    citation: str


def build_about_page(*, framework: Framework) -> AboutPage:
    domains = list(framework.domains.order_by("number"))
    counts = Capability.objects.in_framework(framework).aggregate(
        confirmed=Count("pk", filter=Q(provenance=Provenance.CONFIRMED)),
        working_title=Count("pk", filter=Q(provenance=Provenance.WORKING_TITLE)),
        illustrative=Count("pk", filter=Q(provenance=Provenance.ILLUSTRATIVE)),
    )
    return AboutPage(
        framework=framework,
        confirmed_domains=[d for d in domains if not d.provisional and d.provenance == Provenance.CONFIRMED],
        working_title_domains=[d for d in domains if d.provisional or d.provenance != Provenance.CONFIRMED],
        professions=list(Profession.objects.order_by("name")),
        capability_counts=counts,
        illustrative_example_count=framework.lived_examples.filter(illustrative=True).count(),
        citation=citation_for(framework),
    )


def citation_for(framework: Framework) -> str:
    parts = [f"{framework.publisher}." if framework.publisher else "", f"{framework.name}."]
    parts.append(f"Version {framework.version}.")
    if framework.source:
        parts.append(f"Available at: {framework.source}")
    return " ".join(part for part in parts if part)


def shows_illustrative_content() -> bool:
    """Whether the published framework holds anything written for this service rather than taken from
    the framework (levels, domains, capabilities, steps, roles, lived examples): then its pages say so,
    once, in a banner (pathways/_illustrative_banner.html). One query per content version, then one
    cache read."""
    key = f"shows-illustrative:{content_version.current()}"
    shown = cache.get(key)
    if shown is None:
        illustrative = Provenance.ILLUSTRATIVE
        framework = OuterRef("pk")
        written_here = (
            Exists(Level.objects.filter(framework=framework, provenance=illustrative))
            | Exists(Domain.objects.filter(framework=framework, provenance=illustrative))
            | Exists(Capability.objects.filter(domain__framework=framework, provenance=illustrative))
            | Exists(StepForDevelopment.objects.filter(domain__framework=framework, provenance=illustrative))
            | Exists(EducatorRole.objects.filter(framework=framework, provenance=illustrative))
            | Exists(LivedExample.objects.filter(framework=framework, illustrative=True))
        )
        row = (
            Framework.objects.published()
            .annotate(written_here=written_here)
            .values_list("written_here")
            .first()
        )
        shown = bool(row and row[0])
        cache.set(key, shown, timeout=60 * 60)
    return shown
