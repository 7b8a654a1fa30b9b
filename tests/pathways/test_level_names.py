"""One name per level everywhere: "Step 3: Practice educator", from the data."""

import re

import pytest

from pathways.models import Level

VARIANTS = re.compile(r"Career level \d|\bL\d: |\bstep \d, ")


def test_a_level_is_named_by_its_step_and_name(demo_framework):
    level = Level.objects.get(framework=demo_framework, slug="practice-educator")
    assert level.label == "Step 3: Practice educator"


@pytest.mark.parametrize(
    "path",
    [
        "/pathway/levels/practice-educator/",
        "/pathway/domains/responsibility-and-accountability/",
        "/pathway/capabilities/D1.L3.1/",
        "/pathway/cells/responsibility-and-accountability/practice-educator/",
        "/pathway/compare/?from=practice-educator&to=senior-educator",
        "/pathway/?registered=yes&supervises=yes&signs_off=yes&leads=no&academic=no",
        "/pathway/examples/",
        "/pathway/examples/feedback-between-jobs/",
    ],
)
def test_pages_name_levels_one_way(client, demo_framework, path):
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Step 3: Practice educator" in html
    assert not VARIANTS.findall(html)


PATHWAY_PAGES = [
    "/pathway/",
    "/pathway/levels/practice-educator/",
    "/pathway/domains/responsibility-and-accountability/",
    "/pathway/capabilities/D1.L3.1/",
    "/pathway/cells/responsibility-and-accountability/practice-educator/",
    "/pathway/compare/?from=practice-educator&to=senior-educator",
    "/pathway/next/?from=practice-educator",
    "/pathway/examples/",
    "/pathway/examples/feedback-between-jobs/",
]


@pytest.mark.parametrize("path", PATHWAY_PAGES)
def test_illustrative_content_is_said_once_per_page_in_a_banner(client, demo_framework, path):
    html = client.get(path).content.decode()

    text = re.sub(r"<[^>]+>", " ", html)
    assert len(re.findall("illustrative", text, flags=re.IGNORECASE)) == 1
    assert 'aria-labelledby="app-illustrative-title"' in html
    assert html.index("app-illustrative-title") < html.index("<h1")


def test_a_framework_with_only_its_own_text_shows_no_banner(client, demo_framework):
    from pathways.models import Capability, Domain, EducatorRole, LivedExample, StepForDevelopment

    for model in (Level, Domain, Capability, StepForDevelopment, EducatorRole):
        model.objects.update(provenance="confirmed")
    LivedExample.objects.update(illustrative=False)
    from pathways import content_version

    content_version.content_changed()  # update() sends no signals

    html = client.get("/pathway/levels/practice-educator/").content.decode()

    assert "Illustrative content" not in html
