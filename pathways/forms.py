"""Forms for reading the framework: find my starting point, compare two levels. Both are plain GET forms."""

from django import forms

from pathways.starting_point import Answers

YES_NO = [("yes", "Yes"), ("no", "No")]


def _yes_no(label: str, hint: str, missing: str) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        help_text=hint,
        choices=YES_NO,
        widget=forms.RadioSelect(attrs={"class": "nhsuk-radios--inline"}),
        error_messages={"required": missing, "invalid_choice": missing},
    )


class StartingPointForm(forms.Form):
    """Five plain questions about what someone does now, and their profession to tailor the examples.

    The questions are a valid query together (`?registered=yes&supervises=yes&...`); the profession alone
    (`?profession=paramedics`) tailors the pathway without a suggestion. pathways/starting_point.py turns
    the answers into a level.
    """

    QUESTIONS = ("registered", "supervises", "signs_off", "leads", "academic")
    field_order = [*QUESTIONS, "profession"]

    profession = forms.ChoiceField(
        label="Your profession",
        required=False,
        help_text="Optional. We use it to show lived examples and training for your profession first.",
        error_messages={"invalid_choice": "Select a profession from the list"},
    )
    registered = _yes_no(
        "Are you a registered practitioner?",
        "Registered with the HCPC, or the General Osteopathic Council for osteopaths. "
        "Choose no if you are a student or apprentice.",
        "Select yes if you are a registered practitioner",
    )
    supervises = _yes_no(
        "Have you supervised or assessed a learner?",
        "A student, apprentice or new colleague, on placement or at work, even for part of a placement.",
        "Select yes if you have supervised or assessed a learner",
    )
    signs_off = _yes_no(
        "Do you sign off assessments?",
        "You make or record the final judgement that a learner has met the standard.",
        "Select yes if you sign off assessments",
    )
    leads = _yes_no(
        "Do you lead education for a team or an organisation?",
        "For example, you run the placements, preceptorship or teaching for a service.",
        "Select yes if you lead education for a team or an organisation",
    )
    academic = _yes_no(
        "Do you hold an academic post?",
        "For example, lecturer, lecturer practitioner or professor, full-time or shared with practice.",
        "Select yes if you hold an academic post",
    )

    def __init__(self, data=None, *args, professions=(), **kwargs):
        super().__init__(data, *args, **kwargs)
        self.fields["profession"].choices = [("", "Any profession"), *((p.slug, p.name) for p in professions)]
        # Profession alone is a valid query: the questions are needed once one is answered, or nothing is.
        if data is not None and data.get("profession") and not any(data.get(name) for name in self.QUESTIONS):
            for name in self.QUESTIONS:
                self.fields[name].required = False

    @property
    def answers(self) -> Answers | None:
        """The answers, once valid and given; None for a profession-only query."""
        if not self.is_valid() or not self.cleaned_data.get("registered"):
            return None
        return Answers(**{name: self.cleaned_data[name] == "yes" for name in self.QUESTIONS})


def level_field(label: str, levels, *, missing: str, not_listed: str) -> forms.ChoiceField:
    """A choice of the framework's levels by slug, each named the one way ("Step 3: Practice educator")."""
    return forms.ChoiceField(
        label=label,
        choices=[("", "Choose a step"), *((level.slug, level.label) for level in levels)],
        error_messages={"required": missing, "invalid_choice": not_listed},
    )


def profession_field(help_text: str) -> forms.ChoiceField:
    return forms.ChoiceField(
        label="Your profession",
        required=False,
        help_text=help_text,
        error_messages={"invalid_choice": "Select a profession from the list"},
    )


class CompareLevelsForm(forms.Form):
    """Two levels of the pathway to set side by side, and optionally a profession for the stories. The
    fields are named `from` and `to` for short URLs."""

    def __init__(self, *args, levels=(), professions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from"] = level_field(
            "From level",
            levels,
            missing="Select the level to compare from",
            not_listed="Select a level to compare from the list",
        )
        self.fields["to"] = level_field(
            "To level",
            levels,
            missing="Select the level to compare with",
            not_listed="Select a level to compare with from the list",
        )
        self.fields["profession"] = profession_field("Optional. We show stories from your profession first.")
        self.fields["profession"].choices = [("", "Any profession"), *((p.slug, p.name) for p in professions)]

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("from") and cleaned_data.get("from") == cleaned_data.get("to"):
            self.add_error("to", "Select a different level to compare with")
        return cleaned_data


class NextStepForm(forms.Form):
    """Where someone is now (`from`), and their profession to tailor the stories and training."""

    def __init__(self, *args, levels=(), professions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from"] = level_field(
            "Which step are you at now?",
            levels,
            missing="Select the step you are at now",
            not_listed="Select the step you are at now from the list",
        )
        self.fields["profession"] = profession_field(
            "Optional. We show stories and training for your profession first."
        )
        self.fields["profession"].choices = [("", "Any profession"), *((p.slug, p.name) for p in professions)]
