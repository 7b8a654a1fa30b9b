"""Forms render NHS.UK design-system markup everywhere, without per-form work.

The renderer points Django at our form and field templates (templates/forms/) and gives every field an
NHSBoundField, which adds the design system's classes (and their error modifiers) to each widget.
"""

from django.forms.boundfield import BoundField
from django.forms.renderers import TemplatesSetting

WIDGET_CLASSES = {
    "textarea": "nhsuk-textarea",
    "select": "nhsuk-select",
    "selectmultiple": "nhsuk-select",
    "radioselect": "nhsuk-radios__input",
    "checkboxselectmultiple": "nhsuk-checkboxes__input",
    "checkbox": "nhsuk-checkboxes__input",
    "clearablefile": "nhsuk-file-upload",
    "file": "nhsuk-file-upload",
}
ERROR_MODIFIERS = {
    "nhsuk-input": "nhsuk-input--error",
    "nhsuk-textarea": "nhsuk-textarea--error",
    "nhsuk-select": "nhsuk-select--error",
    "nhsuk-file-upload": "nhsuk-file-upload--error",
}


class NHSBoundField(BoundField):
    @property
    def nhs_widget_class(self) -> str:
        return WIDGET_CLASSES.get(self.widget_type, "nhsuk-input")

    @property
    def is_choice_list(self) -> bool:
        """Radios and checkbox lists render as a fieldset of NHS items, not as Django's <div> list."""
        return self.widget_type in {"radioselect", "checkboxselectmultiple"}

    @property
    def is_single_checkbox(self) -> bool:
        return self.widget_type == "checkbox"

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        widget = widget or self.field.widget
        if widget.is_hidden:
            return attrs
        # The design system asks for hints above the field, never placeholders, which vanish as you type.
        attrs.pop("placeholder", None)
        widget.attrs.pop("placeholder", None)
        classes = [attrs.get("class", ""), widget.attrs.get("class", ""), self.nhs_widget_class]
        if self.errors and self.nhs_widget_class in ERROR_MODIFIERS:
            classes.append(ERROR_MODIFIERS[self.nhs_widget_class])
        attrs["class"] = " ".join(dict.fromkeys(c for c in " ".join(classes).split() if c))
        return attrs


class NHSFormRenderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
    bound_field_class = NHSBoundField
