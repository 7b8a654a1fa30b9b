"""Reading the published framework item by item: a domain, a level, a capability, lived examples and
where the framework comes from. Thin views: the presenters in pathways/presenters/browse.py build the
structures, with a fixed number of queries."""

from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from pathways import panels
from pathways.context import context_of, with_context
from pathways.example_filters import ExampleFilterForm
from pathways.presenters import browse as presenters
from pathways.views.rendering import lazy_context, public_page, render_page


def _render_tailored_page(request: HttpRequest, kind: str, *, build, title, breadcrumbs=None, **lookup):
    """A domain, level or capability page, tailored by the visitor's profession (`?profession=`, or the
    one they chose before: pathways/context.py). Its context is built on first use (lazy_context), so a
    kept page costs no queries."""
    pathway_context = context_of(request)

    def context_of_page() -> dict:
        page = build(
            framework=presenters.published_framework(),
            profession_slug=pathway_context.profession,
            **lookup,
        )
        item = getattr(page, kind)
        return {
            "page_title": title(item),
            "page": page,
            "tailoring": page.tailoring,
            "panels": panels.panels_for(kind, item, profession=page.tailoring.profession),
            "breadcrumbs": breadcrumbs(item) if breadcrumbs else presenters.PATHWAY_CRUMBS,
        }

    names = ("page_title", "page", "tailoring", "panels", "breadcrumbs")
    context = {"path": request.path, **lazy_context(context_of_page, names)}
    return render_page(request, f"pathways/{kind}.html", context, shared=True, vary=pathway_context.vary)


@public_page
def show_domain(request: HttpRequest, slug: str) -> HttpResponse:
    return _render_tailored_page(
        request,
        "domain",
        build=presenters.build_domain_page,
        title=lambda domain: f"Domain {domain.number}: {domain.name}",
        slug=slug,
    )


@public_page
def show_level(request: HttpRequest, slug: str) -> HttpResponse:
    return _render_tailored_page(
        request, "level", build=presenters.build_level_page, title=lambda level: level.label, slug=slug
    )


@public_page
def show_capability(request: HttpRequest, code: str) -> HttpResponse:
    return _render_tailored_page(
        request,
        "capability",
        build=presenters.build_capability_page,
        title=lambda capability: f"Capability {capability.code}",
        # The domain crumb carries the visitor's place, as the page's own link to the domain does.
        breadcrumbs=lambda capability: [
            *presenters.PATHWAY_CRUMBS,
            (str(capability.domain), with_context(capability.domain.get_absolute_url(), context_of(request))),
        ],
        code=code,
    )


def _examples_context(request: HttpRequest) -> dict:
    framework = presenters.published_framework()
    form = ExampleFilterForm(request.GET or None, framework=framework)
    if form.is_bound:
        form.is_valid()  # errors are shown in the summary; valid fields still filter
    examples = list(form.filter(presenters.lived_examples_with_place().filter(framework=framework)))
    return {
        "form": form,
        "examples": examples,
        "count_text": presenters.count_text(len(examples)),
        "filtered": any(request.GET.get(name) for name in form.fields),
    }


@public_page
def list_examples(request: HttpRequest) -> HttpResponse:
    context = {
        "page_title": "Lived examples",
        "breadcrumbs": presenters.PATHWAY_CRUMBS,
        **lazy_context(lambda: _examples_context(request), ("form", "examples", "count_text", "filtered")),
    }
    return render_page(request, "pathways/examples.html", context, partial="example_results", shared=True)


@public_page
def show_example(request: HttpRequest, slug: str) -> HttpResponse:
    def build() -> dict:
        example = presenters.build_example_page(framework=presenters.published_framework(), slug=slug)
        return {
            "page_title": example.title,
            "example": example,
            "summary_rows": presenters.example_summary_rows(example),
        }

    context = {
        "breadcrumbs": [*presenters.PATHWAY_CRUMBS, ("Lived examples", reverse("pathways:examples"))],
        **lazy_context(build, ("page_title", "example", "summary_rows")),
    }
    return render_page(request, "pathways/example.html", context, shared=True)


@public_page
def show_about(request: HttpRequest) -> HttpResponse:
    context = {
        "page_title": "About the framework",
        "breadcrumbs": presenters.PATHWAY_CRUMBS,
        **lazy_context(
            lambda: {"page": presenters.build_about_page(framework=presenters.published_framework())},
            ["page"],
        ),
    }
    return render_page(request, "pathways/about.html", context, shared=True)
