"""A person's own learning: bookmarks ("My learning list"), marking done, and rating usefulness.

Every change is a POST form that redirects back (POST → redirect → GET), so it all works without
JavaScript; with htmx the bookmark and done buttons swap their own region in place.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from resources import presenters, services
from resources.learning_forms import RatingForm
from resources.models import Resource

LEARNING_LIST_CRUMBS = [("Home", "/"), ("My pathway", "/my/")]


def _published_resource(slug: str) -> Resource:
    return get_object_or_404(Resource.objects.published().select_related("provider"), slug=slug)


def _back_to(request: HttpRequest, resource: Resource) -> str:
    """Where to go after a change: a safe `next` on this site, or the resource's own page."""
    next_url = request.POST.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return resource.get_absolute_url()


def _personal_actions(request: HttpRequest, resource: Resource) -> HttpResponse:
    """The detail page's personal-actions region alone, for htmx to swap in place."""
    return render(
        request,
        "resources/_personal_actions.html",
        {
            "resource": resource,
            "user": request.user,
            "personal": services.personal_state_for(request.user, resource),
            "announcement": True,
        },
    )


@require_safe
@login_required
def show_learning_list(request: HttpRequest) -> HttpResponse:
    bookmarks, completions = presenters.learning_list(request.user)
    return render(
        request,
        "resources/learning_list.html",
        {
            "page_title": "My learning list",
            "breadcrumbs": LEARNING_LIST_CRUMBS,
            "bookmarks": bookmarks,
            "completions": completions,
        },
    )


@require_POST
@login_required
@vary_on_headers("HX-Request")
def toggle_bookmark(request: HttpRequest, slug: str) -> HttpResponse:
    resource = _published_resource(slug)
    action = request.POST.get("action")
    if action == "remove":
        services.bookmark_remove(user=request.user, resource=resource)
        bookmarked = False
    elif action == "add":  # "Save" on a shared training list, which cannot know what is saved already
        services.bookmark_add(user=request.user, resource=resource)
        bookmarked = True
    else:
        bookmarked = services.bookmark_toggle(user=request.user, resource=resource)
    if request.htmx:
        return _personal_actions(request, resource)
    if bookmarked:
        messages.success(request, f"“{resource.title}” has been added to your learning list")
    else:
        messages.success(request, f"“{resource.title}” has been removed from your learning list")
    return redirect(_back_to(request, resource))


@require_POST
@login_required
@vary_on_headers("HX-Request")
def mark_done(request: HttpRequest, slug: str) -> HttpResponse:
    resource = _published_resource(slug)
    if request.POST.get("action") == "remove":
        services.completion_remove(user=request.user, resource=resource)
        done = False
    else:
        done = services.completion_toggle(user=request.user, resource=resource)
    if request.htmx:
        return _personal_actions(request, resource)
    if done:
        messages.success(request, f"“{resource.title}” has been marked as done")
    else:
        messages.success(request, f"“{resource.title}” is no longer marked as done")
    return redirect(_back_to(request, resource))


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def rate_resource(request: HttpRequest, slug: str) -> HttpResponse:
    resource = _published_resource(slug)
    existing = services.personal_state_for(request.user, resource).rating
    form = RatingForm.for_rating(existing, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.rating_record(
                user=request.user,
                resource=resource,
                score=form.cleaned_data["score"],
                comment=form.cleaned_data["comment"],
            )
        except services.RateLimited:
            form.add_error(
                None, "You have changed your ratings too many times in the last hour. Try again later."
            )
        else:
            messages.success(request, f"Thank you. Your rating of “{resource.title}” has been saved")
            return redirect(resource.get_absolute_url())
    return render(
        request,
        "resources/rate.html",
        {
            "page_title": f"Rate {resource.title}",
            "breadcrumbs": [
                ("Home", "/"),
                ("Find training", reverse("resources:catalogue")),
                (resource.title, resource.get_absolute_url()),
            ],
            "resource": resource,
            "form": form,
            "existing": existing,
        },
    )
