"""suggest_level: from five plain answers to the level that fits, by the curated roles and levels."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pathways.models import Level
from pathways.starting_point import Answers, RoleRule, suggest_level

QUESTIONS = ("registered", "supervises", "signs_off", "leads", "academic")


def levels_at(*positions: int, before_registration: tuple[int, ...] = (1,)) -> list[Level]:
    return [
        Level(
            pk=position,
            position=position,
            slug=f"level-{position}",
            name=f"Level {position}",
            before_registration=position in before_registration,
        )
        for position in positions
    ]


def rule(name: str, activities: set[str], levels: list[Level]) -> RoleRule:
    return RoleRule(name=name, activities=frozenset(activities), levels=tuple(levels))


LEVELS = levels_at(1, 2, 3, 4, 5)
L1, L2, L3, L4, L5 = LEVELS
ROLES = [
    rule("Workplace supervisor", {"involves_supervising"}, [L2, L3]),
    rule("Practice educator", {"involves_supervising", "involves_signing_off"}, [L3, L4]),
    rule("Education lead", {"involves_leading_education"}, [L4]),
    rule("Professor", {"involves_leading_education", "involves_academic_post"}, [L5]),
]


def test_someone_not_yet_registered_starts_before_registration_whatever_else_they_do():
    suggestion = suggest_level(Answers(registered=False, supervises=True, leads=True), LEVELS, ROLES)

    assert suggestion.level == L1
    assert "not registered yet" in suggestion.reason
    assert suggestion.deciding_roles == ()


def test_a_registered_practitioner_new_to_educating_starts_at_the_first_level_open_to_them():
    suggestion = suggest_level(Answers(registered=True), LEVELS, ROLES)

    assert suggestion.level == L2
    assert suggestion.reason == (
        "You are a registered practitioner and new to educating others, so your pathway starts at "
        "Step 2: Level 2."
    )


def test_the_role_whose_work_starts_highest_decides_and_the_reason_names_it():
    answers = Answers(registered=True, supervises=True, signs_off=True)

    suggestion = suggest_level(answers, LEVELS, ROLES)

    assert suggestion.level == L3
    assert [role.name for role in suggestion.deciding_roles] == ["Practice educator"]
    assert suggestion.reason == (
        "You are a registered practitioner and you have supervised or assessed a learner and signed off "
        "assessments. In this framework that is the work of the practice educator role, which starts at "
        "Step 3: Level 3."
    )


def test_a_role_counts_only_when_every_activity_it_involves_is_answered_yes():
    # Professor needs leading and an academic post; leading alone is the education lead's work.
    assert suggest_level(Answers(registered=True, leads=True), LEVELS, ROLES).level == L4
    assert suggest_level(Answers(registered=True, leads=True, academic=True), LEVELS, ROLES).level == L5


def test_several_deciding_roles_are_all_named():
    roles = [*ROLES, rule("Clinical supervisor", {"involves_supervising"}, [L2])]

    suggestion = suggest_level(Answers(registered=True, supervises=True), LEVELS, roles)

    assert suggestion.level == L2
    assert (
        "the clinical supervisor and workplace supervisor roles, which starts at Step 2" in suggestion.reason
    )


def test_a_role_sitting_only_before_registration_never_places_a_registered_practitioner_there():
    roles = [rule("Peer mentor", {"involves_supervising"}, [L1])]

    suggestion = suggest_level(Answers(registered=True, supervises=True), LEVELS, roles)

    assert suggestion.level == L2


def test_a_framework_without_a_level_before_registration_starts_everyone_unregistered_at_its_first():
    levels = levels_at(1, 2, 3, before_registration=())

    assert suggest_level(Answers(registered=False), levels, []).level == levels[0]


def test_no_levels_open_to_the_person_means_no_suggestion():
    assert suggest_level(Answers(registered=True), levels_at(1), []) is None
    assert suggest_level(Answers(registered=False), [], []) is None


def test_role_names_keep_their_capitals_where_they_are_acronyms():
    roles = [rule("AHP education lead", {"involves_leading_education"}, [L4])]

    reason = suggest_level(Answers(registered=True, leads=True), LEVELS, roles).reason

    assert "the AHP education lead role" in reason


@given(
    answers=st.builds(Answers, *(st.booleans() for _ in QUESTIONS)),
    before=st.sets(st.integers(min_value=1, max_value=5), max_size=2),
)
def test_a_registered_practitioner_is_never_placed_before_registration(answers, before):
    levels = levels_at(1, 2, 3, 4, 5, before_registration=tuple(before))
    roles = [
        rule(r.name, set(r.activities), [levels[level.position - 1] for level in r.levels]) for r in ROLES
    ]

    suggestion = suggest_level(answers, levels, roles)

    if suggestion is not None:
        assert suggestion.level in levels
        assert suggestion.level.before_registration is (not answers.registered and bool(before))
        assert suggestion.reason


# Every combination of the five answers, against the curated demo roles and levels (fixtures/framework/).
# Not registered: always Step 1, whatever else. Registered, by (supervises, signs off, leads, academic):
RP, PE, SE, CE = "registered-practitioner", "practice-educator", "senior-educator", "consultant-educator"
Y, N = True, False
REGISTERED = {
    (N, N, N, N): RP,  # new to educating
    (Y, N, N, N): RP,  # workplace supervisor, clinical supervisor, assessor
    (N, Y, N, N): PE,  # practice assessor
    (Y, Y, N, N): PE,  # practice educator, educational supervisor
    (N, N, Y, N): SE,  # preceptorship lead
    (Y, N, Y, N): SE,
    (N, Y, Y, N): SE,
    (Y, Y, Y, N): SE,
    (N, N, N, Y): SE,  # university faculty
    (Y, N, N, Y): SE,
    (N, Y, N, Y): SE,  # academic assessor
    (Y, Y, N, Y): SE,
    (N, N, Y, Y): CE,  # head of education or professor
    (Y, N, Y, Y): CE,
    (N, Y, Y, Y): CE,
    (Y, Y, Y, Y): CE,
}


@pytest.mark.parametrize("answers", list(itertools.product([Y, N], repeat=5)), ids=str)
def test_every_combination_of_answers_is_placed_by_the_demo_roles(demo_framework, answers):
    registered, *activities = answers
    levels = list(demo_framework.levels.all())
    roles = [RoleRule.of(role) for role in demo_framework.roles.prefetch_related("levels")]

    suggestion = suggest_level(Answers(*answers), levels, roles)

    assert suggestion.level.slug == (REGISTERED[tuple(activities)] if registered else "pre-registration")
