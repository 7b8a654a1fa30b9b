"""Other apps add panels to pathway pages through pathways.panels; the training catalogue does."""

import pytest

from pathways import panels
from resources.models import Resource
from tests.factories import ResourceFactory


def test_a_panel_can_only_be_added_to_a_page_that_shows_panels():
    with pytest.raises(ValueError, match="not 'provider'"):
        panels.register("provider", lambda item: None)


def test_domain_page_lists_the_published_training_for_that_domain(client, demo_framework):
    domain = demo_framework.domains.get(number=4)
    domain.resources.clear()  # the demo catalogue's training for it, so the panel has room for these
    published = ResourceFactory(title="Teaching on placement, the basics", format=Resource.Format.COURSE)
    draft = ResourceFactory(title="Unfinished draft course", status=Resource.Status.DRAFT)
    published.domains.add(domain)
    draft.domains.add(domain)

    html = client.get(domain.get_absolute_url()).content.decode()

    assert "Training that helps" in html
    assert "Teaching on placement, the basics" in html
    assert "Unfinished draft course" not in html
    assert f"/resources/?domain={domain.slug}" in html


def test_level_and_capability_pages_say_when_no_training_is_listed(client, demo_framework):
    level = demo_framework.levels.get(position=1)
    capability = level.capabilities.first()
    level.resources.clear()
    capability.resources.clear()
    for url in (level.get_absolute_url(), capability.get_absolute_url()):
        html = client.get(url).content.decode()
        assert "Training that helps" in html
        assert "No training is listed for" in html
