from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def show_map(request: HttpRequest) -> HttpResponse:
    return render(
        request, "pathways/map.html", {"page_title": "The educator pathway", "breadcrumbs": [("Home", "/")]}
    )
