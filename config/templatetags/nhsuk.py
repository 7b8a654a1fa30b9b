"""Two small helpers for the NHS.UK component includes in templates/components/ (`{% load nhsuk %}`).

They do what nhsuk-frontend's own `nhsukAttributes` macro and its "describedBy" bookkeeping do, which a
Django template cannot: render a dict as HTML attributes, and join the ids a field is described by.
"""

from django import template
from django.forms.utils import flatatt

register = template.Library()


@register.filter
def html_attributes(attributes) -> str:
    """{"data-x": "1", "required": True, "hidden": False} -> ' data-x="1" required' (values escaped;
    False and None leave the attribute out, True renders it bare, as nhsukAttributes does)."""
    return flatatt(attributes or {})


@register.simple_tag
def field_ids(id, hint="", hint_id="", error_message="", error_id="", described_by=""):
    """The ids of a form control's hint and error message, and its aria-describedby, as the NHS macros
    work them out: hint "<id>-hint" and error "<id>-error" unless given, described by
    "<described_by> <hint id> <error id>" (each only when there is such a thing)."""
    hint_ref = (hint_id or f"{id}-hint") if hint else ""
    error_ref = (error_id or f"{id}-error") if error_message else ""
    return {
        "hint": hint_ref,
        "error": error_ref,
        "described_by": " ".join(part for part in (described_by, hint_ref, error_ref) if part),
    }


@register.simple_tag
def item_id(item, id_prefix, number):
    """The id of the number-th radio or checkbox (counting from 1): its own id if it has one, else
    "<id_prefix>" for the first (so the error summary can link to it) and "<id_prefix>-<number>" after."""
    return (item.get("id") if hasattr(item, "get") else None) or (
        id_prefix if number == 1 else f"{id_prefix}-{number}"
    )
