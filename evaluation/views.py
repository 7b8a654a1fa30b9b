from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from accounts.staff_groups import EVALUATORS


def _require_evaluator(request: HttpRequest) -> None:
    user = request.user
    if not (user.is_superuser or user.groups.filter(name=EVALUATORS).exists()):
        raise PermissionDenied


@require_safe
@login_required
def show_dashboard(request: HttpRequest) -> HttpResponse:
    _require_evaluator(request)
    return render(
        request, "evaluation/dashboard.html", {"page_title": "Evaluation", "breadcrumbs": [("Home", "/")]}
    )
