"""Service-wide pages: home, the footer's information pages and the health check."""

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from pathways.views.rendering import public_page, render_page

# Slug -> page title for the plain information pages linked from every footer.
INFORMATION_PAGES = {
    "about": "About this service",
    "accessibility": "Accessibility statement",
    "privacy": "Privacy notice",
    "cookies": "Cookies",
    "contact": "Contact us",
    "help": "Help using this service",
}


@public_page
def show_home(request: HttpRequest) -> HttpResponse:
    context = {"page_title": "Grow your career as an AHP educator"}
    return render_page(request, "pages/home.html", context, shared=True)


@public_page
def show_information_page(request: HttpRequest, *, slug: str) -> HttpResponse:
    context = {"page_title": INFORMATION_PAGES[slug], "breadcrumbs": [("Home", "/")]}
    return render_page(request, f"pages/{slug}.html", context, shared=True)


ROBOTS_TXT = """\
User-agent: *
Disallow: /my/
Disallow: /admin/
Disallow: /evaluation/
Disallow: /resources/*/go
"""


@public_page
def show_robots_txt(request: HttpRequest) -> HttpResponse:
    """Search engines may read the framework, the catalogue and how to sign in or up; personal pages, staff
    pages and the counted way out to a provider are not for them."""
    return HttpResponse(ROBOTS_TXT, content_type="text/plain; charset=utf-8")


@require_safe
@never_cache
def check_health(request: HttpRequest) -> JsonResponse:
    """For load balancers: 200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
