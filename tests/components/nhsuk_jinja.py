"""The NHS's own Jinja port of the nhsuk-frontend macros (nhsuk-frontend-jinja, test-only), as an oracle.

`render_macro("card", params)` renders the NHS macro; `to_jinja(component, context)` turns the context of
one of our includes (templates/components/<component>.html, snake_case names) into that macro's params
(camelCase, nested as the NHS documents them). The mapping is only a renaming: what each include renders
is compared with what the macro renders for the same meaning (tests/components/test_fidelity.py).
"""

from django.utils.safestring import SafeData
from jinja2 import ChainableUndefined, Environment, PackageLoader
from markupsafe import Markup

ENVIRONMENT = Environment(
    loader=PackageLoader("nhsuk_frontend_jinja"),
    undefined=ChainableUndefined,
    autoescape=True,
)

# Our include → (the NHS component folder, its macro's name).
MACROS = {
    "back_link": ("back-link", "backLink"),
    "breadcrumb": ("breadcrumb", "breadcrumb"),
    "button": ("button", "button"),
    "card": ("card", "card"),
    "character_count": ("character-count", "characterCount"),
    "checkboxes": ("checkboxes", "checkboxes"),
    "date_input": ("date-input", "dateInput"),
    "details": ("details", "details"),
    "error_message": ("error-message", "errorMessage"),
    "error_summary": ("error-summary", "errorSummary"),
    "fieldset": ("fieldset", "fieldset"),
    "footer": ("footer", "footer"),
    "header": ("header", "header"),
    "hint": ("hint", "hint"),
    "input": ("input", "input"),
    "inset_text": ("inset-text", "insetText"),
    "label": ("label", "label"),
    "legend": ("legend", "legend"),
    "notification_banner": ("notification-banner", "notificationBanner"),
    "pagination": ("pagination", "pagination"),
    "panel": ("panel", "panel"),
    "radios": ("radios", "radios"),
    "select": ("select", "select"),
    "skip_link": ("skip-link", "skipLink"),
    "summary_list": ("summary-list", "summaryList"),
    "table": ("tables", "table"),
    "tag": ("tag", "tag"),
    "task_list": ("task-list", "taskList"),
    "textarea": ("textarea", "textarea"),
    "warning_callout": ("warning-callout", "warningCallout"),
}


def render_macro(component: str, params: dict) -> str:
    folder, name = MACROS[component]
    template = ENVIRONMENT.from_string(
        f'{{% from "nhsuk/components/{folder}/macro.jinja" import {name} %}}{{{{ {name}(params) }}}}'
    )
    return template.render(params=params)


def _safe(value) -> Markup:
    """Markup that is already safe on our side (a SafeString, or a test's own literal) stays markup."""
    return Markup(str(value))  # noqa: S704 - only ever given mark_safe()'d test content


def _content(value) -> dict:
    """Our text parameters are escaped unless they are a SafeString; the NHS's are "text" or "html"."""
    if isinstance(value, SafeData):
        return {"html": _safe(value)}
    return {"text": value}


def _attributes(attributes: dict | None) -> dict:
    """nhsukAttributes renders True as ="true" unless the attribute is marked optional; ours renders it
    bare, like Django's widgets, so mark booleans optional."""
    return {
        name: {"value": value, "optional": True} if isinstance(value, bool) or value is None else value
        for name, value in (attributes or {}).items()
    }


def _pick(context: dict, names: dict[str, str]) -> dict:
    """The given parameters, renamed: {"our_name": "theirName"}."""
    return {theirs: context[ours] for ours, theirs in names.items() if context.get(ours) is not None}


def _heading_and_body(context: dict) -> dict:
    params = _pick(context, {"text": "text", "classes": "classes"})
    if context.get("html"):
        params["html"] = _safe(context["html"])
    return params


def _label(context: dict, prefix: str = "label") -> dict:
    label = _content(context[prefix]) if context.get(prefix) is not None else {}
    label.update(
        _pick(
            context,
            {
                f"{prefix}_size": "size",
                f"{prefix}_is_page_heading": "isPageHeading",
                f"{prefix}_classes": "classes",
            },
        )
    )
    return label


def _field(context: dict) -> dict:
    """What input, textarea, select and character count share: label, hint, error message, attributes."""
    params = _pick(
        context,
        {
            "id": "id",
            "name": "name",
            "value": "value",
            "described_by": "describedBy",
            "disabled": "disabled",
            "autocomplete": "autocomplete",
            "spellcheck": "spellcheck",
            "classes": "classes",
        },
    )
    params["label"] = _label(context)
    params.update(_hint_and_error(context))
    if context.get("attributes"):
        params["attributes"] = _attributes(context["attributes"])
    if context.get("form_group_classes"):
        params["formGroup"] = {"classes": context["form_group_classes"]}
    return params


def _hint_and_error(context: dict) -> dict:
    params = {}
    if context.get("hint"):
        params["hint"] = _content(context["hint"]) | _pick(context, {"hint_id": "id"})
    if context.get("error_message"):
        params["errorMessage"] = _content(context["error_message"]) | _pick(context, {"error_id": "id"})
    return params


def _fieldset(context: dict) -> dict | None:
    if not context.get("legend"):
        return None
    return {"legend": _label(context, "legend")}


def _choice_items(context: dict) -> list[dict]:
    items = []
    for item in context.get("items", []):
        if item.get("divider"):
            items.append({"divider": item["divider"]})
            continue
        params = _content(item["text"]) | _pick(
            item,
            {
                "value": "value",
                "id": "id",
                "name": "name",
                "checked": "checked",
                "disabled": "disabled",
                "behaviour": "behaviour",
            },
        )
        if item.get("hint"):
            params["hint"] = {"text": item["hint"]}
        if item.get("conditional"):
            params["conditional"] = {"html": _safe(item["conditional"])}
        if item.get("attributes"):
            params["attributes"] = _attributes(item["attributes"])
        items.append(params)
    return items


def _choices(context: dict) -> dict:
    params = _pick(
        context,
        {
            "name": "name",
            "id_prefix": "idPrefix",
            "inline": "inline",
            "small": "small",
            "disabled": "disabled",
            "classes": "classes",
        },
    )
    params["items"] = _choice_items(context)
    params.update(_hint_and_error(context))
    fieldset = _fieldset(context)
    if fieldset:
        params["fieldset"] = fieldset | _pick(context, {"described_by": "describedBy"})
    elif context.get("described_by"):
        params["describedBy"] = context["described_by"]
    if context.get("form_group_classes"):
        params["formGroup"] = {"classes": context["form_group_classes"]}
    return params


def _back_link(context: dict) -> dict:
    return _pick(
        context,
        {
            "href": "href",
            "text": "text",
            "type": "type",
            "variant": "variant",
            "classes": "classes",
            "visually_hidden_text": "visuallyHiddenText",
        },
    )


def _breadcrumb(context: dict) -> dict:
    params = _pick(context, {"aria_label": "ariaLabel", "variant": "variant", "classes": "classes"})
    params["items"] = [{"text": text, "href": href} for text, href in context["items"]]
    return params


def _button(context: dict) -> dict:
    return _pick(
        context,
        {
            "text": "text",
            "href": "href",
            "type": "type",
            "variant": "variant",
            "small": "small",
            "name": "name",
            "value": "value",
            "disabled": "disabled",
            "prevent_double_click": "preventDoubleClick",
            "classes": "classes",
        },
    )


def _card(context: dict) -> dict:
    params = _pick(
        context,
        {
            "heading": "heading",
            "heading_level": "headingLevel",
            "heading_size": "headingSize",
            "href": "href",
            "variant": "variant",
            "classes": "classes",
        },
    )
    if context.get("href"):
        params["clickable"] = True
    if context.get("html"):
        params["description"] = {"html": _safe(context["html"])}
    elif context.get("description"):
        params["description"] = context["description"]
    return params


def _character_count(context: dict) -> dict:
    params = _field(context)
    params.update(
        _pick(context, {"maxlength": "maxlength", "maxwords": "maxwords", "threshold": "threshold"})
    )
    params.update(_pick(context, {"rows": "rows"}))
    return params


def _date_input(context: dict) -> dict:
    params = _pick(context, {"id": "id", "disabled": "disabled", "classes": "classes"})
    params["items"] = [
        {"label": item["label"], "inputmode": item.get("inputmode", "numeric")}
        | _pick(
            item,
            {
                "id": "id",
                "name": "name",
                "value": "value",
                "width": "width",
                "error": "error",
                "autocomplete": "autocomplete",
            },
        )
        | ({"attributes": _attributes(item["attributes"])} if item.get("attributes") else {})
        for item in context["items"]
    ]
    params.update(_hint_and_error(context))
    fieldset = _fieldset(context)
    if fieldset:
        params["fieldset"] = fieldset | _pick(context, {"described_by": "describedBy"})
    if context.get("form_group_classes"):
        params["formGroup"] = {"classes": context["form_group_classes"]}
    return params


def _details(context: dict) -> dict:
    params = _pick(context, {"summary": "summary", "text": "text", "open": "open", "classes": "classes"})
    if context.get("html"):
        params["html"] = _safe(context["html"])
    if context.get("expander"):
        params["classes"] = " ".join(filter(None, ["nhsuk-expander", context.get("classes")]))
    return params


def _error_summary(context: dict) -> dict:
    params = {"heading": context.get("title") or "There is a problem"}
    params.update(_pick(context, {"description": "description"}))
    params["errorList"] = [
        _pick(item, {"text": "text", "href": "href"}) for item in context.get("errors", [])
    ]
    return params


def _fieldset_component(context: dict) -> dict:
    params = _pick(context, {"described_by": "describedBy", "role": "role", "id": "id", "classes": "classes"})
    params["legend"] = _label(context, "legend") if context.get("legend") else {}
    if context.get("html"):
        params["html"] = _safe(context["html"])
    return params


def _footer(context: dict) -> dict:
    meta = {}
    if context.get("meta_items"):
        meta["items"] = context["meta_items"]
    meta.update(_pick(context, {"meta_text": "text", "meta_visually_hidden_text": "visuallyHiddenText"}))
    return {"meta": meta} | _pick(context, {"copyright": "copyright", "classes": "classes"})


def _header(context: dict) -> dict:
    params = {"service": {"text": context["service_name"], "href": context["service_href"]}}
    if context.get("account_items"):
        params["account"] = {"items": context["account_items"]} | _pick(
            context, {"account_label": "ariaLabel"}
        )
    if context.get("navigation_items"):
        params["navigation"] = {"items": context["navigation_items"]} | _pick(
            context, {"navigation_label": "ariaLabel"}
        )
    return params | _pick(context, {"classes": "classes"})


def _hint(context: dict) -> dict:
    return _heading_and_body(context) | _pick(context, {"id": "id"})


def _error_message(context: dict) -> dict:
    return _heading_and_body(context) | _pick(
        context, {"id": "id", "visually_hidden_text": "visuallyHiddenText"}
    )


def _inset_text(context: dict) -> dict:
    return _heading_and_body(context) | _pick(context, {"visually_hidden_text": "visuallyHiddenText"})


def _input(context: dict) -> dict:
    params = _field(context)
    params.update(
        _pick(
            context,
            {
                "type": "type",
                "width": "width",
                "inputmode": "inputmode",
                "autocapitalize": "autocapitalize",
                "pattern": "pattern",
            },
        )
    )
    if context.get("error"):
        params["errorMessage"] = True
    return params


def _label_component(context: dict) -> dict:
    return _heading_and_body(context) | _pick(
        context, {"for": "for", "id": "id", "size": "size", "is_page_heading": "isPageHeading"}
    )


def _legend(context: dict) -> dict:
    return _heading_and_body(context) | _pick(context, {"size": "size", "is_page_heading": "isPageHeading"})


def _notification_banner(context: dict) -> dict:
    params = _heading_and_body(context) | _pick(
        context, {"title": "title", "heading": "heading", "title_id": "titleId"}
    )
    if context.get("success"):
        params["variant"] = "success"
    return params


def _pagination(context: dict) -> dict:
    """The numbered pagination the design system shows: the first and last pages and two either side of
    the current one, an ellipsis for each gap of two or more pages (a gap of one shows that page)."""
    page = context["page_obj"]
    base = f"?{context['query_string_base']}&page=" if context.get("query_string_base") else "?page="
    current, last = page.number, page.paginator.num_pages
    shown = {1, last} | set(range(max(1, current - 2), min(last, current + 2) + 1))
    for gap_start in sorted(shown):
        if gap_start + 2 in shown and gap_start + 1 not in shown:
            shown.add(gap_start + 1)
    items, previous_number = [], 0
    for number in sorted(shown):
        if number - previous_number > 1:
            items.append({"ellipsis": True})
        items.append({"number": number, "href": f"{base}{number}", "current": number == current})
        previous_number = number
    params = {"items": items} | _pick(context, {"aria_label": "ariaLabel"})
    if page.has_previous():
        params["previous"] = {"href": f"{base}{page.previous_page_number()}"}
    if page.has_next():
        params["next"] = {"href": f"{base}{page.next_page_number()}"}
    return params


def _panel(context: dict) -> dict:
    heading = {"text": context["heading"]} | _pick(
        context, {"heading_level": "level", "heading_size": "size"}
    )
    return {"heading": heading} | _heading_and_body(context) | _pick(context, {"variant": "variant"})


def _select(context: dict) -> dict:
    params = _field(context)
    params["items"] = [
        {"divider": True}
        if item.get("divider")
        else _pick(item, {"value": "value", "text": "text", "selected": "selected", "disabled": "disabled"})
        for item in context.get("items", [])
    ]
    return params


def _skip_link(context: dict) -> dict:
    return _pick(context, {"href": "href", "text": "text", "classes": "classes"})


def _summary_list(context: dict) -> dict:
    rows = []
    for row in context["rows"]:
        params = {"key": _content(row["key"]), "value": _content(row.get("value") or "")}
        if row.get("action_href"):
            action = {"href": row["action_href"], "text": row.get("action_text") or "Change"}
            action.update(_pick(row, {"action_hidden_text": "visuallyHiddenText"}))
            params["actions"] = {"items": [action]}
        rows.append(params)
    params = {"rows": rows} | _pick(context, {"classes": "classes"})
    if context.get("no_border"):
        params["border"] = False
    return params


def _table(context: dict) -> dict:
    numeric = set(context.get("numeric_columns") or [])
    params = _pick(
        context,
        {
            "caption": "caption",
            "caption_size": "captionSize",
            "responsive": "responsive",
            "first_cell_is_header": "firstCellIsHeader",
            "classes": "classes",
        },
    )
    if context.get("head"):
        params["head"] = [
            {"text": text} | ({"format": "numeric"} if column in numeric else {})
            for column, text in enumerate(context["head"])
        ]
    params["rows"] = [
        [
            _content("" if cell is None else cell) | ({"format": "numeric"} if column in numeric else {})
            for column, cell in enumerate(row)
        ]
        for row in context["rows"]
    ]
    return params


def _tag(context: dict) -> dict:
    return _pick(context, {"text": "text", "colour": "colour", "classes": "classes"})


def _task_list(context: dict) -> dict:
    items = []
    for item in context["items"]:
        params = {"heading": item["text"]} | _pick(item, {"href": "href", "hint": "hint"})
        if item.get("status_tag"):
            params["status"] = {"tag": item["status_tag"]}
        else:
            params["status"] = {"text": item.get("status")}
        items.append(params)
    return {"items": items} | _pick(context, {"id_prefix": "idPrefix", "classes": "classes"})


def _textarea(context: dict) -> dict:
    return _field(context) | _pick(context, {"rows": "rows"})


def _warning_callout(context: dict) -> dict:
    return _heading_and_body(context) | _pick(
        context, {"heading": "heading", "heading_level": "headingLevel"}
    )


ADAPTERS = {
    "back_link": _back_link,
    "breadcrumb": _breadcrumb,
    "button": _button,
    "card": _card,
    "character_count": _character_count,
    "checkboxes": _choices,
    "date_input": _date_input,
    "details": _details,
    "error_message": _error_message,
    "error_summary": _error_summary,
    "fieldset": _fieldset_component,
    "footer": _footer,
    "header": _header,
    "hint": _hint,
    "input": _input,
    "inset_text": _inset_text,
    "label": _label_component,
    "legend": _legend,
    "notification_banner": _notification_banner,
    "pagination": _pagination,
    "panel": _panel,
    "radios": _choices,
    "select": _select,
    "skip_link": _skip_link,
    "summary_list": _summary_list,
    "table": _table,
    "tag": _tag,
    "task_list": _task_list,
    "textarea": _textarea,
    "warning_callout": _warning_callout,
}


def to_jinja(component: str, context: dict) -> dict:
    return ADAPTERS[component](context)
