import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from accounts.forms import DeleteAccountForm, ProfileForm
from accounts.services import account_delete, personal_data_collect

MY_PATHWAY_CRUMB = ("My pathway", "/my/")


@require_safe
def show_my_pathway(request: HttpRequest) -> HttpResponse:
    """The home of everything personal. Signed out, it says what an account adds and that none is needed."""
    return render(
        request, "accounts/my_pathway.html", {"page_title": "My pathway", "breadcrumbs": [("Home", "/")]}
    )


@require_safe
@login_required
def show_profile(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "accounts/profile.html",
        {"page_title": "Your profile", "breadcrumbs": [("Home", "/"), MY_PATHWAY_CRUMB]},
    )


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def edit_profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST if request.method == "POST" else None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your profile has been saved")
        return redirect("accounts:profile")
    return render(
        request,
        "accounts/edit_profile.html",
        {
            "page_title": "Edit your profile",
            "form": form,
            "breadcrumbs": [("Home", "/"), MY_PATHWAY_CRUMB, ("Your profile", "/my/profile/")],
        },
    )


@require_safe
@login_required
@never_cache
def download_my_data(request: HttpRequest) -> HttpResponse:
    data = personal_data_collect(user=request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="ahp-educator-pathways-my-data.json"'
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        account_delete(user=user)
        messages.success(request, "Your account and everything saved in it have been deleted")
        return redirect("home")
    return render(
        request,
        "accounts/delete_account.html",
        {
            "page_title": "Delete your account",
            "form": form,
            "breadcrumbs": [("Home", "/"), MY_PATHWAY_CRUMB, ("Your profile", "/my/profile/")],
        },
    )
