"""The catalogue's filter form: a plain GET form (keywords, facets as checkbox groups, sort order).

Invalid values never break the page: a field with an unknown value is reported in the NHS error summary
and ignored, while every valid field still filters.
"""

from django import forms
from django.utils.html import format_html

from resources.catalogue import FACETS

SORT_CHOICES = [
    ("relevance", "Best match"),
    ("newest", "Newest first"),
    ("title", "Title (A to Z)"),
]


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label="Search training", required=False, max_length=200)
    sort = forms.ChoiceField(
        label="Sort by",
        choices=SORT_CHOICES,
        required=False,
        help_text="Best match ranks by relevance when you search, otherwise by title.",
    )
    capability = forms.CharField(required=False, max_length=30, widget=forms.HiddenInput)

    def __init__(self, *args, choices: dict[str, list[tuple[str, str]]], **kwargs):
        super().__init__(*args, **kwargs)
        self.facet_labels = {}
        for facet in FACETS:
            self.fields[facet.name] = forms.MultipleChoiceField(
                label=facet.label,
                choices=choices[facet.name],
                required=False,
                widget=forms.CheckboxSelectMultiple,
                error_messages={"invalid_choice": f"Choose {facet.label.lower()} from the list"},
            )
            self.facet_labels[facet.name] = dict(choices[facet.name])

    def valid_value(self, name: str, default=""):
        """The cleaned value of one field, or `default` when that field is invalid or missing."""
        if not self.is_bound or not hasattr(self, "cleaned_data"):
            return default
        return self.cleaned_data.get(name, default) or default

    def filters(self) -> dict[str, list[str]]:
        return {facet.name: self.valid_value(facet.name, []) for facet in FACETS}

    def show_counts(self, facet_counts: dict[str, dict[str, int]]) -> None:
        """Remember each value's count, shown in its label, e.g. "Free (32)"."""
        self.facet_counts = facet_counts

    def facet_groups(self) -> list[dict]:
        """Each facet as its bound field and its options: (checkbox, count, id of the count's <span>).
        The count <span>s have ids so that an htmx response can update them in place."""
        counts_by_facet = getattr(self, "facet_counts", {})
        groups = []
        for facet in FACETS:
            bound = self[facet.name]
            counts = counts_by_facet.get(facet.name, {})
            fallback = counts.get(None, 0)  # "for all professions" resources count for every profession
            chosen = set(self.valid_value(facet.name, []))
            options = [
                {
                    "checkbox": checkbox,
                    "count": counts.get(checkbox.data["value"], fallback),
                    "count_id": f"count-{facet.name}-{checkbox.data['value']}",
                }
                for checkbox in bound.subwidgets
            ]
            items = [
                {
                    "value": option["checkbox"].data["value"],
                    "id": option["checkbox"].data["attrs"]["id"],
                    "checked": option["checkbox"].data["selected"],
                    "text": format_html(
                        '{} <span id="{}">({})</span>',
                        option["checkbox"].choice_label,
                        option["count_id"],
                        option["count"],
                    ),
                }
                for option in options
            ]
            groups.append(
                {
                    "field": bound,
                    "options": options,
                    "items": items,  # the checkboxes, for components/checkboxes.html
                    "error_message": " ".join(bound.errors),
                    "open": bool(chosen) or bool(bound.errors),
                }
            )
        return groups
