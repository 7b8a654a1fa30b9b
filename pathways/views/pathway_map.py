"""The visual pathway map, "find my starting point", one cell of the map, and two levels compared.

Each view renders a full page, or for an htmx request the named partial of the same template, and says
so in `Vary: HX-Request` so no cache mixes them up.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET

from pathways.forms import CompareLevelsForm, StartingPointForm
from pathways.models import Domain, Framework, Level, Profession
from pathways.presenters.pathway_map import build_cell_detail, build_level_comparison, build_pathway_map
from pathways.starting_point import suggest_level

MAP_BREADCRUMBS = [("Home", "/")]


def _render(request: HttpRequest, template: str, partial: str, context: dict) -> HttpResponse:
    name = f"{template}#{partial}" if request.htmx else template
    response = render(request, name, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def _starting_point_form(request: HttpRequest, professions: list[Profession]) -> StartingPointForm:
    if "role" in request.GET or "profession" in request.GET:
        return StartingPointForm(request.GET, professions=professions)
    initial = {}
    user = request.user
    if user.is_authenticated:
        # Start from the person's profile: they can change either answer before they submit.
        initial = {"profession": getattr(user, "profession", ""), "role": getattr(user, "educator_role", "")}
    return StartingPointForm(initial=initial, professions=professions)


@require_GET
def show_map(request: HttpRequest) -> HttpResponse:
    context = {"page_title": "The educator pathway", "breadcrumbs": MAP_BREADCRUMBS}
    framework = Framework.objects.published().first()
    if framework is None:
        return _render(request, "pathways/map.html", "pathway_map", context)

    levels = list(framework.levels.order_by("position"))
    professions = list(Profession.objects.order_by("name"))
    form = _starting_point_form(request, professions)
    suggestion = profession = None
    if form.is_bound and form.is_valid():
        if form.cleaned_data["role"]:
            suggestion = suggest_level(form.cleaned_data["role"], levels)
        profession = next((p for p in professions if p.slug == form.cleaned_data["profession"]), None)
    pathway_map = build_pathway_map(
        framework, levels=levels, here=suggestion.level if suggestion else None, profession=profession
    )
    context |= {"framework": framework, "form": form, "suggestion": suggestion, "pathway_map": pathway_map}
    return _render(request, "pathways/map.html", "pathway_map", context)


@require_GET
def show_cell(request: HttpRequest, *, domain_slug: str, level_slug: str) -> HttpResponse:
    framework = Framework.objects.published().first()
    if framework is None:
        raise Http404("No framework is published.")
    domain = get_object_or_404(Domain, framework=framework, slug=domain_slug)
    level = get_object_or_404(Level, framework=framework, slug=level_slug)
    detail = build_cell_detail(domain, level)
    context = {
        "page_title": f"Domain {domain.number}: {domain.name} at {level.name}",
        "breadcrumbs": [*MAP_BREADCRUMBS, ("The educator pathway", "/pathway/")],
        "detail": detail,
    }
    return _render(request, "pathways/cell.html", "cell_detail", context)


@require_GET
def compare_levels(request: HttpRequest) -> HttpResponse:
    context = {
        "page_title": "Compare two levels",
        "breadcrumbs": [*MAP_BREADCRUMBS, ("The educator pathway", "/pathway/")],
    }
    framework = Framework.objects.published().first()
    if framework is None:
        return _render(request, "pathways/compare.html", "comparison", context)

    levels = list(framework.levels.order_by("position"))
    bound = "from" in request.GET or "to" in request.GET
    form = CompareLevelsForm(request.GET if bound else None, levels=levels)
    comparison = None
    if bound and form.is_valid():
        by_slug = {level.slug: level for level in levels}
        comparison = build_level_comparison(
            framework,
            from_level=by_slug[form.cleaned_data["from"]],
            to_level=by_slug[form.cleaned_data["to"]],
        )
    if comparison:
        context["page_title"] = comparison.heading
    context |= {"framework": framework, "form": form, "comparison": comparison}
    return _render(request, "pathways/compare.html", "comparison", context)
