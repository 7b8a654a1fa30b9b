"""The pathway map, one cell of it, and two levels side by side, as display values.

Each builder runs a fixed number of queries however much content the framework holds: it reads each
table once and groups rows in Python, so templates only loop.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Case, Count, ExpressionWrapper, F, IntegerField, Q, Value, When
from django.db.models.functions import Abs
from django.urls import reverse
from django.utils.http import urlencode

from pathways import panels
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

    @property
    def anchor(self) -> str:
        return cell_anchor(self.domain, self.level)


@dataclass
class DomainRow:
    domain: Domain
    cells: list[MapCell]


@dataclass
class RouteStop:
    """One level drawn as a stop on the route: what it means, who works there, one story."""

    level: Level
    example: LivedExample | None
    is_here: bool = False
    is_next: bool = False

    @property
    def in_a_sentence(self) -> str:
        """The level's summary, first sentence only: what the level means, plainly."""
        summary = self.level.summary.strip()
        end = summary.find(". ")
        return summary if end == -1 else summary[: end + 1]

    @property
    def initial(self) -> str:
        return self.example.person[:1].upper() if self.example else ""


@dataclass
class PathwayMap:
    framework: Framework
    columns: list[LevelColumn]
    rows: list[DomainRow]
    profession: Profession | None = None
    route: list[RouteStop] = field(default_factory=list)

    @property
    def levels(self) -> list[Level]:
        return [column.level for column in self.columns]

    @property
    def here(self) -> Level | None:
        return next((column.level for column in self.columns if column.is_here), None)

    @property
    def next_step_href(self) -> str:
        """ "Your next step" from here, for this profession; empty until a starting point is known."""
        here = self.here
        if here is None:
            return ""
        query = {"from": here.slug} | ({"profession": self.profession.slug} if self.profession else {})
        return f"{reverse('pathways:next')}?{urlencode(query)}"


def build_route(
    framework: Framework, *, levels: list[Level], here: Level | None, profession: Profession | None
) -> list[RouteStop]:
    """The levels in order, each with one lived example: the visitor's profession's where there is one,
    else the first by title. One query, reading only what a stop shows."""
    examples = (
        LivedExample.objects.filter(framework=framework)
        .select_related("profession")
        .only("slug", "title", "person", "pull_quote", "level_id", "profession__name", "profession__slug")
        .order_by("title")
    )
    chosen: dict[int, LivedExample] = {}
    for example in examples:
        current = chosen.get(example.level_id)
        if current is None or (
            profession is not None
            and example.profession_id == profession.pk
            and current.profession_id != profession.pk
        ):
            chosen[example.level_id] = example
    next_position = None
    if here is not None:
        next_position = min(
            (level.position for level in levels if level.position > here.position), default=None
        )
    return [
        RouteStop(
            level=level,
            example=chosen.get(level.pk),
            is_here=here is not None and level.pk == here.pk,
            is_next=level.position == next_position,
        )
        for level in levels
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
    """The route, then levels across and domains down. Four queries (domains, capabilities, the route's
    examples, example counts if tailored)."""
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
    route = build_route(framework, levels=levels, here=here, profession=profession)
    return PathwayMap(framework=framework, columns=columns, rows=rows, profession=profession, route=route)


CELL_EXAMPLES_SHOWN = 3


@dataclass
class CellDetail:
    domain: Domain
    level: Level
    capabilities: list[Capability]
    steps_at_level: list[StepForDevelopment]
    steps_for_all_levels: list[StepForDevelopment]
    next_level: Level | None = None
    examples: list[LivedExample] = field(default_factory=list)
    profession: Profession | None = None
    panels: list = field(default_factory=list)

    @property
    def url(self) -> str:
        return cell_url(self.domain, self.level)

    @property
    def anchor(self) -> str:
        """The id of this cell's link on the map, for "back to the cell"."""
        return cell_anchor(self.domain, self.level)

    @property
    def next_url(self) -> str:
        return cell_url(self.domain, self.next_level) if self.next_level else ""

    @property
    def status_text(self) -> str:
        return f"Showing Domain {self.domain.number} at {self.level.label}"


def cell_anchor(domain: Domain, level: Level) -> str:
    return f"cell-{domain.slug}-{level.slug}"


def build_cell_detail(domain: Domain, level: Level, *, profession: Profession | None = None) -> CellDetail:
    """One cell: its capabilities, the steps for development, the stories from this domain at this level
    (the visitor's profession's first), the training for both, and the level above. Six queries."""
    capabilities = list(Capability.objects.filter(domain=domain, level=level).order_by("position", "code"))
    steps = list(
        StepForDevelopment.objects.filter(Q(level=level) | Q(level__isnull=True), domain=domain).order_by(
            "position", "pk"
        )
    )
    next_level = (
        Level.objects.filter(framework_id=level.framework_id, position__gt=level.position)
        .order_by("position")
        .first()
    )
    examples = LivedExample.objects.filter(level=level, domains=domain).select_related("profession", "level")
    if profession is not None:
        examples = examples.annotate(
            other_profession=Case(When(profession=profession, then=Value(0)), default=Value(1))
        ).order_by("other_profession", "title")
    else:
        examples = examples.order_by("title")
    return CellDetail(
        domain=domain,
        level=level,
        capabilities=capabilities,
        steps_at_level=[step for step in steps if step.level_id is not None],
        steps_for_all_levels=[step for step in steps if step.level_id is None],
        next_level=next_level,
        examples=list(examples[:CELL_EXAMPLES_SHOWN]),
        profession=profession,
        panels=panels.panels_for("cell", (domain, level), profession=profession),
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
    examples: list[LivedExample] = field(default_factory=list)  # from the level compared with
    profession: Profession | None = None

    @property
    def in_brief(self) -> str:
        """The whole change in one sentence, before the domain-by-domain detail."""
        before = sum(len(row.from_capabilities) for row in self.rows)
        after = sum(len(row.to_capabilities) for row in self.rows)
        new_domains = [row for row in self.rows if row.to_capabilities and not row.from_capabilities]
        sentence = (
            f"Across the {len(self.rows)} domains, {self.to_level.label} asks for {_capabilities(after)} "
            f"where {self.from_level.label} asks for {before}"
        )
        if new_domains:
            sentence += f", and {len(new_domains)} domain{'s' if len(new_domains) > 1 else ''} begin there"
        return sentence + "."

    @property
    def heading(self) -> str:
        return f"What changes from {self.from_level.label} to {self.to_level.label}"


def build_level_comparison(
    framework: Framework,
    *,
    from_level: Level,
    to_level: Level,
    profession: Profession | None = None,
    with_examples: bool = True,
) -> LevelComparison:
    """Domain by domain, the capabilities at each of two levels, and stories from the level compared
    with (the profession's first). Three queries (two without the stories)."""
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
    examples = nearest_examples(framework, level=to_level, profession=profession) if with_examples else []
    return LevelComparison(
        from_level=from_level, to_level=to_level, rows=rows, examples=examples, profession=profession
    )


EXAMPLES_SHOWN = 3


def nearest_examples(
    framework: Framework, *, level: Level, profession: Profession | None
) -> list[LivedExample]:
    """Stories at `level` from `profession` first; then the nearest: each step away in level, or another
    profession, counts one. One query."""
    steps_away = Abs(F("level__position") - Value(level.position))
    distance = steps_away
    if profession is not None:
        distance = steps_away + Case(When(profession=profession, then=Value(0)), default=Value(1))
    return list(
        LivedExample.objects.filter(framework=framework)
        .select_related("profession", "level")
        .annotate(
            distance=ExpressionWrapper(distance, output_field=IntegerField()),
            steps_away=ExpressionWrapper(steps_away, output_field=IntegerField()),
        )
        .order_by("distance", "steps_away", "title")[:EXAMPLES_SHOWN]
    )
