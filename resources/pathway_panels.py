"""The training that builds a domain, level or capability, shown on its pathway page.

Registered with pathways.panels in ResourcesConfig.ready, so the pathway pages list published training
server-side (no JavaScript needed) while pathways never imports this app. Two queries per panel; the
list is the same one /resources/for/<kind>/<key>/ shows (resources.presenters.training_list).
"""

from functools import partial

from pathways.panels import Panel
from resources import presenters


def training_panel(
    subject, *, kind: str, profession=None, limit: int = presenters.TRAINING_LIST_LIMIT
) -> Panel:
    training = presenters.training_list(kind=kind, subject=subject, profession=profession, limit=limit)
    return Panel(template_name="resources/_training_panel.html", context={"training": training})


training_for_domain = partial(training_panel, kind="domain")
training_for_level = partial(training_panel, kind="level")
training_for_capability = partial(training_panel, kind="capability")
# One cell of the map, a (domain, level) pair: the three best for both.
training_for_cell = partial(training_panel, kind="cell", limit=3)
# "Your next step": the three best for the level to come.
training_for_next_step = partial(training_panel, kind="level", limit=3)
