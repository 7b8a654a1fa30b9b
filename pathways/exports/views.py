"""Open downloads of the published framework: a CASE 1.1 package and a CSV of capabilities."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404

from pathways.exports.case import framework_to_case_package
from pathways.exports.csv import framework_to_csv
from pathways.models import Framework
from pathways.views.rendering import public_page

CSV_FILENAME = "ahp-educator-career-framework.csv"


@public_page
def download_case_package(request: HttpRequest) -> JsonResponse:
    framework = get_object_or_404(Framework.objects.published())
    package = framework_to_case_package(framework, base_url=request.build_absolute_uri("/"))
    return JsonResponse(package, json_dumps_params={"ensure_ascii": False, "indent": 2})


@public_page
def download_csv(request: HttpRequest) -> HttpResponse:
    framework = get_object_or_404(Framework.objects.published())
    response = HttpResponse(framework_to_csv(framework), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{CSV_FILENAME}"'
    return response
