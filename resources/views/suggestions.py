"""Suggest a resource that is missing from the catalogue. Suggestions wait in admin for a curator."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from config.rate_limits import client_address
from resources import services
from resources.learning_forms import SuggestionForm

TRAINING_CRUMBS = [("Home", "/"), ("Find training", "/resources/")]


@require_http_methods(["GET", "HEAD", "POST"])
def suggest_resource(request: HttpRequest) -> HttpResponse:
    signed_in = request.user.is_authenticated
    form = SuggestionForm(request.POST if request.method == "POST" else None, signed_in=signed_in)
    if request.method == "POST":
        if form.is_from_a_bot:
            # Pretend it worked, so the bot learns nothing; store nothing.
            services.suggestion_allowance_use(client_address=client_address(request))
            return redirect("resources:suggestion_received")
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.suggestion_submit(
                    title=data["title"],
                    url=data["url"],
                    provider_name=data["provider_name"],
                    reason=data["reason"],
                    user=request.user if signed_in else None,
                    email=data.get("email", ""),
                    client_address=client_address(request),
                )
            except services.RateLimited:
                form.add_error(
                    None,
                    "Too many suggestions have been sent from your connection in the last hour. "
                    "Try again later.",
                )
            else:
                return redirect("resources:suggestion_received")
    return render(
        request,
        "resources/suggest.html",
        {
            "page_title": "Suggest a resource",
            "breadcrumbs": TRAINING_CRUMBS,
            "form": form,
            "honeypot": form["website"],
            "fields": form.visible_fields_without_honeypot(),
        },
    )


@require_safe
def show_suggestion_received(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "resources/suggestion_received.html",
        {
            "page_title": "Thank you for your suggestion",
            "breadcrumbs": TRAINING_CRUMBS,
            "suggest_url": reverse("resources:suggest"),
        },
    )
