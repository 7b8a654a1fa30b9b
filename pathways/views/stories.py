"""Share your story (GET the form, POST a story), and the thank-you page. Stories wait in admin."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from config.rate_limits import RateLimited, client_address
from pathways.models import Framework, Profession
from pathways.stories import StoryForm, story_allowance_use, story_submit
from pathways.views.rendering import lazy_context, render_page

STORY_CRUMBS = [("Home", "/"), ("Stories", "/pathway/examples/")]
FORM_NAMES = ("form", "honeypot", "fields")


def _story_form(request: HttpRequest) -> StoryForm:
    framework = Framework.objects.published().first()
    if framework is None:
        raise Http404("No framework is published.")
    signed_in = request.user.is_authenticated
    return StoryForm(
        request.POST if request.method == "POST" else None,
        framework=framework,
        professions=Profession.objects.order_by("name"),
        signed_in=signed_in,
        initial={"profession": getattr(request.user, "profession", "")} if signed_in else None,
    )


def _form_context(form: StoryForm) -> dict:
    return {"form": form, "honeypot": form["website"], "fields": form.visible_fields_without_honeypot()}


@require_http_methods(["GET", "HEAD", "POST"])
def share_story(request: HttpRequest) -> HttpResponse:
    page = {"page_title": "Share your story", "breadcrumbs": STORY_CRUMBS}
    if request.method != "POST":
        # The empty form is the same for everyone signed out (and for every signed-in person of one
        # profession), so its page is kept, each visitor's own CSRF token filled in (`{% csrf_input %}`),
        # and built only when it is not (lazy_context).
        context = page | lazy_context(lambda: _form_context(_story_form(request)), FORM_NAMES)
        vary = (getattr(request.user, "profession", ""),)
        return render_page(request, "pathways/share_story.html", context, shared=True, vary=vary)
    form = _story_form(request)
    if form.is_from_a_bot:
        # Pretend it worked, so the bot learns nothing; store nothing.
        story_allowance_use(client_address=client_address(request))
        return redirect("pathways:story_received")
    if form.is_valid():
        try:
            story_submit(form=form, user=request.user, client_address=client_address(request))
        except RateLimited:
            form.add_error(
                None,
                "Too many stories have been sent from your connection in the last hour. Try again later.",
            )
        else:
            return redirect("pathways:story_received")
    return render(request, "pathways/share_story.html", page | _form_context(form))


@require_safe
def show_story_received(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "pathways/story_received.html",
        {"page_title": "Thank you for your story", "breadcrumbs": STORY_CRUMBS},
    )
