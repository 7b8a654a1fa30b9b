from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def show_catalogue(request: HttpRequest) -> HttpResponse:
    return render(
        request, "resources/catalogue.html", {"page_title": "Find training", "breadcrumbs": [("Home", "/")]}
    )
