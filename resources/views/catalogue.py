"""Finding training: the searchable catalogue, one resource, the counted way out to it, and the short
training lists that pathway pages load. Thin views: resources/catalogue.py filters and counts,
resources/presenters.py builds what the templates show."""

from django.core.paginator import Paginator
from django.core.validators import slug_re as SLUG
from django.db import IntegrityError, transaction
from django.db.models import F, prefetch_related_objects
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from pathways.models import Capability, Domain, Framework, Level, Profession
from pathways.views.rendering import lazy_context, public_page, render_page
from resources import catalogue, presenters
from resources.forms import CatalogueFilterForm
from resources.models import Resource, ResourceVisitCount
from resources.services import personal_state_for

CATALOGUE_NAMES = (
    "form",
    "facet_groups",
    "page_obj",
    "results",
    "count_text",
    "query_string_base",
    "chosen_filters",
    "keywords",
    "filtered",
)


def _catalogue_context(request: HttpRequest) -> dict:
    framework = Framework.objects.published().first()
    # No sort chosen means "Best match": relevance when searching, title order otherwise. The select is
    # left unset so that typing keywords after landing on the page still ranks by relevance.
    form = CatalogueFilterForm(request.GET, choices=catalogue.facet_choices(framework))
    form.is_valid()  # invalid fields are reported and ignored; valid ones still filter
    text = form.valid_value("q")
    results = catalogue.find_training(
        text=text,
        filters=form.filters(),
        sort=form.valid_value("sort"),
        framework=framework,
        capability=form.valid_value("capability"),
    )
    form.show_counts(results.facet_counts)
    page_obj = Paginator(results.resources, catalogue.PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "form": form,
        "facet_groups": form.facet_groups(),
        "page_obj": page_obj,
        "results": presenters.result_items(page_obj.object_list),
        "count_text": catalogue.count_text(page_obj.paginator.count),
        "query_string_base": query.urlencode(),
        "chosen_filters": presenters.chosen_filters(form, request.GET),
        "keywords": text,
        "filtered": bool(text or any(form.filters().values()) or form.valid_value("capability")),
    }


@public_page
def show_catalogue(request: HttpRequest) -> HttpResponse:
    context = {
        "page_title": "Find training",
        "breadcrumbs": presenters.CATALOGUE_CRUMBS,
        **lazy_context(lambda: _catalogue_context(request), CATALOGUE_NAMES),
    }
    return render_page(request, "resources/catalogue.html", context, partial="catalogue_results", shared=True)


@public_page
def show_resource(request: HttpRequest, slug: str) -> HttpResponse:
    resource = get_object_or_404(Resource.objects.published().select_related("provider"), slug=slug)

    def facts() -> dict:
        prefetch_related_objects([resource], "levels", "domains", "professions")
        framework = Framework.objects.published().first()
        capabilities = (
            Capability.objects.in_framework(framework).with_place().filter(resources=resource)
            if framework
            else Capability.objects.none()
        )
        related = (
            Resource.objects.published()
            .select_related("provider")
            .filter(
                pk__in=Resource.domains.through.objects.filter(domain__resources=resource).values(
                    "resource_id"
                )
            )
            .exclude(pk=resource.pk)
            .order_by("title")[:4]
        )
        return {
            "rows": presenters.resource_rows(resource, framework=framework),
            "capabilities": list(capabilities),
            "related": presenters.result_items(related),
            "rating": presenters.rating_summary(resource),
        }

    # The facts are kept per content version (resources/resource.html); "Your learning" is this person's.
    context = {
        "page_title": resource.title,
        "breadcrumbs": [*presenters.CATALOGUE_CRUMBS, ("Find training", reverse("resources:catalogue"))],
        "resource": resource,
        "go_href": reverse("resources:go", kwargs={"slug": resource.slug}),
        "personal": personal_state_for(request.user, resource),
        **lazy_context(facts, ("rows", "capabilities", "related", "rating")),
    }
    return render(request, "resources/resource.html", context)


@never_cache
@require_safe
def go_to_resource(request: HttpRequest, slug: str) -> HttpResponse:
    resource = get_object_or_404(Resource.objects.published().only("pk", "url"), slug=slug)
    count_visit(resource=resource)
    return redirect(resource.url)


def count_visit(*, resource: Resource) -> None:
    """Add one to today's count for the resource: one row per resource per day, no personal data."""
    today = timezone.localdate()
    updated = ResourceVisitCount.objects.filter(resource=resource, day=today).update(count=F("count") + 1)
    if updated:
        return
    try:
        with transaction.atomic():
            ResourceVisitCount.objects.create(resource=resource, day=today, count=1)
    except IntegrityError:  # someone else created today's row between our update and create
        ResourceVisitCount.objects.filter(resource=resource, day=today).update(count=F("count") + 1)


def _chosen_profession(request: HttpRequest) -> Profession | None:
    """`?profession=<slug>`, to rank the list for it; anything that is not a known profession's slug
    ranks for none (checked as a slug first, so no stray byte reaches the database)."""
    slug = request.GET.get("profession", "")
    if not slug or not SLUG.fullmatch(slug):
        return None
    return Profession.objects.filter(slug=slug).first()


@public_page
def show_training_for(request: HttpRequest, kind: str, key: str) -> HttpResponse:
    framework = Framework.objects.published().first()
    if framework is None or kind not in catalogue.TRAINING_KINDS:
        raise Http404("No such framework item")
    try:
        subject = catalogue.training_subject(kind=kind, key=key, framework=framework)
    except (Domain.DoesNotExist, Level.DoesNotExist, Capability.DoesNotExist):
        raise Http404("No such framework item") from None
    profession = _chosen_profession(request)
    training = presenters.training_list(kind=kind, subject=subject, profession=profession)
    subject_href = subject.get_absolute_url() + (f"?profession={profession.slug}" if profession else "")
    context = {
        "page_title": f"Training for {training.heading}",
        "breadcrumbs": [*presenters.CATALOGUE_CRUMBS, ("Find training", reverse("resources:catalogue"))],
        "training": training,
        "subject": subject,
        "subject_href": subject_href,
        "signed_in": request.user.is_authenticated,
    }
    return render_page(request, "resources/training_for.html", context, partial="training_list", shared=True)
