"""The lived examples filter: a plain GET form whose every field is optional. Values are slugs, so a
filtered URL reads well and can be shared."""

from django import forms

from pathways.models import Framework, LivedExample, Profession


class ExampleFilterForm(forms.Form):
    profession = forms.ModelChoiceField(
        queryset=Profession.objects.none(), required=False, to_field_name="slug", empty_label="Any profession"
    )
    level = forms.ModelChoiceField(
        queryset=Profession.objects.none(),
        required=False,
        to_field_name="slug",
        empty_label="Any step",
        label="Step",
    )
    domain = forms.ModelChoiceField(
        queryset=Profession.objects.none(), required=False, to_field_name="slug", empty_label="Any domain"
    )
    setting = forms.ChoiceField(choices=[("", "Any setting"), *LivedExample.Setting.choices], required=False)

    def __init__(self, *args, framework: Framework, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["profession"].queryset = Profession.objects.order_by("name")
        self.fields["level"].queryset = framework.levels.order_by("position")
        self.fields["level"].label_from_instance = lambda level: level.label
        self.fields["domain"].queryset = framework.domains.order_by("number")
        for name, form_field in self.fields.items():
            label = "setting" if name == "setting" else str(form_field.label or name).lower()
            form_field.error_messages["invalid_choice"] = f"Select a {label} from the list"  # noqa: S608 - a message, not SQL

    def filter(self, examples):
        """Narrow by every valid field; an invalid field is reported, not applied."""
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        if data.get("profession"):
            examples = examples.filter(profession=data["profession"])
        if data.get("level"):
            examples = examples.filter(level=data["level"])
        if data.get("domain"):
            examples = examples.filter(domains=data["domain"])
        if data.get("setting"):
            examples = examples.filter(setting=data["setting"])
        return examples
