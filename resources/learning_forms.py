"""Forms for a person's own records (rating) and for public suggestions. Model-level limits (score 1-5,
comment 2,000 characters) are repeated here so the person sees a clear NHS error, not a database error."""

from django import forms

from config.forms import HoneypotForm
from resources.models import Rating, Suggestion

SCORE_CHOICES = [
    (1, "1 – Not useful"),
    (2, "2 – Slightly useful"),
    (3, "3 – Quite useful"),
    (4, "4 – Useful"),
    (5, "5 – Very useful"),
]
COMMENT_MAX_LENGTH = 2000


class RatingForm(forms.Form):
    score = forms.TypedChoiceField(
        label="How useful was this resource for your role as a practice educator?",
        choices=SCORE_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Select how useful the resource was, from 1 to 5",
            "invalid_choice": "Select how useful the resource was, from 1 to 5",
        },
    )
    comment = forms.CharField(
        label="Comment (optional)",
        help_text="What helped, or what was missing. Do not include personal information about anyone.",
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"max_length": "Comment must be 2,000 characters or fewer"},
    )

    @classmethod
    def for_rating(cls, rating: Rating | None, data=None) -> "RatingForm":
        initial = {"score": rating.score, "comment": rating.comment} if rating else None
        return cls(data, initial=initial)


class SuggestionForm(HoneypotForm):
    title = forms.CharField(
        label="Name of the resource",
        max_length=Suggestion._meta.get_field("title").max_length,
        error_messages={
            "required": "Enter the name of the resource",
            "max_length": "Name of the resource must be 250 characters or fewer",
        },
    )
    url = forms.URLField(
        label="Web address",
        help_text="For example, https://www.example.nhs.uk/course",
        max_length=Suggestion._meta.get_field("url").max_length,
        assume_scheme="https",
        error_messages={
            "required": "Enter the web address of the resource",
            "invalid": "Enter a web address in the correct format, like https://www.example.nhs.uk/course",
            "max_length": "Web address must be 500 characters or fewer",
        },
    )
    provider_name = forms.CharField(
        label="Who provides it (optional)",
        required=False,
        max_length=Suggestion._meta.get_field("provider_name").max_length,
        error_messages={"max_length": "Provider must be 200 characters or fewer"},
    )
    reason = forms.CharField(
        label="Why it helps practice educators (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"max_length": "Why it helps must be 2,000 characters or fewer"},
    )
    email = forms.EmailField(
        label="Your e-mail address",
        help_text="We only use it if we need to ask you about your suggestion.",
        error_messages={
            "required": "Enter your e-mail address",
            "invalid": "Enter an e-mail address in the correct format, like name@example.com",
        },
    )

    def __init__(self, *args, signed_in: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if signed_in:
            # Signed in, the suggestion is linked to the account, so no address is asked for.
            del self.fields["email"]
