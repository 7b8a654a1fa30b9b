"""suggest_level: from what someone does now as an educator to the level that fits."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accounts.choices import EducatorRole
from pathways.models import Level
from pathways.starting_point import ROLE_POSITIONS, suggest_level


def levels_at(*positions: int) -> list[Level]:
    return [
        Level(position=position, slug=f"level-{position}", name=f"Level {position}") for position in positions
    ]


EXPECTED_POSITIONS = {
    "not-yet": 1,
    "workplace-supervisor": 2,
    "practice-educator": 3,
    "practice-assessor": 3,
    "clinical-supervisor": 3,
    "educational-supervisor": 3,
    "preceptorship-lead": 4,
    "practice-education-lead": 4,
    "academic-assessor": 4,
    "university-faculty": 4,
    "strategic-lead": 5,
}


def test_every_educator_role_has_a_usual_level():
    assert set(ROLE_POSITIONS) == set(EducatorRole.values)


@pytest.mark.parametrize(("role", "position"), EXPECTED_POSITIONS.items())
def test_each_role_is_suggested_its_usual_level(role, position):
    suggestion = suggest_level(role, levels_at(1, 2, 3, 4, 5))

    assert suggestion.level.position == position


def test_the_reason_names_the_role_and_the_level_in_plain_english():
    suggestion = suggest_level("practice-educator", levels_at(1, 2, 3, 4, 5))

    assert "You told us what you do now: Practice educator." in suggestion.reason
    assert "That fits Step 3: Level 3." in suggestion.reason


def test_a_framework_without_the_usual_level_gets_the_nearest_one_and_says_so():
    suggestion = suggest_level("strategic-lead", levels_at(1, 2, 3))

    assert suggestion.level.position == 3
    assert "does not have" in suggestion.reason


def test_a_tie_between_two_nearest_levels_goes_to_the_earlier_stage():
    assert suggest_level("practice-educator", levels_at(2, 4)).level.position == 2


def test_no_levels_means_no_suggestion():
    assert suggest_level("practice-educator", []) is None


def test_an_unknown_role_is_refused():
    with pytest.raises(ValueError):
        suggest_level("astronaut", levels_at(1, 2, 3))


@given(
    role=st.sampled_from(EducatorRole.values),
    positions=st.sets(st.integers(min_value=1, max_value=12), min_size=1, max_size=8),
)
def test_the_suggestion_is_always_one_of_the_levels_and_as_near_as_any(role, positions):
    levels = levels_at(*sorted(positions))

    suggestion = suggest_level(role, levels)

    assert suggestion.level in levels
    wanted = ROLE_POSITIONS[role]
    assert abs(suggestion.level.position - wanted) == min(abs(p - wanted) for p in positions)
    assert suggestion.reason
