""" "Your next step": from the level someone is at to the one above, domain by domain, with the stories
and the training for it. A fixed number of queries, whatever the size of the framework."""

from dataclasses import dataclass, field

from pathways import panels
from pathways.models import Framework, Level, LivedExample, Profession, StepForDevelopment
from pathways.panels import Panel
from pathways.presenters.pathway_map import ComparisonRow, build_level_comparison, nearest_examples


@dataclass
class NextStep:
    from_level: Level
    to_level: Level | None  # None: the top of the framework
    profession: Profession | None
    rows: list[ComparisonRow] = field(default_factory=list)
    examples: list[LivedExample] = field(default_factory=list)
    panels: list[Panel] = field(default_factory=list)

    @property
    def heading(self) -> str:
        if self.to_level is None:
            return f"Beyond {self.from_level.label}"
        return self.to_level.label

    @property
    def stories_heading(self) -> str:
        return f"Stories from {(self.to_level or self.from_level).label}"

    @property
    def examples_are_the_nearest(self) -> bool:
        """No story yet from this profession at the next level: the ones shown are the nearest."""
        target = self.to_level or self.from_level
        return self.profession is not None and not any(
            example.profession_id == self.profession.pk and example.level_id == target.pk
            for example in self.examples
        )


def build_next_step(framework: Framework, *, from_level: Level, levels: list[Level], profession) -> NextStep:
    """`levels`: the framework's levels in order (already read)."""
    above = [level for level in levels if level.position > from_level.position]
    to_level = above[0] if above else None
    target = to_level or from_level
    rows = []
    if to_level is not None:
        rows = build_level_comparison(
            framework, from_level=from_level, to_level=to_level, with_examples=False
        ).rows
        steps = StepForDevelopment.objects.filter(domain__framework=framework, level=from_level).order_by(
            "position", "pk"
        )
        by_domain: dict[int, list[StepForDevelopment]] = {}
        for step in steps:
            by_domain.setdefault(step.domain_id, []).append(step)
        for row in rows:
            row.steps = by_domain.get(row.domain.pk, [])
    return NextStep(
        from_level=from_level,
        to_level=to_level,
        profession=profession,
        rows=rows,
        examples=nearest_examples(framework, level=target, profession=profession),
        panels=panels.panels_for("next_step", target, profession=profession),
    )
