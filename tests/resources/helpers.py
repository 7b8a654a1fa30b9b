"""Small builders for catalogue tests."""

import itertools

from resources.models import Provider, Resource

_numbers = itertools.count(1)


def make_provider(**values) -> Provider:
    number = next(_numbers)
    defaults = {"name": f"Provider {number}", "slug": f"provider-{number}", "kind": Provider.Kind.NHS}
    return Provider.objects.create(**(defaults | values))


def make_resource(*, provider: Provider | None = None, **values) -> Resource:
    number = next(_numbers)
    defaults = {
        "title": f"Resource {number}",
        "slug": f"resource-{number}",
        "summary": "Something useful for practice educators.",
        "url": f"https://example.org/{number}",
        "format": Resource.Format.E_LEARNING,
        "delivery": Resource.Delivery.ONLINE_SELF_PACED,
        "cost": Resource.Cost.FREE,
        "status": Resource.Status.PUBLISHED,
    }
    return Resource.objects.create(provider=provider or make_provider(), **(defaults | values))
