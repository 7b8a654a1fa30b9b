"""The training that builds a domain, level or capability, shown on its pathway page.

Registered with pathways.panels in ResourcesConfig.ready, so the pathway pages list published training
server-side (no JavaScript needed) while pathways never imports this app. Two queries per panel.
"""

from django.urls import reverse

from pathways.panels import Panel
from resources import presenters
from resources.models import Resource

TRAINING_LIMIT = 5


def _training_panel(*, subject, relation: str, heading: str, query_string: str) -> Panel:
    published = (
        Resource.objects.published()
        .filter(**{relation: subject})
        .select_related("provider")
        .order_by("title")
    )
    items = presenters.result_items(published[:TRAINING_LIMIT])
    total = published.count() if len(items) == TRAINING_LIMIT else len(items)
    training = presenters.TrainingList(
        heading=heading,
        items=items,
        total=total,
        see_all_href=f"{reverse('resources:catalogue')}?{query_string}",
    )
    return Panel(template_name="resources/_training_panel.html", context={"training": training})


def training_for_domain(domain) -> Panel:
    return _training_panel(
        subject=domain, relation="domains", heading=str(domain), query_string=f"domain={domain.slug}"
    )


def training_for_level(level) -> Panel:
    return _training_panel(
        subject=level, relation="levels", heading=level.name, query_string=f"level={level.slug}"
    )


def training_for_capability(capability) -> Panel:
    return _training_panel(
        subject=capability,
        relation="capabilities",
        heading=f"capability {capability.code}",
        query_string=f"capability={capability.code}",
    )
