"""Find my starting point: from what someone does now as an educator to the level that fits.

A pure function, so it is easy to test and to change when the framework's owners publish their own
mapping. Each educator role has a usual career stage (a level position); when a framework has no level at
that position, the nearest existing one is suggested instead.
"""

from dataclasses import dataclass

from accounts.choices import EducatorRole
from pathways.models import Level

# Each role's usual career stage, by level position (1 is the first stage).
ROLE_POSITIONS: dict[str, int] = {
    EducatorRole.NOT_YET: 1,
    EducatorRole.WORKPLACE_SUPERVISOR: 2,
    EducatorRole.PRACTICE_EDUCATOR: 3,
    EducatorRole.PRACTICE_ASSESSOR: 3,
    EducatorRole.CLINICAL_SUPERVISOR: 3,
    EducatorRole.EDUCATIONAL_SUPERVISOR: 3,
    EducatorRole.PRECEPTORSHIP_LEAD: 4,
    EducatorRole.PRACTICE_EDUCATION_LEAD: 4,
    EducatorRole.ACADEMIC_ASSESSOR: 4,
    EducatorRole.UNIVERSITY_FACULTY: 4,
    EducatorRole.STRATEGIC_LEAD: 5,
}

# Why that stage, in plain English, by position.
STAGE_REASONS: dict[int, str] = {
    1: "You are still learning to support others, so the pathway starts where you are now.",
    2: "You help learners as part of your everyday work without leading whole placements.",
    3: "You plan, supervise or assess learners through placements or programmes.",
    4: "You lead education for a team, service or programme, or teach and assess at a university.",
    5: "You shape education across organisations, professions or regions.",
}


@dataclass(frozen=True)
class Suggestion:
    level: Level
    reason: str


def suggest_level(role: str, levels: list[Level]) -> Suggestion | None:
    """The level that fits `role`, or None when there are no levels. Raises ValueError for an unknown role."""
    if role not in ROLE_POSITIONS:
        raise ValueError(f"Unknown educator role: {role!r}")
    if not levels:
        return None
    wanted = ROLE_POSITIONS[role]
    # Nearest position wins; on a tie, the earlier stage (a gentler start).
    level = min(levels, key=lambda candidate: (abs(candidate.position - wanted), candidate.position))
    role_label = EducatorRole(role).label
    reason = f"You told us what you do now: {role_label}. {STAGE_REASONS[wanted]}"
    if level.position == wanted:
        reason += f" That fits {level.label}."
    else:
        reason += (
            f" That would usually be step {wanted}, which this framework does not have, "
            f"so we suggest the nearest: {level.label}."
        )
    return Suggestion(level=level, reason=reason)
