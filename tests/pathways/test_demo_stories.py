"""The demo's lived examples cover the framework: every profession twice, every level five times, and
each story is marked illustrative and has a pull quote, as the list and the example page show it."""

import pytest
from django.db.models import Count

from pathways.models import LivedExample, Profession

pytestmark = pytest.mark.django_db


def test_every_profession_has_at_least_two_lived_examples(demo_framework):
    counts = dict(
        Profession.objects.annotate(examples=Count("lived_examples")).values_list("slug", "examples")
    )
    assert len(counts) == 14
    assert {slug: count for slug, count in counts.items() if count < 2} == {}


def test_every_level_has_at_least_five_lived_examples(demo_framework):
    counts = dict(
        demo_framework.levels.annotate(examples=Count("lived_examples")).values_list("slug", "examples")
    )
    assert len(counts) == 5
    assert {slug: count for slug, count in counts.items() if count < 5} == {}


def test_every_lived_example_is_illustrative_and_has_a_pull_quote(demo_framework):
    examples = LivedExample.objects.filter(framework=demo_framework)
    assert examples.exists()
    assert list(examples.filter(illustrative=False).values_list("slug", flat=True)) == []
    assert list(examples.filter(pull_quote="").values_list("slug", flat=True)) == []
