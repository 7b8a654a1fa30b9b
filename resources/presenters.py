"""Display values for the catalogue: search results, a resource's facts and the empty state, so that
templates stay free of logic and never query."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Avg, Count, Exists, OuterRef
from django.urls import reverse
from django.utils.formats import date_format

from pathways.models import Framework, Profession
from resources import catalogue
from resources.catalogue import FACETS
from resources.models import Resource

CATALOGUE_CRUMBS = [("Home", "/")]


def hours_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    number = f"{value.normalize():f}"
    return f"{number} hour{'' if value == 1 else 's'}"


def cost_text(resource: Resource) -> str:
    cost = resource.get_cost_display()
    return f"{cost}: {resource.price}" if resource.price and resource.cost != Resource.Cost.FREE else cost


@dataclass
class ResultItem:
    title: str
    href: str
    summary: str
    provider: str
    tags: list[str]
    is_demo: bool
    slug: str = ""


def result_items(resources) -> list[ResultItem]:
    return [
        ResultItem(
            title=resource.title,
            href=resource.get_absolute_url(),
            summary=resource.summary,
            provider=resource.provider.name,
            tags=[
                resource.get_format_display(),
                resource.get_delivery_display(),
                *([f"about {hours_text(resource.duration_hours)}"] if resource.duration_hours else []),
                cost_text(resource),
            ],
            is_demo=resource.is_demo,
            slug=resource.slug,
        )
        for resource in resources
    ]


@dataclass
class ChosenFilter:
    text: str
    remove_href: str


def chosen_filters(form, query_dict) -> list[ChosenFilter]:
    """Each ticked filter with a link that removes just that one, for the empty state."""
    chosen = []
    for facet in FACETS:
        labels = form.facet_labels[facet.name]
        for value in form.valid_value(facet.name, []):
            remaining = query_dict.copy()
            remaining.pop("page", None)
            remaining.setlist(facet.name, [v for v in remaining.getlist(facet.name) if v != value])
            chosen.append(
                ChosenFilter(
                    text=f"{facet.label}: {labels.get(value, value)}", remove_href=f"?{remaining.urlencode()}"
                )
            )
    return chosen


def _list_text(items) -> str:
    return ", ".join(str(item) for item in items)


def resource_rows(resource: Resource, *, framework: Framework | None) -> list[dict]:
    """Every fact about a resource, as summary-list rows (prefetch levels, domains, professions)."""
    levels = [level for level in resource.levels.all() if framework and level.framework_id == framework.pk]
    domains = [
        domain for domain in resource.domains.all() if framework and domain.framework_id == framework.pk
    ]
    professions = list(resource.professions.all())
    recognition = []
    if resource.cpd_hours is not None:
        recognition.append(f"{hours_text(resource.cpd_hours)} of CPD")
    if resource.academic_credits is not None:
        recognition.append(f"{resource.academic_credits} academic credits")
    if resource.leads_to_accreditation:
        recognition.append("Leads to accreditation")
    rows = [
        {"key": "Provider", "value": f"{resource.provider.name} ({resource.provider.get_kind_display()})"},
        {"key": "Format", "value": resource.get_format_display()},
        {"key": "How it is delivered", "value": resource.get_delivery_display()},
        {"key": "Cost", "value": cost_text(resource)},
        {"key": "Time needed", "value": hours_text(resource.duration_hours) or "Not stated"},
        {"key": "Levels", "value": _list_text(levels) or "Any level"},
        {"key": "Domains", "value": _list_text(domains) or "Not mapped to a domain"},
        {"key": "Professions", "value": _list_text(professions) or "All professions"},
        {"key": "Region", "value": resource.get_region_display()},
        {"key": "Recognition", "value": "; ".join(recognition) or "None stated"},
        {"key": "Access", "value": resource.get_access_display()},
    ]
    if resource.last_link_check:
        outcome = "link working" if resource.last_link_ok else "link not working"
        detail = f" ({resource.last_link_result})" if resource.last_link_result else ""
        rows.append(
            {
                "key": "Last checked",
                "value": f"{date_format(resource.last_link_check, 'j F Y')}: {outcome}{detail}",
            }
        )
    return rows


@dataclass
class RatingSummary:
    average: float
    count: int

    @property
    def text(self) -> str:
        return (
            f"Rated {self.average:.1f} out of 5 by {self.count} {'person' if self.count == 1 else 'people'}"
        )


def rating_summary(resource: Resource) -> RatingSummary | None:
    result = resource.ratings.aggregate(average=Avg("score"), count=Count("pk"))
    if not result["count"]:
        return None
    return RatingSummary(average=float(result["average"]), count=result["count"])


@dataclass
class TrainingList:
    heading: str
    items: list[ResultItem]
    total: int
    see_all_href: str
    profession_name: str = ""  # the profession the list is ranked for, if any

    @property
    def see_all_text(self) -> str:
        suited = f" suited to {self.profession_name.lower()}" if self.profession_name else ""
        return f"See all {self.total} training resources for {self.heading}{suited}"


TRAINING_LIST_LIMIT = 5


def _training_heading(kind: str, subject) -> str:
    if kind == "capability":
        return f"capability {subject.code}"
    if kind == "cell":
        domain, level = subject
        return f"{domain} at {level.label}"
    return str(subject)


def training_list(
    *, kind: str, subject, profession: Profession | None = None, limit: int = TRAINING_LIST_LIMIT
) -> TrainingList:
    """The first few published resources that build a domain, level or capability, with a link to all of
    them in the catalogue: the one list both the pathway page's panel and /resources/for/ show.

    Ranked, not alphabetical. For a profession: first what names it, then what suits all professions,
    and never what names only other professions (the catalogue's own profession filter, so "see all"
    agrees). Without one: what suits all professions first. Alphabetical within each. Two queries (one
    when there are fewer than the limit)."""
    resources, query_string = catalogue.published_training_for(kind=kind, subject=subject)
    named = Resource.professions.through.objects.filter(resource_id=OuterRef("pk"))
    if profession is None:
        first = ~Exists(named)
    else:
        resources = resources.filter(
            catalogue.facet_condition("profession", [profession.slug], framework=None)
        )
        query_string += f"&profession={profession.slug}"
        first = Exists(named.filter(profession=profession))
    ranked = resources.annotate(ranked_first=first).order_by("-ranked_first", "title")
    items = result_items(ranked[:limit])
    return TrainingList(
        heading=_training_heading(kind, subject),
        items=items,
        total=resources.count() if len(items) == limit else len(items),
        see_all_href=f"{reverse('resources:catalogue')}?{query_string}",
        profession_name=profession.name if profession else "",
    )


@dataclass(frozen=True)
class LearningListItem:
    title: str
    href: str
    slug: str
    provider: str
    format: str
    completed_on: date | None = None


def learning_list(user) -> tuple[list[LearningListItem], list[LearningListItem]]:
    """A person's saved and done training that is still published, newest first: two plain `values()`
    queries, so the list costs no model building (it is rendered on every visit, for one person)."""
    formats = dict(Resource.Format.choices)
    columns = ("resource__slug", "resource__title", "resource__format", "resource__provider__name")
    published = {"resource__status": Resource.Status.PUBLISHED}

    def item(slug, title, format_, provider, completed_on=None) -> LearningListItem:
        href = reverse("resources:detail", kwargs={"slug": slug})
        return LearningListItem(title, href, slug, provider, formats.get(format_, format_), completed_on)

    saved = user.bookmarks.filter(**published).order_by("-created_at").values_list(*columns)
    done = user.completions.filter(**published).order_by("-completed_on")
    done = done.values_list(*columns, "completed_on")
    return [item(*row) for row in saved], [item(*row) for row in done]
