"""Suggest a resource that is missing from the catalogue. Suggestions wait in admin for a curator."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from config.rate_limits import client_address
from pathways.views.rendering import lazy_context, render_page
from resources import services
from resources.learning_forms import SuggestionForm

TRAINING_CRUMBS = [("Home", "/"), ("Find training", "/resources/")]
FORM_NAMES = ("form", "honeypot", "fields")


def _form_context(form: SuggestionForm) -> dict:
    return {"form": form, "honeypot": form["website"], "fields": form.visible_fields_without_honeypot()}


@require_http_methods(["GET", "HEAD", "POST"])
def suggest_resource(request: HttpRequest) -> HttpResponse:
    signed_in = request.user.is_authenticated
    page = {"page_title": "Suggest a resource", "breadcrumbs": TRAINING_CRUMBS}
    if request.method != "POST":
        # The empty form is the same for everyone signed out, and for everyone signed in: kept, each
        # visitor's own CSRF token filled in ({% csrf_input %}), built only when it is not.
        context = page | lazy_context(lambda: _form_context(SuggestionForm(signed_in=signed_in)), FORM_NAMES)
        return render_page(request, "resources/suggest.html", context, shared=True)
    form = SuggestionForm(request.POST, signed_in=signed_in)
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
                "Too many suggestions have been sent from your connection in the last hour. Try again later.",
            )
        else:
            return redirect("resources:suggestion_received")
    return render(request, "resources/suggest.html", page | _form_context(form))


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
