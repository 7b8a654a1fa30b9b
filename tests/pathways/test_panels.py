"""Other apps add panels to pathway pages through pathways.panels; the training catalogue does."""

import pytest

from pathways import panels
from resources.models import Resource


def test_a_panel_can_only_be_added_to_a_page_that_shows_panels():
    with pytest.raises(ValueError, match="not 'provider'"):
        panels.register("provider", lambda item: None)


def test_domain_page_lists_the_published_training_for_that_domain(client, demo_framework):
    domain = demo_framework.domains.get(number=4)
    published = Resource.objects.create(
        title="Teaching on placement, the basics",
        slug="teaching-on-placement",
        summary="An introduction.",
        provider=_provider(),
        url="https://example.nhs.uk/teaching",
        format=Resource.Format.COURSE,
        delivery=Resource.Delivery.BLENDED,
        cost=Resource.Cost.FREE,
        status=Resource.Status.PUBLISHED,
    )
    draft = Resource.objects.create(
        title="Unfinished draft course",
        slug="unfinished-draft",
        summary="Not ready.",
        provider=published.provider,
        url="https://example.nhs.uk/draft",
        format=Resource.Format.COURSE,
        delivery=Resource.Delivery.BLENDED,
        cost=Resource.Cost.FREE,
        status=Resource.Status.DRAFT,
    )
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
    for url in (level.get_absolute_url(), capability.get_absolute_url()):
        html = client.get(url).content.decode()
        assert "Training that helps" in html
        assert "No training is listed for" in html


def _provider():
    from resources.models import Provider

    return Provider.objects.create(name="NHS England", slug="nhs-england", kind=Provider.Kind.NHS)
