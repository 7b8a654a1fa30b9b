"""Share your story: an educator offers their story; it waits in admin for a curator (like training
suggestions in resources), under the same rate limit and honeypot."""

from django import forms
from django.utils import timezone

from config.forms import HoneypotForm
from config.rate_limits import ONE_HOUR, take_from_allowance, use_allowance_quietly
from pathways.models import StorySubmission

STORIES_PER_HOUR = 5
CONSENT_STATEMENT = (
    "I agree that AHP Educator Pathways may keep my story, edit it for length and clarity, and publish it "
    "with the name I give (or none), my profession and step. I have left out anything that could identify "
    "a learner, a patient or a colleague."
)


def _allowance_key(client_address: str) -> str:
    return f"rate-limit:story:{client_address}"


class StoryForm(HoneypotForm):
    title = forms.CharField(
        label="A title for your story",
        max_length=200,
        error_messages={
            "required": "Enter a title for your story",
            "max_length": "The title must be 200 characters or fewer",
        },
    )
    story = forms.CharField(
        label="Your story",
        help_text="What happened, what you did as an educator, and what you learned. Leave out names and "
        "anything that could identify a learner, a patient or a colleague.",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={
            "required": "Enter your story",
            "max_length": "Your story must be 5,000 characters or fewer",
        },
    )
    profession = forms.ChoiceField(
        label="Your profession",
        error_messages={
            "required": "Select your profession",
            "invalid_choice": "Select your profession from the list",
        },
    )
    level = forms.ChoiceField(
        label="The step your story is about",
        error_messages={"required": "Select a step", "invalid_choice": "Select a step from the list"},
    )
    domain = forms.ChoiceField(
        label="The domain it shows best (optional)",
        required=False,
        error_messages={"invalid_choice": "Select a domain from the list"},
    )
    name_to_show = forms.CharField(
        label="The name to show (optional)",
        help_text="A first name or a made-up one. Leave it empty to stay anonymous.",
        max_length=80,
        required=False,
        error_messages={"max_length": "The name must be 80 characters or fewer"},
    )
    email = forms.EmailField(
        label="Your e-mail address (optional)",
        help_text="Only if you are happy for a curator to ask you about your story.",
        required=False,
        error_messages={"invalid": "Enter an e-mail address in the correct format, like name@example.com"},
    )
    consent = forms.BooleanField(
        label=CONSENT_STATEMENT,
        error_messages={"required": "Tick the box to agree, so that we can keep and publish your story"},
    )

    def __init__(self, *args, framework, professions, signed_in: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.levels = {level.slug: level for level in framework.levels.order_by("position")}
        self.domains = {domain.slug: domain for domain in framework.domains.order_by("number")}
        self.professions = {profession.slug: profession for profession in professions}
        self.fields["profession"].choices = [("", "Choose your profession")] + [
            (slug, profession.name) for slug, profession in self.professions.items()
        ]
        self.fields["level"].choices = [("", "Choose a step")] + [
            (slug, level.label) for slug, level in self.levels.items()
        ]
        self.fields["domain"].choices = [("", "No one domain")] + [
            (slug, str(domain)) for slug, domain in self.domains.items()
        ]
        if signed_in:
            del self.fields["email"]  # linked to the account instead


def story_submit(*, form: StoryForm, user, client_address: str) -> StorySubmission:
    """Store a valid story for moderation. Raises RateLimited after STORIES_PER_HOUR from one address."""
    take_from_allowance(key=_allowance_key(client_address), limit=STORIES_PER_HOUR, window_seconds=ONE_HOUR)
    data = form.cleaned_data
    signed_in = user is not None and user.is_authenticated
    submission = StorySubmission(
        title=data["title"],
        story=data["story"],
        profession=form.professions[data["profession"]],
        level=form.levels[data["level"]],
        domain=form.domains.get(data["domain"]),
        name_to_show=data["name_to_show"],
        consent_given_at=timezone.now(),
        user=user if signed_in else None,
        email="" if signed_in else data.get("email", ""),
    )
    submission.full_clean()
    submission.save()
    return submission


def story_allowance_use(*, client_address: str) -> None:
    use_allowance_quietly(key=_allowance_key(client_address), limit=STORIES_PER_HOUR, window_seconds=ONE_HOUR)


def export_stories(user) -> list[dict]:
    """What "Share your story" holds about a person, for /my/data.json (deletion: the cascade)."""
    return [
        {
            "title": submission.title,
            "story": submission.story,
            "profession": submission.profession.name,
            "step": submission.level.label,
            "name_to_show": submission.name_to_show,
            "consent_given_at": submission.consent_given_at,
            "status": submission.get_status_display(),
            "sent_at": submission.created_at,
        }
        for submission in user.story_submissions.select_related("profession", "level")
    ]
