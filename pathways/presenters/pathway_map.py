"""The pathway map, one cell of it, and two levels side by side, as display values.

Each builder runs a fixed number of queries however much content the framework holds: it reads each
table once and groups rows in Python, so templates only loop.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.urls import reverse

from pathways.models import Capability, Domain, Framework, Level, LivedExample, Profession, StepForDevelopment


@dataclass
class LevelColumn:
    level: Level
    is_here: bool = False
    example_count: int | None = None  # lived examples for the chosen profession, when one is chosen


@dataclass
class MapCell:
    domain: Domain
    level: Level
    capabilities: list[Capability]
    is_here: bool = False

    @property
    def url(self) -> str:
        return cell_url(self.domain, self.level)


@dataclass
class DomainRow:
    domain: Domain
    cells: list[MapCell]


@dataclass
class PathwayMap:
    framework: Framework
    columns: list[LevelColumn]
    rows: list[DomainRow]
    profession: Profession | None = None

    @property
    def levels(self) -> list[Level]:
        return [column.level for column in self.columns]

    @property
    def here(self) -> Level | None:
        return next((column.level for column in self.columns if column.is_here), None)

    @property
    def stacked(self) -> list[tuple[LevelColumn, list[MapCell]]]:
        """The same cells level by level, for narrow screens."""
        return [
            (column, [row.cells[index] for row in self.rows]) for index, column in enumerate(self.columns)
        ]


def cell_url(domain: Domain, level: Level) -> str:
    return reverse("pathways:cell", kwargs={"domain_slug": domain.slug, "level_slug": level.slug})


def build_pathway_map(
    framework: Framework,
    *,
    levels: list[Level],
    here: Level | None = None,
    profession: Profession | None = None,
) -> PathwayMap:
    """Levels across, domains down. Three queries (domains, capabilities, example counts if tailored)."""
    domains = list(framework.domains.order_by("number"))
    by_cell: dict[tuple[int, int], list[Capability]] = defaultdict(list)
    for capability in Capability.objects.in_framework(framework).only(
        "code", "statement", "domain_id", "level_id", "position"
    ):
        by_cell[(capability.domain_id, capability.level_id)].append(capability)

    counts: dict[int, int] = {}
    if profession is not None:
        counts = dict(
            LivedExample.objects.filter(framework=framework, profession=profession)
            .values_list("level_id")
            .annotate(total=Count("id"))
            .order_by()
        )

    here_id = here.pk if here else None
    columns = [
        LevelColumn(
            level=level,
            is_here=level.pk == here_id,
            example_count=counts.get(level.pk, 0) if profession is not None else None,
        )
        for level in levels
    ]
    rows = [
        DomainRow(
            domain=domain,
            cells=[
                MapCell(
                    domain=domain,
                    level=level,
                    capabilities=by_cell[(domain.pk, level.pk)],
                    is_here=level.pk == here_id,
                )
                for level in levels
            ],
        )
        for domain in domains
    ]
    return PathwayMap(framework=framework, columns=columns, rows=rows, profession=profession)


@dataclass
class CellDetail:
    domain: Domain
    level: Level
    capabilities: list[Capability]
    steps_at_level: list[StepForDevelopment]
    steps_for_all_levels: list[StepForDevelopment]

    @property
    def url(self) -> str:
        return cell_url(self.domain, self.level)

    @property
    def status_text(self) -> str:
        return f"Showing Domain {self.domain.number} at {self.level.label}"


def build_cell_detail(domain: Domain, level: Level) -> CellDetail:
    """One cell: its capabilities and the steps for development. Two queries."""
    capabilities = list(Capability.objects.filter(domain=domain, level=level).order_by("position", "code"))
    steps = list(
        StepForDevelopment.objects.filter(Q(level=level) | Q(level__isnull=True), domain=domain).order_by(
            "position", "pk"
        )
    )
    return CellDetail(
        domain=domain,
        level=level,
        capabilities=capabilities,
        steps_at_level=[step for step in steps if step.level_id is not None],
        steps_for_all_levels=[step for step in steps if step.level_id is None],
    )


@dataclass
class ComparisonRow:
    domain: Domain
    from_level: Level
    to_level: Level
    from_capabilities: list[Capability]
    to_capabilities: list[Capability]
    steps: list[StepForDevelopment] = field(default_factory=list)  # how to grow, where a page adds them

    @property
    def from_summary(self) -> str:
        return f"What {self.from_level.label} asks for in this domain"

    @property
    def change(self) -> str:
        """What changes in this domain between the two levels, said in a sentence, not only shown."""
        before, after = len(self.from_capabilities), len(self.to_capabilities)
        to_label, from_label = self.to_level.label, self.from_level.label
        if not before and not after:
            return "Neither level has capabilities in this domain yet."
        if not before:
            return f"This domain begins at {to_label}, with {_capabilities(after)}."
        if not after:
            return f"{to_label} has no capabilities of its own in this domain yet."
        if after == before:
            difference = f"as many as {from_label}"
        else:
            difference = f"{abs(after - before)} {'more' if after > before else 'fewer'} than {from_label}"
        return f"{to_label} asks for {_capabilities(after)} in this domain, {difference}."


def _capabilities(count: int) -> str:
    return f"{count} capabilit{'y' if count == 1 else 'ies'}"


@dataclass
class LevelComparison:
    from_level: Level
    to_level: Level
    rows: list[ComparisonRow] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"What changes from {self.from_level.label} to {self.to_level.label}"


def build_level_comparison(framework: Framework, *, from_level: Level, to_level: Level) -> LevelComparison:
    """Domain by domain, the capabilities at each of two levels. Two queries."""
    domains = list(framework.domains.order_by("number"))
    by_cell: dict[tuple[int, int], list[Capability]] = defaultdict(list)
    for capability in Capability.objects.filter(
        domain__framework=framework, level__in=[from_level, to_level]
    ).only("code", "statement", "domain_id", "level_id", "position"):
        by_cell[(capability.domain_id, capability.level_id)].append(capability)
    rows = [
        ComparisonRow(
            domain=domain,
            from_level=from_level,
            to_level=to_level,
            from_capabilities=by_cell[(domain.pk, from_level.pk)],
            to_capabilities=by_cell[(domain.pk, to_level.pk)],
        )
        for domain in domains
    ]
    return LevelComparison(from_level=from_level, to_level=to_level, rows=rows)
