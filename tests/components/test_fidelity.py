"""Every include in templates/components/ renders what the NHS's own macro renders for the same parameters.

The oracle is nhsuk-frontend-jinja (the NHS's Jinja port of nhsuk-frontend's macros, pinned to the
nhsuk-frontend we vendor). Markup is compared as parsed HTML (django.test.html.parse_html): whitespace
between and around elements and the order of attributes and of class names do not count; every element,
attribute, class and word does. To upgrade nhsuk-frontend, bump it and nhsuk-frontend-jinja together and
see which cases fail.
"""

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test.html import parse_html
from django.utils.safestring import mark_safe
from markupsafe import Markup

from tests.components.nhsuk_jinja import MACROS, render_macro, to_jinja
from tests.components.test_components import check_markup

SCRIPT = "<script>alert(1)</script>"
COMPONENTS_DIR = Path(settings.BASE_DIR) / "templates" / "components"


@dataclass
class Case:
    component: str
    context: dict
    name: str
    # The macro's params, where to_jinja's renaming cannot say it (a Django form, for example).
    jinja: dict | None = field(default=None)

    def __str__(self):
        return f"{self.component}-{self.name}"


def page(number: int, *, pages: int):
    return Paginator(list(range(pages * 10)), 10).page(number)


class SignInForm(forms.Form):
    email = forms.EmailField(label="Email address")
    role = forms.ChoiceField(label="Role", choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect)

    def clean(self):
        raise forms.ValidationError("Those details do not match")


RADIO_ITEMS = [
    {"value": "physio", "text": "Physiotherapist"},
    {"value": "ot", "text": "Occupational therapist", "hint": "Including assistants", "checked": True},
    {"divider": "or"},
    {"value": "none", "text": mark_safe("None of <strong>these</strong>"), "id": "role-none"},
]
CONDITIONAL_ITEMS = [
    {
        "value": "email",
        "text": "Email",
        "checked": True,
        "conditional": mark_safe("<p>We will email you</p>"),
    },
    {"value": "post", "text": "Post", "conditional": mark_safe("<p>We will post it</p>"), "disabled": True},
]
DATE_ITEMS = [
    {"id": "dob-day", "name": "dob_day", "label": "Day", "value": "15", "width": 2},
    {"id": "dob-month", "name": "dob_month", "label": "Month", "value": "3", "width": 2},
    {"id": "dob-year", "name": "dob_year", "label": "Year", "value": "1984", "width": 4},
]
TASKS = [
    {"text": "Your details", "href": "/details/", "status_tag": {"text": "Completed", "colour": "white"}},
    {"text": "Your evidence", "href": "/evidence/", "hint": "Up to 5 files", "status": "Not started"},
    {"text": "Check and send", "status": "Cannot start yet"},
]
NAVIGATION = [
    {"text": "Pathway", "href": "/pathway/", "current": True, "active": True},
    {"text": "Training", "href": "/resources/", "active": True},
    {"text": "Sign in", "href": "/accounts/login/"},
]

CASES = [
    # Back link
    Case("back_link", {"href": "/pathways/"}, "default"),
    Case("back_link", {"href": "/x/", "text": SCRIPT, "variant": "reverse", "classes": "app-x"}, "escaped"),
    Case("back_link", {"href": "/x/", "text": "Home", "visually_hidden_text": "Back to"}, "hidden-text"),
    Case("back_link", {}, "button"),
    Case("back_link", {"type": "button", "text": "Back"}, "button-type"),
    # Breadcrumb
    Case("breadcrumb", {"items": [("Home", "/"), ("My pathway", "/my/")]}, "default"),
    Case(
        "breadcrumb",
        {"items": [("Home", "/")], "aria_label": "You are here", "variant": "reverse"},
        "options",
    ),
    # Button
    Case("button", {"text": "Save and continue"}, "default"),
    Case("button", {"text": "Find", "href": "/find/", "variant": "secondary"}, "link"),
    Case(
        "button",
        {
            "text": "Delete",
            "variant": "warning",
            "name": "action",
            "value": "delete",
            "type": "button",
            "prevent_double_click": True,
            "small": True,
            "classes": "app-x",
        },
        "options",
    ),
    Case("button", {"text": "Save", "disabled": True, "prevent_double_click": False}, "disabled"),
    Case("button", {"text": SCRIPT, "variant": "reverse"}, "escaped"),
    *[
        Case("button", {"text": "Go", "variant": variant}, variant)
        for variant in ["secondary-solid", "login", "brand"]
    ],
    # Card
    Case("card", {"heading": "Placements", "href": "/placements/", "description": "Find one"}, "clickable"),
    Case(
        "card", {"heading": "About", "heading_level": 3, "heading_size": "m", "description": SCRIPT}, "plain"
    ),
    Case("card", {"description": "Only text"}, "no-heading"),
    Case("card", {"heading": "Start", "href": "/start/", "variant": "primary"}, "primary"),
    Case(
        "card",
        {"heading": "Feature", "variant": "feature", "html": mark_safe("<p>Some <b>html</b></p>")},
        "feature",
    ),
    Case("card", {"heading": "Secondary", "variant": "secondary", "classes": "app-x"}, "secondary"),
    # Character count
    Case(
        "character_count",
        {"id": "comment", "name": "comment", "label": "Comment", "maxlength": 200},
        "default",
    ),
    Case(
        "character_count",
        {
            "id": "comment",
            "name": "comment",
            "label": "Comment",
            "maxwords": 50,
            "threshold": 75,
            "hint": "Say what helped",
            "error_message": "Comment must be 50 words or fewer",
            "value": SCRIPT,
            "rows": 8,
            "form_group_classes": "app-x",
        },
        "words-error",
    ),
    # Checkboxes
    Case("checkboxes", {"name": "format", "legend": "Format", "items": RADIO_ITEMS}, "default"),
    Case(
        "checkboxes",
        {
            "name": "format",
            "id_prefix": "id_format",
            "legend": "Format",
            "legend_size": "m",
            "legend_is_page_heading": True,
            "hint": "Select all that apply",
            "hint_id": "id_format_helptext",
            "error_message": "Select a format",
            "error_id": "id_format_error",
            "small": True,
            "items": [{"value": "a", "text": "A", "attributes": {"required": True}}, *CONDITIONAL_ITEMS],
        },
        "fieldset-error",
    ),
    Case(
        "checkboxes",
        {
            "name": "confirm",
            "hint": "You cannot undo this",
            "error_message": "Confirm to go on",
            "items": [{"value": "yes", "text": "I understand", "behaviour": "exclusive", "name": "c2"}],
        },
        "single-without-fieldset",
    ),
    Case(
        "checkboxes",
        {"name": "x", "legend": "X", "inline": True, "disabled": True, "items": RADIO_ITEMS},
        "inline",
    ),
    # Date input
    Case("date_input", {"id": "dob", "legend": "Date of birth", "items": DATE_ITEMS}, "default"),
    Case(
        "date_input",
        {
            "id": "dob",
            "legend": "Date of birth",
            "legend_size": "l",
            "hint": "For example, 15 3 1984",
            "error_message": "Enter a real date",
            "items": DATE_ITEMS,
        },
        "error-all-boxes",
    ),
    Case(
        "date_input",
        {
            "id": "dob",
            "legend": "Date of birth",
            "error_message": "Date of birth must include a year",
            "items": [*DATE_ITEMS[:2], {**DATE_ITEMS[2], "error": True, "value": ""}],
        },
        "error-one-box",
    ),
    Case("date_input", {"id": "d", "items": DATE_ITEMS, "classes": "app-x", "disabled": True}, "no-fieldset"),
    # Details
    Case("details", {"summary": "What is it?", "text": SCRIPT}, "default"),
    Case(
        "details",
        {"summary": "Opening times", "text": "9 to 5", "expander": True, "open": True},
        "expander-open",
    ),
    Case("details", {"summary": "S", "html": mark_safe("<p>HTML</p>"), "classes": "app-x"}, "html"),
    Case(
        "details",
        {"summary": "S", "body_template": "components/hint.html", "text": "Hint"},
        "body-template",
        jinja={"summary": "S", "html": Markup('<div class="nhsuk-hint">Hint</div>')},
    ),
    # Error message
    Case("error_message", {"text": "Enter your name", "id": "name-error"}, "default"),
    Case("error_message", {"html": mark_safe("A<br>B"), "visually_hidden_text": "Problem"}, "html"),
    Case("error_message", {"text": SCRIPT, "classes": "app-x"}, "escaped"),
    # Error summary
    Case(
        "error_summary",
        {"errors": [{"text": "Enter your email", "href": "#email"}, {"text": SCRIPT}]},
        "list",
    ),
    Case(
        "error_summary", {"errors": [{"text": "E"}], "title": "Check", "description": "Fix these"}, "options"
    ),
    Case(
        "error_summary",
        {"form": SignInForm(data={"email": "not-an-email"})},
        "form",
        jinja={
            "heading": "There is a problem",
            "errorList": [
                {"text": "Those details do not match"},
                {"text": "Enter a valid email address.", "href": "#id_email"},
                {"text": "This field is required.", "href": "#id_role_0"},
            ],
        },
    ),
    # Fieldset
    Case("fieldset", {"legend": "Address", "html": mark_safe("<p>Fields</p>")}, "default"),
    Case(
        "fieldset",
        {
            "legend": "Address",
            "legend_size": "m",
            "legend_is_page_heading": True,
            "described_by": "address-hint",
            "role": "group",
            "id": "address",
            "classes": "app-x",
        },
        "options",
    ),
    # Footer
    Case(
        "footer",
        {
            "meta_items": [{"text": "About", "href": "/about/"}, {"text": "Contact", "href": "/contact/"}],
            "meta_text": "Demonstration service.",
        },
        "default",
    ),
    Case("footer", {"copyright": "© Someone", "classes": "app-x"}, "copyright"),
    # Header
    Case(
        "header",
        {
            "service_name": "AHP Educator Pathways",
            "service_href": "/",
            "account_label": "Help and account",
            "account_items": [{"text": "Help", "href": "/help/"}, {"text": "Your profile", "href": "/my/"}],
            "navigation_items": NAVIGATION,
        },
        "default",
    ),
    Case(
        "header", {"service_name": SCRIPT, "service_href": "/", "navigation_items": NAVIGATION[2:]}, "minimal"
    ),
    # Hint
    Case("hint", {"text": "For example, 15 3 1984", "id": "dob-hint"}, "default"),
    Case("hint", {"html": mark_safe("See <a href='/x/'>help</a>"), "classes": "app-x"}, "html"),
    Case("hint", {"text": SCRIPT}, "escaped"),
    # Input
    Case("input", {"id": "full-name", "name": "full_name", "label": "Full name"}, "default"),
    Case(
        "input",
        {
            "id": "id_email",
            "name": "email",
            "type": "email",
            "value": SCRIPT,
            "label": "Email address",
            "label_size": "l",
            "label_is_page_heading": True,
            "hint": "We'll only use it to send you a link",
            "hint_id": "id_email_helptext",
            "error_message": "Enter an email address",
            "error_id": "id_email_error",
            "described_by": "other",
            "autocomplete": "email",
            "spellcheck": False,
            "attributes": {"required": True, "maxlength": 320, "aria-invalid": "true", "hidden": False},
            "classes": "app-x",
            "form_group_classes": "app-y",
        },
        "everything",
    ),
    Case(
        "input",
        {
            "id": "code",
            "name": "code",
            "label": mark_safe("Code <em>(6 digits)</em>"),
            "label_classes": "nhsuk-u-visually-hidden",
            "width": 10,
            "inputmode": "numeric",
            "pattern": "[0-9]*",
            "autocapitalize": "none",
            "spellcheck": True,
            "disabled": True,
        },
        "width-and-html-label",
    ),
    Case("input", {"id": "d", "name": "d", "label": "Day", "error": True}, "error-without-message"),
    # Inset text
    Case("inset_text", {"text": SCRIPT}, "default"),
    Case(
        "inset_text", {"html": mark_safe("<p>See <a href='/help/'>help</a>.</p>"), "classes": "app-x"}, "html"
    ),
    Case("inset_text", {"text": "T", "visually_hidden_text": "Note"}, "hidden-text"),
    Case(
        "inset_text",
        {"body_template": "components/hint.html", "text": "Hint"},
        "body-template",
        jinja={"html": Markup('<div class="nhsuk-hint">Hint</div>')},
    ),
    # Label
    Case("label", {"text": "Full name", "for": "full-name"}, "default"),
    Case(
        "label",
        {"html": mark_safe("<b>Name</b>"), "size": "xl", "is_page_heading": True, "id": "l"},
        "heading",
    ),
    Case("label", {"text": SCRIPT, "classes": "app-x"}, "escaped"),
    # Legend
    Case("legend", {"text": "What is your role?"}, "default"),
    Case("legend", {"text": "Role", "size": "l", "is_page_heading": True, "classes": "app-x"}, "heading"),
    Case("legend", {"html": mark_safe("<b>Role</b>"), "size": "s"}, "html"),
    # Notification banner
    Case("notification_banner", {"text": "Your profile was updated."}, "default"),
    Case("notification_banner", {"success": True, "heading": "Saved", "text": SCRIPT}, "success"),
    Case(
        "notification_banner",
        {"title": "New", "title_id": "news", "text": "Hello", "classes": "app-x"},
        "title",
    ),
    Case("notification_banner", {"html": mark_safe("<p class='nhsuk-body'>Hi</p>")}, "html"),
    # Pagination
    Case("pagination", {"page_obj": page(2, pages=3), "query_string_base": "q=physio&role=2"}, "middle"),
    Case("pagination", {"page_obj": page(1, pages=2), "query_string_base": ""}, "first"),
    Case("pagination", {"page_obj": page(10, pages=40), "aria_label": "Pages of results"}, "ellipses"),
    Case("pagination", {"page_obj": page(5, pages=9)}, "single-gaps"),
    Case("pagination", {"page_obj": page(40, pages=40)}, "last"),
    # Panel
    Case("panel", {"heading": "Suggestion sent", "text": "A curator will review it."}, "default"),
    Case(
        "panel",
        {
            "heading": SCRIPT,
            "heading_level": 2,
            "heading_size": "m",
            "html": mark_safe("<p>Ref <b>1</b></p>"),
        },
        "options",
    ),
    Case("panel", {"heading": "Stop", "variant": "interruption", "classes": "app-x"}, "interruption"),
    # Radios
    Case("radios", {"name": "role", "legend": "Your role", "items": RADIO_ITEMS}, "default"),
    Case(
        "radios",
        {
            "name": "score",
            "id_prefix": "id_score",
            "legend": "How useful was it?",
            "legend_size": "m",
            "hint": "1 is not useful",
            "hint_id": "id_score_helptext",
            "error_message": "Choose a score",
            "error_id": "id_score_error",
            "inline": True,
            "items": [
                {"value": str(n), "text": str(n), "attributes": {"required": True}} for n in range(1, 4)
            ],
        },
        "error-inline",
    ),
    Case(
        "radios",
        {"name": "contact", "legend": "Contact", "items": CONDITIONAL_ITEMS, "small": True},
        "conditional",
    ),
    Case(
        "radios", {"name": "x", "items": RADIO_ITEMS[:2], "disabled": True, "classes": "app-x"}, "no-fieldset"
    ),
    # Select
    Case(
        "select",
        {
            "id": "sort",
            "name": "sort",
            "label": "Sort by",
            "items": [
                {"value": "relevance", "text": "Best match"},
                {"value": "title", "text": "Title", "selected": True},
                {"divider": True},
                {"value": "", "text": SCRIPT, "disabled": True},
            ],
        },
        "default",
    ),
    Case(
        "select",
        {
            "id": "id_sort",
            "name": "sort",
            "label": "Sort by",
            "hint": "Best match first",
            "error_message": "Choose an order",
            "attributes": {"required": True},
            "items": [{"value": "a", "text": "A"}],
            "disabled": True,
            "classes": "app-x",
        },
        "error",
    ),
    # Skip link
    Case("skip_link", {}, "default"),
    Case("skip_link", {"href": "#content", "text": SCRIPT, "classes": "app-x"}, "options"),
    # Summary list
    Case(
        "summary_list",
        {
            "rows": [
                {
                    "key": "Name",
                    "value": "Karen Francis",
                    "action_href": "/name/",
                    "action_hidden_text": "name",
                },
                {"key": "Profession", "value": "Physiotherapist"},
                {"key": "Email", "value": "a@example.com", "action_href": "/e/", "action_text": "Edit"},
            ]
        },
        "actions",
    ),
    Case("summary_list", {"rows": [{"key": "Name", "value": SCRIPT}], "no_border": True}, "no-border"),
    Case(
        "summary_list",
        {
            "rows": [{"key": mark_safe("<b>K</b>"), "value": mark_safe("<p>V</p>")}, {"key": "Empty"}],
            "classes": "app-x",
        },
        "html",
    ),
    # Table
    Case(
        "table", {"caption": "Pathways", "head": ["Name", "Level"], "rows": [["Educator", SCRIPT]]}, "default"
    ),
    Case(
        "table",
        {
            "caption": "Charges",
            "caption_size": "m",
            "head": ["Item", "Cost"],
            "rows": [["3-month", "£31.25"], ["Other", None]],
            "responsive": True,
            "first_cell_is_header": True,
            "numeric_columns": [1],
            "classes": "app-x",
        },
        "responsive",
    ),
    Case(
        "table", {"rows": [[mark_safe("<a href='/x/'>X</a>"), "2"]], "first_cell_is_header": True}, "no-head"
    ),
    # Tag
    Case("tag", {"text": "Completed"}, "default"),
    *[Case("tag", {"text": "T", "colour": colour}, colour) for colour in ["white", "grey", "green", "red"]],
    Case("tag", {"text": SCRIPT, "classes": "app-x"}, "escaped"),
    # Task list
    Case("task_list", {"items": TASKS}, "default"),
    Case("task_list", {"items": TASKS[1:], "id_prefix": "apply", "classes": "app-x"}, "options"),
    # Textarea
    Case("textarea", {"id": "more", "name": "more", "label": "More detail"}, "default"),
    Case(
        "textarea",
        {
            "id": "id_more",
            "name": "more",
            "label": "More detail",
            "label_size": "m",
            "hint": "Do not include personal information",
            "hint_id": "id_more_helptext",
            "error_message": "Enter more detail",
            "error_id": "id_more_error",
            "value": SCRIPT,
            "rows": 3,
            # Not spellcheck: the port's textarea prints Python's True as spellcheck="True" (Nunjucks,
            # and our include, print "true").
            "autocomplete": "off",
            "attributes": {"required": True, "cols": 40},
            "classes": "app-x",
        },
        "everything",
    ),
    # Warning callout
    Case("warning_callout", {"heading": "Before you start", "text": "You need your HCPC number."}, "default"),
    Case("warning_callout", {"heading": "Important", "text": SCRIPT}, "says-important"),
    Case("warning_callout", {"heading": "H", "heading_level": 2, "html": mark_safe("<p>P</p>")}, "html"),
]


def render_ours(case: Case) -> str:
    return render_to_string(f"components/{case.component}.html", case.context)


def render_theirs(case: Case) -> str:
    params = case.jinja if case.jinja is not None else to_jinja(case.component, case.context)
    return render_macro(case.component, params)


def assert_same_markup(ours: str, theirs: str) -> None:
    ours_parsed, theirs_parsed = parse_html(ours), parse_html(theirs)
    assert ours_parsed == theirs_parsed, (
        f"Our include differs from the NHS macro.\n--- ours ---\n{ours_parsed}\n--- NHS ---\n{theirs_parsed}"
    )


@pytest.mark.parametrize("case", CASES, ids=str)
def test_component_renders_what_the_nhs_macro_renders(case):
    assert_same_markup(render_ours(case), render_theirs(case))


def test_every_component_template_has_fidelity_cases():
    templates = {path.stem for path in COMPONENTS_DIR.glob("*.html")}
    covered = {case.component for case in CASES}

    assert templates - covered == set(), "components with no fidelity cases"
    assert covered - templates == set(), "cases for components that do not exist"
    assert set(MACROS) >= templates, "components with no NHS macro to compare with"


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ('<p class="nhsuk-body">x</p>', '<p class="nhsuk-body nhsuk-u-margin-0">x</p>'),  # a class
        ('<input id="a">', '<input id="a" required>'),  # an attribute
        ('<input id="a" type="text">', '<input id="a" type="email">'),  # a value
        ("<div><span>x</span></div>", "<div><span>x</span><span>y</span></div>"),  # an element
        ("<div><span>x</span></div>", "<div><strong>x</strong></div>"),  # the element's name
        ("<p>Error: x</p>", "<p>x</p>"),  # words
        ("<p>&lt;b&gt;</p>", "<p><b></b></p>"),  # escaping
    ],
)
def test_the_comparison_catches_real_differences(ours, theirs):
    with pytest.raises(AssertionError):
        assert_same_markup(ours, theirs)


def test_the_comparison_ignores_whitespace_and_attribute_order():
    assert_same_markup(
        '<a  class="b a"\n href="/x/" id="y">\n  Text\n</a>', '<a id="y" href="/x/" class="a b">Text</a>'
    )


@pytest.mark.parametrize("case", CASES, ids=str)
def test_component_markup_is_well_formed_without_inline_styles_scripts_or_duplicate_ids(case):
    html = render_ours(case)

    assert html.strip(), "component rendered nothing"
    assert check_markup(html) == []
