"""Panels that higher apps add to pathway pages, without pathways importing them.

The training catalogue (resources) registers a panel listing the training for a domain, level or
capability; the pathway views ask for the panels of what they show and the templates render them in
place, so they work without JavaScript. Each provider must use a fixed number of queries.

    panels.register("domain", training_for_domain)   # in resources' AppConfig.ready

A provider takes the item (a Domain, Level or Capability) and the visitor's profession (a Profession or
None, to tailor what it lists), and returns a Panel, or None to add nothing.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# "next_step": the page of the level to come (/pathway/next/), given that level; "cell": one cell of the
# map, given a (domain, level) pair.
KINDS = ("domain", "level", "capability", "next_step", "cell")


@dataclass(frozen=True)
class Panel:
    template_name: str
    context: dict[str, Any] = field(default_factory=dict)


Provider = Callable[..., Panel | None]  # provider(item, *, profession)
_providers: dict[str, list[Provider]] = {kind: [] for kind in KINDS}


def register(kind: str, provider: Provider) -> None:
    if kind not in _providers:
        raise ValueError(f"Panels can be added to {', '.join(KINDS)} pages, not {kind!r}.")
    if provider not in _providers[kind]:
        _providers[kind].append(provider)


def panels_for(kind: str, item: Any, *, profession=None) -> list[Panel]:
    return [
        panel for provider in _providers[kind] if (panel := provider(item, profession=profession)) is not None
    ]
