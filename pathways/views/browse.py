"""Reading the published framework item by item: a domain, a level, a capability, lived examples and
where the framework comes from. Thin views: the presenters in pathways/presenters/browse.py build the
structures, with a fixed number of queries."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET

from pathways import panels
from pathways.example_filters import ExampleFilterForm
from pathways.presenters import browse as presenters


@require_GET
def show_domain(request: HttpRequest, slug: str) -> HttpResponse:
    framework = presenters.published_framework()
    page = presenters.build_domain_page(
        framework=framework, slug=slug, profession_slug=request.GET.get("profession")
    )
    return render(
        request,
        "pathways/domain.html",
        {
            "page_title": f"Domain {page.domain.number}: {page.domain.name}",
            "breadcrumbs": presenters.PATHWAY_CRUMBS,
            "page": page,
            "tailoring": page.tailoring,
            "path": request.path,
            "panels": panels.panels_for("domain", page.domain),
        },
    )


@require_GET
def show_level(request: HttpRequest, slug: str) -> HttpResponse:
    framework = presenters.published_framework()
    page = presenters.build_level_page(
        framework=framework, slug=slug, profession_slug=request.GET.get("profession")
    )
    return render(
        request,
        "pathways/level.html",
        {
            "page_title": page.level.name,
            "breadcrumbs": presenters.PATHWAY_CRUMBS,
            "page": page,
            "tailoring": page.tailoring,
            "path": request.path,
            "panels": panels.panels_for("level", page.level),
        },
    )


@require_GET
def show_capability(request: HttpRequest, code: str) -> HttpResponse:
    framework = presenters.published_framework()
    page = presenters.build_capability_page(
        framework=framework, code=code, profession_slug=request.GET.get("profession")
    )
    capability = page.capability
    return render(
        request,
        "pathways/capability.html",
        {
            "page_title": f"Capability {capability.code}",
            "breadcrumbs": [
                *presenters.PATHWAY_CRUMBS,
                (
                    f"Domain {capability.domain.number}: {capability.domain.name}",
                    capability.domain.get_absolute_url(),
                ),
            ],
            "page": page,
            "tailoring": page.tailoring,
            "path": request.path,
            "panels": panels.panels_for("capability", capability),
        },
    )


@require_GET
def list_examples(request: HttpRequest) -> HttpResponse:
    framework = presenters.published_framework()
    form = ExampleFilterForm(request.GET or None, framework=framework)
    if form.is_bound:
        form.is_valid()  # errors are shown in the summary; valid fields still filter
    examples = list(form.filter(presenters.lived_examples_with_place().filter(framework=framework)))
    is_htmx = request.headers.get("HX-Request") == "true"
    context = {
        "examples": examples,
        "count_text": presenters.count_text(len(examples)),
        "filtered": any(request.GET.get(name) for name in form.fields),
        "is_htmx": is_htmx,
    }
    if is_htmx:
        response = render(request, "pathways/examples.html#example_results", context)
    else:
        response = render(
            request,
            "pathways/examples.html",
            {
                **context,
                "page_title": "Lived examples",
                "breadcrumbs": presenters.PATHWAY_CRUMBS,
                "form": form,
            },
        )
    patch_vary_headers(response, ["HX-Request"])
    return response


@require_GET
def show_example(request: HttpRequest, slug: str) -> HttpResponse:
    framework = presenters.published_framework()
    example = presenters.build_example_page(framework=framework, slug=slug)
    return render(
        request,
        "pathways/example.html",
        {
            "page_title": example.title,
            "breadcrumbs": [*presenters.PATHWAY_CRUMBS, ("Lived examples", reverse("pathways:examples"))],
            "example": example,
            "summary_rows": presenters.example_summary_rows(example),
        },
    )


@require_GET
def show_about(request: HttpRequest) -> HttpResponse:
    framework = presenters.published_framework()
    return render(
        request,
        "pathways/about.html",
        {
            "page_title": "About the framework",
            "breadcrumbs": presenters.PATHWAY_CRUMBS,
            "page": presenters.build_about_page(framework=framework),
        },
    )
