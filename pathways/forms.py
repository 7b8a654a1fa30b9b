"""Forms for reading the framework: find my starting point, compare two levels. Both are plain GET forms."""

from django import forms

from accounts.choices import EducatorRole


class StartingPointForm(forms.Form):
    """What I do now as an educator (and, optionally, my profession, to tailor the examples).

    Either field alone is a valid query: `?profession=paramedics` tailors the map without a suggestion.
    """

    profession = forms.ChoiceField(
        label="Your profession",
        required=False,
        help_text="Optional. We use it to show lived examples from your profession.",
        error_messages={"invalid_choice": "Select a profession from the list"},
    )
    role = forms.ChoiceField(
        label="What do you do now as an educator?",
        required=False,
        choices=EducatorRole.choices,
        widget=forms.RadioSelect,
        help_text="Choose the one closest to what you do now.",
        error_messages={"invalid_choice": "Select what you do now as an educator from the list"},
    )

    def __init__(self, *args, professions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["profession"].choices = [("", "Any profession"), *((p.slug, p.name) for p in professions)]

    def clean(self):
        cleaned_data = super().clean()
        if not self.errors and not cleaned_data.get("profession") and not cleaned_data.get("role"):
            self.add_error("role", "Select what you do now as an educator")
        return cleaned_data


class CompareLevelsForm(forms.Form):
    """Two levels of the pathway to set side by side. The fields are named `from` and `to` for short URLs."""

    def __init__(self, *args, levels=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [
            ("", "Choose a level"),
            *((level.slug, level.label) for level in levels),
        ]
        self.fields["from"] = forms.ChoiceField(
            label="From level",
            choices=choices,
            error_messages={
                "required": "Select the level to compare from",
                "invalid_choice": "Select a level to compare from the list",
            },
        )
        self.fields["to"] = forms.ChoiceField(
            label="To level",
            choices=choices,
            error_messages={
                "required": "Select the level to compare with",
                "invalid_choice": "Select a level to compare with from the list",
            },
        )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("from") and cleaned_data.get("from") == cleaned_data.get("to"):
            self.add_error("to", "Select a different level to compare with")
        return cleaned_data
