"""Service-wide pages: home, the footer's information pages and the health check."""

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

# Slug -> page title for the plain information pages linked from every footer.
INFORMATION_PAGES = {
    "about": "About this service",
    "accessibility": "Accessibility statement",
    "privacy": "Privacy notice",
    "cookies": "Cookies",
    "contact": "Contact us",
    "help": "Help using this service",
}


@require_GET
def show_home(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/home.html", {"page_title": "Grow your career as an AHP educator"})


def show_information_page(request: HttpRequest, *, slug: str) -> HttpResponse:
    return render(
        request,
        f"pages/{slug}.html",
        {"page_title": INFORMATION_PAGES[slug], "breadcrumbs": [("Home", "/")]},
    )


@require_GET
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
