"""Find my starting point: from a few plain answers about what someone does now to the level that fits.

The rules are the curated data, not a table here: each educator role says what it involves (supervising
or assessing learners, signing off assessments, leading education, an academic post) and at which
levels it sits; each level says whether it comes before registration. So a curator who changes a role
in admin changes the suggestion, and the explanation names the roles that decided it.

- Not registered: the first level before registration (or the first level, if the framework has none).
- Registered: never a level before registration. Of the roles whose every activity the person does,
  the one whose work starts highest decides; each role's work starts at its first level that is open to
  registered practitioners. Nobody's answers match a role: the first level open to them.

A pure function over rows already read, so it costs no queries and is easy to test (every combination
of answers is, in tests/pathways/test_starting_point.py).
"""

from collections.abc import Iterable
from dataclasses import dataclass

from pathways.models import EducatorRole, Level

# (answer, the role's field, the activity as the explanation says it)
ACTIVITIES: tuple[tuple[str, str, str], ...] = (
    ("supervises", "involves_supervising", "supervised or assessed a learner"),
    ("signs_off", "involves_signing_off", "signed off assessments"),
    ("leads", "involves_leading_education", "led education for a team or an organisation"),
    ("academic", "involves_academic_post", "held an academic post"),
)


@dataclass(frozen=True)
class Answers:
    registered: bool
    supervises: bool = False
    signs_off: bool = False
    leads: bool = False
    academic: bool = False

    @property
    def activities(self) -> set[str]:
        return {field for answer, field, _ in ACTIVITIES if getattr(self, answer)}

    @property
    def described(self) -> list[str]:
        return [words for answer, _, words in ACTIVITIES if getattr(self, answer)]


@dataclass(frozen=True)
class RoleRule:
    """What a curated role involves and where it sits: the part of an EducatorRole the rules read."""

    name: str
    activities: frozenset[str]
    levels: tuple[Level, ...]

    @classmethod
    def of(cls, role: EducatorRole) -> "RoleRule":
        """From a role whose levels are prefetched."""
        activities = frozenset(field for _, field, _ in ACTIVITIES if getattr(role, field))
        return cls(name=role.name, activities=activities, levels=tuple(role.levels.all()))


@dataclass(frozen=True)
class Suggestion:
    level: Level
    reason: str
    deciding_roles: tuple[RoleRule, ...] = ()


def suggest_level(answers: Answers, levels: Iterable[Level], roles: Iterable[RoleRule]) -> Suggestion | None:
    """The level that fits, with why, or None when no level is open to the person."""
    levels = sorted(levels, key=lambda level: level.position)
    if not answers.registered:
        open_levels = [level for level in levels if level.before_registration] or levels[:1]
        if not open_levels:
            return None
        level = open_levels[0]
        return Suggestion(
            level=level,
            reason=f"You are not registered yet, so your pathway starts at {level.label}. "
            "Helping other students learn is part of this step.",
        )

    open_levels = [level for level in levels if not level.before_registration]
    if not open_levels:
        return None
    open_ids = {level.pk for level in open_levels}
    starts: list[tuple[Level, RoleRule]] = []
    for role in roles:
        role_levels = sorted(
            (level for level in role.levels if level.pk in open_ids), key=lambda level: level.position
        )
        if role.activities and role.activities <= answers.activities and role_levels:
            starts.append((role_levels[0], role))

    if not starts:
        level = open_levels[0]
        return Suggestion(
            level=level,
            reason=f"You are a registered practitioner and new to educating others, so your pathway starts "
            f"at {level.label}.",
        )
    level = max((start for start, _ in starts), key=lambda start: start.position)
    deciding = tuple(
        sorted((role for start, role in starts if start.pk == level.pk), key=lambda role: role.name)
    )
    names = _joined([_in_sentence(role.name) for role in deciding])
    reason = (
        f"You are a registered practitioner and you have {_joined(answers.described)}. "
        f"In this framework that is the work of the {names} role{'s' if len(deciding) > 1 else ''}, "
        f"which starts at {level.label}."
    )
    return Suggestion(level=level, reason=reason, deciding_roles=deciding)


def _joined(words: list[str], conjunction: str = "and") -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def _in_sentence(name: str) -> str:
    """A role name inside a sentence: "Practice educator" becomes "practice educator", "AHP lead" stays."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name
