"""The visual pathway map, "find my starting point", one cell of the map, two levels compared, and
"your next step".

Each view renders a full page, or for an htmx request the named partial of the same template
(pathways/views/rendering.py).
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from pathways.context import context_of, remember
from pathways.forms import CompareLevelsForm, NextStepForm, StartingPointForm
from pathways.models import Domain, Framework, Level, Profession
from pathways.presenters.next_step import build_next_step
from pathways.presenters.pathway_map import build_cell_detail, build_level_comparison, build_pathway_map
from pathways.starting_point import RoleRule, suggest_level
from pathways.views.rendering import lazy_context, public_page, render_page

MAP_BREADCRUMBS = [("Home", "/")]
MAP_NAMES = ("framework", "form", "suggestion", "pathway_map")

# Breadcrumbs, like the header, link to plain addresses: the session keeps the visitor's place for them
# (and one link text must not lead to two addresses).
PATHWAY_BREADCRUMBS = [*MAP_BREADCRUMBS, ("The educator pathway", "/pathway/")]


def _profile_answers(request: HttpRequest) -> dict[str, str]:
    """A signed-in person's profession, the starting point form's first value (changeable)."""
    user = request.user
    if not user.is_authenticated:
        return {}
    return {"profession": getattr(user, "profession", "")}


def _starting_point_form(request: HttpRequest, professions: list[Profession]) -> StartingPointForm:
    if any(name in request.GET for name in ("profession", *StartingPointForm.QUESTIONS)):
        return StartingPointForm(request.GET, professions=professions)
    chosen = context_of(request).profession
    initial = {"profession": chosen} if chosen else _profile_answers(request)
    return StartingPointForm(initial=initial, professions=professions)


def _map_context(request: HttpRequest) -> dict:
    framework = Framework.objects.published().first()
    if framework is None:
        return dict.fromkeys(MAP_NAMES)
    pathway_context = context_of(request)
    levels = list(framework.levels.order_by("position"))
    professions = list(Profession.objects.order_by("name"))
    form = _starting_point_form(request, professions)
    suggestion = None
    profession_slug, here_slug = pathway_context.profession, pathway_context.here
    if form.is_bound:
        profession_slug = form.cleaned_data["profession"] if form.is_valid() else ""
    if form.is_bound and form.is_valid() and form.answers is not None:
        roles = framework.roles.prefetch_related("levels")
        suggestion = suggest_level(form.answers, levels, [RoleRule.of(role) for role in roles])
        if suggestion is not None:
            here_slug = suggestion.level.slug
            remember(request, pathway_context.replace(here=here_slug, profession=profession_slug))
    profession = next((p for p in professions if p.slug == profession_slug), None)
    here = next((level for level in levels if level.slug == here_slug), None)
    if form.is_bound and not form.is_valid():
        here = None  # a mistake is explained, not answered with an old step
    pathway_map = build_pathway_map(framework, levels=levels, here=here, profession=profession)
    return {"framework": framework, "form": form, "suggestion": suggestion, "pathway_map": pathway_map}


# The starting point's answers: the step they lead to is remembered (pathways/context.py).
ANSWERS = "registered"


@public_page
def show_map(request: HttpRequest) -> HttpResponse:
    # The starting point's answers lead to a step to remember, so that page is worked out now, kept or not.
    if ANSWERS in request.GET:
        map_context = _map_context(request)
    else:
        map_context = lazy_context(lambda: _map_context(request), MAP_NAMES)
    context = {"page_title": "The educator pathway", "breadcrumbs": MAP_BREADCRUMBS, **map_context}
    # The form starts from a signed-in person's profile, so the kept content varies with it.
    vary = (*sorted(_profile_answers(request).items()), *context_of(request).vary)
    return render_page(request, "pathways/map.html", context, partial="pathway_map", shared=True, vary=vary)


def _cell_context(request: HttpRequest, domain_slug: str, level_slug: str) -> dict:
    framework = Framework.objects.published().first()
    if framework is None:
        raise Http404("No framework is published.")
    domain = get_object_or_404(Domain, framework=framework, slug=domain_slug)
    level = get_object_or_404(Level, framework=framework, slug=level_slug)
    chosen = context_of(request).profession
    profession = Profession.objects.filter(slug=chosen).first() if chosen else None
    return {
        "page_title": f"Domain {domain.number}: {domain.name} at {level.label}",
        "detail": build_cell_detail(domain, level, profession=profession),
    }


@public_page
def show_cell(request: HttpRequest, *, domain_slug: str, level_slug: str) -> HttpResponse:
    context = {
        "breadcrumbs": PATHWAY_BREADCRUMBS,
        **lazy_context(lambda: _cell_context(request, domain_slug, level_slug), ("page_title", "detail")),
    }
    vary = context_of(request).vary
    return render_page(request, "pathways/cell.html", context, partial="cell_detail", shared=True, vary=vary)


def _comparison_context(request: HttpRequest) -> dict:
    context = {"page_title": "Compare two levels", "framework": None, "form": None, "comparison": None}
    framework = Framework.objects.published().first()
    if framework is None:
        return context
    levels = list(framework.levels.order_by("position"))
    professions = list(Profession.objects.order_by("name"))
    bound = "from" in request.GET or "to" in request.GET
    chosen = context_of(request).profession
    form = CompareLevelsForm(
        request.GET if bound else None,
        initial={"profession": chosen},
        levels=levels,
        professions=professions,
    )
    comparison = None
    if bound and form.is_valid():
        by_slug = {level.slug: level for level in levels}
        profession_slug = form.cleaned_data["profession"] if "profession" in request.GET else chosen
        comparison = build_level_comparison(
            framework,
            from_level=by_slug[form.cleaned_data["from"]],
            to_level=by_slug[form.cleaned_data["to"]],
            profession=next((p for p in professions if p.slug == profession_slug), None),
        )
        context["page_title"] = comparison.heading
    return context | {"framework": framework, "form": form, "comparison": comparison}


@public_page
def compare_levels(request: HttpRequest) -> HttpResponse:
    context = {
        "breadcrumbs": PATHWAY_BREADCRUMBS,
        **lazy_context(
            lambda: _comparison_context(request), ("page_title", "framework", "form", "comparison")
        ),
    }
    vary = context_of(request).vary
    return render_page(
        request, "pathways/compare.html", context, partial="comparison", shared=True, vary=vary
    )


def _next_step_context(request: HttpRequest) -> dict:
    context = {"page_title": "Your next step", "framework": None, "form": None, "next_step": None}
    framework = Framework.objects.published().first()
    if framework is None:
        return context
    levels = list(framework.levels.order_by("position"))
    professions = list(Profession.objects.order_by("name"))
    pathway_context = context_of(request)
    data = None
    if "from" in request.GET:
        data = request.GET
    elif pathway_context.here:  # the step they found before (pathways/context.py)
        data = {"from": pathway_context.here, "profession": pathway_context.profession}
    bound = data is not None
    form = NextStepForm(data, levels=levels, professions=professions)
    next_step = None
    if bound and form.is_valid():
        from_level = next(level for level in levels if level.slug == form.cleaned_data["from"])
        profession = next((p for p in professions if p.slug == form.cleaned_data["profession"]), None)
        next_step = build_next_step(framework, from_level=from_level, levels=levels, profession=profession)
        context["page_title"] = f"Your next step from {from_level.label}"
    return context | {"framework": framework, "form": form, "next_step": next_step}


@public_page
def show_next_step(request: HttpRequest) -> HttpResponse:
    context = {
        "breadcrumbs": PATHWAY_BREADCRUMBS,
        **lazy_context(lambda: _next_step_context(request), ("page_title", "framework", "form", "next_step")),
    }
    return render_page(
        request, "pathways/next_step.html", context, shared=True, vary=context_of(request).vary
    )
