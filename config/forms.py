"""Forms render NHS.UK design-system markup everywhere, without per-form work.

Settings point Django at NHSFormRenderer (FORM_RENDERER), so every form, ours and allauth's, renders
each visible field through one of our NHS components in templates/components/, with the parameters
NHSBoundField works out from the field:

    text, email, password, number, url, tel, search  → components/input.html
    Textarea                                         → components/textarea.html, or
                                                       components/character_count.html with max_length
    Select                                           → components/select.html
    RadioSelect                                      → components/radios.html (fieldset and legend)
    CheckboxSelectMultiple                           → components/checkboxes.html (fieldset and legend)
    CheckboxInput (a BooleanField)                   → components/checkboxes.html, a single checkbox
    DateField                                        → components/date_input.html (day, month, year)
    anything else (file upload, SelectMultiple)      → templates/forms/field.html: label, hint,
                                                       error message, then Django's own widget

Each gets its label (or legend), the field's help_text as the hint, its errors as the error message, the
--error modifiers, and Django's own ids: the control is "id_<name>", the hint "id_<name>_helptext" and the
error "id_<name>_error", so aria-describedby is what Django builds and the error summary
(components/error_summary.html) links each error to the first input. Placeholders are dropped: the
design system puts hints above the field. Widget attributes (required, autocomplete, maxlength…) pass
through unchanged.

A new form needs nothing of its own: `{% include "components/error_summary.html" with form=form only %}`
above the <h1>, then `{{ form }}` (or `{{ field.as_field_group }}` for each field) inside a <form>.
A DateField gets the three-part date input automatically; give a field `help_text` for a hint.
"""

import datetime

from django import forms
from django.forms.boundfield import BoundField
from django.forms.renderers import TemplatesSetting
from django.forms.widgets import Input
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

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
INPUT_TYPES = {"text", "email", "password", "number", "url", "tel", "search"}
# What the components render from their own parameters, so not passed on as extra attributes.
OWN_ATTRIBUTES = {"id", "name", "type", "value", "class", "aria-describedby", "placeholder"}


class DateInput(forms.MultiWidget):
    """The NHS three-part date input: day, month and year boxes named <name>_day, _month, _year.
    It gives the field "<year>-<month>-<day>", which DateField parses (or reports as invalid)."""

    parts = (("day", "Day", 2), ("month", "Month", 2), ("year", "Year", 4))
    use_fieldset = True

    def __init__(self, attrs=None):
        super().__init__({part: forms.TextInput() for part, _, _ in self.parts}, attrs)

    def decompress(self, value):
        if isinstance(value, datetime.date):
            return [value.day, value.month, value.year]
        return [None, None, None]

    def value_from_datadict(self, data, files, name):
        day, month, year = super().value_from_datadict(data, files, name)
        if not (day or month or year):
            return ""
        return f"{(year or '').strip()}-{(month or '').strip()}-{(day or '').strip()}"

    def raw_parts(self, data, name) -> list[str]:
        """What the user typed in each box, to show it back after an error."""
        return [data.get(f"{name}_{part}", "") for part, _, _ in self.parts]


class NHSBoundField(BoundField):
    def __init__(self, form, field, name):
        # A DateField with Django's single text box becomes the NHS three-part date input. The form holds
        # its own deep copy of every field, so this changes this form's field only.
        if type(field.widget) is forms.DateInput:
            field.widget = DateInput()
        super().__init__(form, field, name)

    @property
    def nhs_widget_class(self) -> str:
        return WIDGET_CLASSES.get(self.widget_type, "nhsuk-input")

    @property
    def component(self) -> str | None:
        """Which of templates/components/ renders this field, or None for forms/field.html."""
        widget = self.field.widget
        if isinstance(widget, DateInput):
            return "date_input"
        if self.widget_type == "textarea":
            return "character_count" if getattr(self.field, "max_length", None) else "textarea"
        if self.widget_type in {"select", "nullbooleanselect"}:
            return "select"
        if self.widget_type == "radioselect":
            return "radios"
        if self.widget_type in {"checkboxselectmultiple", "checkbox"}:
            return "checkboxes"
        if isinstance(widget, Input) and widget.input_type in INPUT_TYPES:
            return "input"
        return None

    @property
    def template_name(self):
        if self.field.template_name:
            return self.field.template_name
        component = self.component
        return f"components/{component}.html" if component else self.form.renderer.field_template_name

    def get_context(self):
        if self.component is None:
            return {"field": self}
        return getattr(self, f"_{self.component}_context")()

    def build_widget_attrs(self, attrs, widget=None):
        """For widgets Django renders itself ({{ field }}, forms/field.html): NHS classes and no
        placeholder."""
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

    # The components' parameters, one method per component.

    def _common_context(self) -> dict:
        """Label, hint, error message, ids and the widget's other attributes."""
        widget = self.field.widget
        attributes = {**widget.attrs, **BoundField.build_widget_attrs(self, {}, widget)}
        context = {
            "id": self.auto_id,
            "name": self.html_name,
            "label": self.label,
            "classes": widget.attrs.get("class"),
            "attributes": {key: value for key, value in attributes.items() if key not in OWN_ATTRIBUTES},
        }
        if self.help_text:
            # As Django's own templates do, help_text is the form author's markup.
            context |= {"hint": mark_safe(self.help_text), "hint_id": f"{self.auto_id}_helptext"}  # noqa: S308
        if self.errors:
            if len(self.errors) == 1:
                message = self.errors[0]
            else:
                message = format_html_join(mark_safe("<br>"), "{}", ((error,) for error in self.errors))
            context |= {"error_message": message, "error_id": f"{self.auto_id}_error"}
        return context

    def _input_context(self) -> dict:
        widget = self.field.widget
        value = widget.format_value(self.value())
        return self._common_context() | {"type": widget.input_type, "value": value}

    def _textarea_context(self) -> dict:
        context = self._common_context()
        rows = context["attributes"].pop("rows", None)
        return context | {"value": self.field.widget.format_value(self.value()), "rows": rows}

    def _character_count_context(self) -> dict:
        context = self._textarea_context() | {"maxlength": self.field.max_length}
        # The design system lets people type past the limit and then says by how much, so no maxlength
        # attribute: the form still refuses a longer value.
        context["attributes"].pop("maxlength", None)
        return context

    def _choice_items(self, *, selected_key: str) -> list[dict]:
        return [
            {
                "value": option.data["value"],
                "text": option.data["label"],
                "id": option.data["attrs"].get("id"),
                selected_key: option.data["selected"],
            }
            for option in self.subwidgets
        ]

    def _select_context(self) -> dict:
        items = [
            {
                "value": "" if item["value"] is None else item["value"],
                "text": item["text"],
                "selected": item["selected"],
            }
            for item in self._choice_items(selected_key="selected")
        ]
        return self._common_context() | {"items": items}

    def _choice_list_context(self, *, legend: bool = True) -> dict:
        context = self._common_context()
        items = self._choice_items(selected_key="checked")
        for item in items:
            item["attributes"] = context["attributes"]
        return context | {
            "id_prefix": self.auto_id,
            "legend": self.label,
            "legend_size": "s",
            "items": items,
            "attributes": None,
        }

    def _radios_context(self) -> dict:
        return self._choice_list_context()

    def _checkboxes_context(self) -> dict:
        if self.widget_type != "checkbox":
            return self._choice_list_context()
        # A single checkbox ("I understand"): its label is the field's, and no fieldset.
        context = self._common_context()
        item = {
            "value": "true",
            "text": context.pop("label"),
            "id": self.auto_id,
            "checked": self.field.widget.check_test(self.value()),
            "attributes": context.pop("attributes"),
        }
        return context | {"id_prefix": self.auto_id, "items": [item]}

    def _date_input_context(self) -> dict:
        widget = self.field.widget
        if self.form.is_bound:
            values = widget.raw_parts(self.form.data, self.html_name)
        else:
            values = widget.decompress(self.value())
        context = self._common_context()
        attributes = context["attributes"]
        items = [
            {
                "id": f"{self.auto_id}_{index}",
                "name": f"{self.html_name}_{part}",
                "label": label,
                "value": value,
                "width": width,
                "attributes": attributes,
            }
            for index, ((part, label, width), value) in enumerate(zip(widget.parts, values, strict=True))
        ]
        return context | {"legend": self.label, "legend_size": "s", "items": items, "attributes": None}


class NHSFormRenderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
    bound_field_class = NHSBoundField


class HoneypotForm(forms.Form):
    """A public form with a trap for bots: a `website` field people never see or fill in (it is hidden
    from sight and from tabbing by templates/includes/form_with_honeypot.html); simple bots fill every
    field. A view that finds it filled pretends all went well and stores nothing."""

    website = forms.CharField(
        label="Leave this field empty",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_from_a_bot(self) -> bool:
        return bool(self.data.get("website", "").strip())

    def visible_fields_without_honeypot(self):
        return [field for field in self.visible_fields() if field.name != "website"]
