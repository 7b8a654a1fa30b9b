"""The NHS.UK design-system includes in templates/components/ render nhsuk-frontend v10 markup."""

from html.parser import HTMLParser

import pytest
from django import forms
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test.html import parse_html
from django.utils.safestring import mark_safe

SCRIPT = "<script>alert(1)</script>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"


def render(component: str, **context) -> str:
    return render_to_string(f"components/{component}.html", context)


def count_html(haystack: str, needle: str) -> int:
    """How many times the element `needle` occurs in `haystack`, ignoring attribute order and whitespace."""
    return parse_html(haystack).count(parse_html(needle))


def assert_has_html(haystack: str, needle: str) -> None:
    assert count_html(haystack, needle) >= 1, f"{needle!r} not found in:\n{haystack}"


class _Checker(HTMLParser):
    """Collects what the accessibility and CSP rules forbid: unbalanced tags, duplicate ids, inline styles
    and scripts."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        if "id" in names:
            self.ids.append(names["id"])
        if "style" in names:
            self.problems.append(f"inline style on <{tag}>")
        if any(name.startswith("on") for name in names):
            self.problems.append(f"inline event handler on <{tag}>")
        if tag in {"script", "style"}:
            self.problems.append(f"<{tag}> element")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        # Self-closing SVG children (<path/>) open and close at once.
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"unexpected </{tag}> (open: {self.stack})")
        else:
            self.stack.pop()


def check_markup(html: str) -> list[str]:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    problems = list(checker.problems)
    if checker.stack:
        problems.append(f"unclosed: {checker.stack}")
    duplicates = {i for i in checker.ids if checker.ids.count(i) > 1}
    if duplicates:
        problems.append(f"duplicate ids: {duplicates}")
    return problems


def page(number: int, *, pages: int):
    return Paginator(list(range(pages * 10)), 10).page(number)


class ProfileForm(forms.Form):
    full_name = forms.CharField(label="Full name")
    profession = forms.ChoiceField(
        label="Profession", choices=[("physio", "Physiotherapist"), ("ot", "Occupational therapist")]
    )
    role = forms.ChoiceField(
        label="Role", choices=[("educator", "Educator"), ("learner", "Learner")], widget=forms.RadioSelect
    )
    token = forms.CharField(widget=forms.HiddenInput)

    def clean(self):
        raise forms.ValidationError("Those details do not match our records")


# Button


def test_button_renders_a_submit_button_by_default():
    html = render("button", text="Save and continue")

    assert_has_html(
        html,
        '<button class="nhsuk-button" data-module="nhsuk-button" type="submit">Save and continue</button>',
    )
    assert "<a " not in html


def test_button_with_href_renders_a_link_styled_as_button():
    html = render("button", text="Find a pathway", href="/pathways/", variant="secondary")

    assert_has_html(
        html,
        '<a class="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button" href="/pathways/"'
        ' role="button" draggable="false">Find a pathway</a>',
    )
    assert "<button" not in html


def test_button_renders_variant_name_value_type_and_double_click_prevention():
    html = render(
        "button",
        text="Delete",
        variant="warning",
        name="action",
        value="delete",
        type="button",
        prevent_double_click=True,
    )

    assert_has_html(
        html,
        '<button class="nhsuk-button nhsuk-button--warning" name="action" data-module="nhsuk-button"'
        ' data-prevent-double-click="true" type="button" value="delete">Delete</button>',
    )


def test_button_disabled_sets_disabled_and_aria_disabled():
    html = render("button", text="Save", disabled=True)

    assert " disabled " in html
    assert 'aria-disabled="true"' in html


def test_button_escapes_its_text():
    html = render("button", text=SCRIPT)

    assert "<script>" not in html
    assert ESCAPED_SCRIPT in html


# Card


def test_card_with_href_is_clickable_and_links_its_heading():
    html = render("card", heading="Placements", href="/placements/", description="Find a placement")

    assert 'class="nhsuk-card nhsuk-card--clickable"' in html
    assert_has_html(
        html,
        '<h2 class="nhsuk-card__heading"><a class="nhsuk-card__link" href="/placements/">Placements</a></h2>',
    )
    assert_has_html(html, '<p class="nhsuk-card__description">Find a placement</p>')


def test_card_uses_the_requested_heading_level_and_no_link_without_href():
    html = render("card", heading="About", heading_level=3, description=SCRIPT)

    assert_has_html(html, '<h3 class="nhsuk-card__heading">About</h3>')
    assert "<h2" not in html
    assert "nhsuk-card__link" not in html
    assert "nhsuk-card--clickable" not in html
    assert ESCAPED_SCRIPT in html
    assert "<script>" not in html


def test_card_without_heading_renders_no_heading_element():
    html = render("card", description="Just some text")

    assert "nhsuk-card__heading" not in html
    assert "<h2" not in html
    assert_has_html(html, '<p class="nhsuk-card__description">Just some text</p>')


def test_primary_card_shows_the_decorative_chevron_icon():
    html = render("card", heading="Start", href="/start/", variant="primary")

    assert "nhsuk-card--primary" in html
    assert 'class="nhsuk-icon nhsuk-icon--chevron-right-circle"' in html
    assert 'aria-hidden="true"' in html
    assert 'focusable="false"' in html


# Summary list


def test_summary_list_renders_rows_with_change_links_and_hidden_text():
    rows = [
        {"key": "Name", "value": "Karen Francis", "action_href": "/name/", "action_hidden_text": "name"},
        {"key": "Profession", "value": "Physiotherapist"},
    ]

    html = render("summary_list", rows=rows)

    assert_has_html(
        html,
        '<div class="nhsuk-summary-list__row">'
        '<dt class="nhsuk-summary-list__key">Name</dt>'
        '<dd class="nhsuk-summary-list__value">Karen Francis</dd>'
        '<dd class="nhsuk-summary-list__actions">'
        '<a class="nhsuk-link" href="/name/">Change<span class="nhsuk-u-visually-hidden"> name</span></a>'
        "</dd></div>",
    )
    # The row without an action is marked so the actions column still lines up.
    assert_has_html(
        html,
        '<div class="nhsuk-summary-list__row nhsuk-summary-list__row--no-actions">'
        '<dt class="nhsuk-summary-list__key">Profession</dt>'
        '<dd class="nhsuk-summary-list__value">Physiotherapist</dd></div>',
    )


def test_summary_list_without_actions_has_no_actions_column_and_can_drop_the_border():
    html = render("summary_list", rows=[{"key": "Name", "value": SCRIPT}], no_border=True)

    assert '<dl class="nhsuk-summary-list nhsuk-summary-list--no-border">' in html
    assert "nhsuk-summary-list__actions" not in html
    assert "--no-actions" not in html
    assert ESCAPED_SCRIPT in html
    assert "<script>" not in html


def test_summary_list_uses_custom_action_text():
    rows = [{"key": "Email", "value": "a@example.com", "action_href": "/email/", "action_text": "Edit"}]

    html = render("summary_list", rows=rows)

    assert_has_html(html, '<a class="nhsuk-link" href="/email/">Edit</a>')


# Tag


def test_tag_renders_a_strong_with_the_colour_modifier():
    html = render("tag", text="Completed", colour="green")

    assert_has_html(html, '<strong class="nhsuk-tag nhsuk-tag--green">Completed</strong>')


def test_tag_without_colour_has_no_modifier_and_escapes_text():
    html = render("tag", text=SCRIPT)

    assert '<strong class="nhsuk-tag">' in html
    assert ESCAPED_SCRIPT in html


# Inset text


def test_inset_text_wraps_plain_text_in_a_paragraph_and_escapes_it():
    html = render("inset_text", text=SCRIPT)

    assert_has_html(
        html,
        '<div class="nhsuk-inset-text">'
        '<span class="nhsuk-u-visually-hidden">Information: </span>'
        f"<p>{ESCAPED_SCRIPT}</p></div>",
    )


def test_inset_text_renders_safe_html_as_it_is():
    html = render("inset_text", html=mark_safe('<p>See <a href="/help/">help</a>.</p>'))

    assert_has_html(html, '<p>See <a href="/help/">help</a>.</p>')


# Warning callout


def test_warning_callout_is_a_warning_card_with_an_h3_and_hidden_important_prefix():
    html = render("warning_callout", heading="Before you start", text="You need your HCPC number.")

    assert 'class="nhsuk-card nhsuk-card--warning"' in html
    assert_has_html(
        html,
        '<h3 class="nhsuk-card__heading"><span role="text">'
        '<span class="nhsuk-u-visually-hidden">Important: </span>Before you start</span></h3>',
    )
    assert_has_html(html, '<p class="nhsuk-card__description">You need your HCPC number.</p>')


def test_warning_callout_heading_that_says_important_has_no_extra_prefix():
    html = render("warning_callout", heading="Important", text=SCRIPT)

    assert_has_html(html, '<h3 class="nhsuk-card__heading">Important</h3>')
    assert "Important: " not in html
    assert ESCAPED_SCRIPT in html


# Error summary


def test_error_summary_links_each_field_error_to_its_first_input():
    form = ProfileForm(data={"full_name": "", "profession": "nurse", "role": ""})

    html = render("error_summary", form=form)

    assert 'data-module="nhsuk-error-summary"' in html
    assert_has_html(html, '<h2 class="nhsuk-error-summary__heading">There is a problem</h2>')
    assert_has_html(html, f'<a href="#{form["full_name"].auto_id}">This field is required.</a>')
    assert_has_html(
        html,
        '<a href="#id_profession">Select a valid choice. nurse is not one of the available choices.</a>',
    )
    # Radios: the first radio's id, as the fieldset has none.
    assert_has_html(html, '<a href="#id_role_0">This field is required.</a>')
    # Field order is kept.
    assert html.index("#id_full_name") < html.index("#id_profession") < html.index("#id_role_0")


def test_error_summary_lists_non_field_and_hidden_field_errors_as_plain_text():
    form = ProfileForm(data={"full_name": "Karen", "profession": "physio", "role": "educator"})

    html = render("error_summary", form=form)

    assert_has_html(html, "<li>Those details do not match our records</li>")
    assert_has_html(html, "<li>This field is required.</li>")  # the hidden token
    assert 'href="#id_token"' not in html
    assert html.index("Those details do not match") < html.index("This field is required.")


def test_error_summary_renders_nothing_for_an_unbound_form():
    assert render("error_summary", form=ProfileForm()).strip() == ""


def test_error_summary_accepts_a_list_of_errors_and_a_custom_title():
    errors = [{"text": "Enter your email", "href": "#email"}, {"text": SCRIPT}]

    html = render("error_summary", errors=errors, title="Check your answers")

    assert_has_html(html, '<h2 class="nhsuk-error-summary__heading">Check your answers</h2>')
    assert_has_html(html, '<a href="#email">Enter your email</a>')
    assert ESCAPED_SCRIPT in html
    assert "<script>" not in html


# Notification banner


def test_notification_banner_defaults_to_an_important_region():
    html = render("notification_banner", text="Your profile was updated.")

    assert_has_html(
        html,
        '<div class="nhsuk-notification-banner" data-module="nhsuk-notification-banner" role="region"'
        ' aria-labelledby="nhsuk-notification-banner-title">'
        '<div class="nhsuk-notification-banner__header">'
        '<h2 class="nhsuk-notification-banner__title" id="nhsuk-notification-banner-title">Important</h2>'
        "</div>"
        '<div class="nhsuk-notification-banner__content">'
        '<p class="nhsuk-notification-banner__heading">Your profile was updated.</p>'
        "</div></div>",
    )


def test_notification_banner_success_is_an_alert_titled_success():
    html = render("notification_banner", success=True, heading="Saved", text=SCRIPT)

    assert 'class="nhsuk-notification-banner nhsuk-notification-banner--success"' in html
    assert 'role="alert"' in html
    assert_has_html(
        html,
        '<h2 class="nhsuk-notification-banner__title" id="nhsuk-notification-banner-title">Success</h2>',
    )
    assert_has_html(html, '<h3 class="nhsuk-notification-banner__heading">Saved</h3>')
    assert_has_html(html, f'<p class="nhsuk-body">{ESCAPED_SCRIPT}</p>')


def test_notification_banner_custom_title_and_title_id():
    html = render("notification_banner", title="New", title_id="news-title", text="Hello")

    assert 'aria-labelledby="news-title"' in html
    assert_has_html(html, '<h2 class="nhsuk-notification-banner__title" id="news-title">New</h2>')


# Pagination


def test_pagination_renders_nothing_for_a_single_page():
    assert render("pagination", page_obj=page(1, pages=1), query_string_base="q=x").strip() == ""


def test_pagination_links_keep_the_query_string_and_mark_the_current_page():
    html = render("pagination", page_obj=page(2, pages=3), query_string_base="q=physio&role=2")

    assert 'class="nhsuk-pagination nhsuk-pagination--numbered"' in html
    assert 'aria-label="Pagination"' in html
    assert 'href="?q=physio&amp;role=2&amp;page=1" class="nhsuk-pagination__previous" rel="prev"' in html
    assert 'href="?q=physio&amp;role=2&amp;page=3" class="nhsuk-pagination__next" rel="next"' in html
    assert_has_html(
        html,
        '<li class="nhsuk-pagination__item nhsuk-pagination__item--current">'
        '<a class="nhsuk-pagination__link" href="?q=physio&amp;role=2&amp;page=2" aria-label="Page 2"'
        ' aria-current="page">2</a></li>',
    )
    assert html.count('aria-current="page"') == 1
    assert 'class="nhsuk-icon nhsuk-icon--arrow-left"' in html


def test_pagination_with_an_empty_query_string_links_to_page_only():
    html = render("pagination", page_obj=page(1, pages=2), query_string_base="")

    assert 'href="?page=2" class="nhsuk-pagination__next"' in html
    assert "?&" not in html
    # No previous link on the first page.
    assert "nhsuk-pagination__previous" not in html


def test_pagination_shortens_long_ranges_with_ellipses():
    html = render("pagination", page_obj=page(10, pages=40), query_string_base="")

    shown = [n for n in range(1, 41) if f'aria-label="Page {n}"' in html]
    assert shown == [1, 8, 9, 10, 11, 12, 40]
    assert html.count("nhsuk-pagination__item--ellipsis") == 2
    assert "nhsuk-pagination__next" in html


def test_pagination_shows_a_single_hidden_page_instead_of_an_ellipsis():
    html = render("pagination", page_obj=page(5, pages=9), query_string_base="")

    shown = [n for n in range(1, 10) if f'aria-label="Page {n}"' in html]
    assert shown == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert "nhsuk-pagination__item--ellipsis" not in html


# Table


def test_table_renders_caption_head_and_escaped_cells():
    html = render("table", caption="Pathways", head=["Name", "Level"], rows=[["Practice educator", SCRIPT]])

    assert_has_html(html, '<caption class="nhsuk-table__caption">Pathways</caption>')
    assert_has_html(
        html,
        '<thead class="nhsuk-table__head"><tr class="nhsuk-table__row">'
        '<th class="nhsuk-table__header" scope="col">Name</th>'
        '<th class="nhsuk-table__header" scope="col">Level</th></tr></thead>',
    )
    assert_has_html(html, '<td class="nhsuk-table__cell">Practice educator</td>')
    assert ESCAPED_SCRIPT in html
    assert "<script>" not in html
    assert 'role="' not in html


def test_responsive_table_has_roles_and_repeats_headers_in_cells():
    html = render(
        "table",
        caption="Charges",
        head=["Item", "Cost"],
        rows=[["3-month", "£31.25"]],
        responsive=True,
        first_cell_is_header=True,
        numeric_columns=[1],
    )

    assert '<table class="nhsuk-table nhsuk-table--responsive" role="table">' in html
    assert '<thead class="nhsuk-table__head" role="rowgroup">' in html
    assert_has_html(
        html,
        '<th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col" role="columnheader">'
        "Cost</th>",
    )
    assert_has_html(
        html,
        '<tr class="nhsuk-table__row" role="row">'
        '<th class="nhsuk-table__header" scope="row" role="rowheader">'
        '<span class="nhsuk-table__heading" aria-hidden="true">Item </span>3-month</th>'
        '<td class="nhsuk-table__cell nhsuk-table__cell--numeric" role="cell">'
        '<span class="nhsuk-table__heading" aria-hidden="true">Cost </span>£31.25</td></tr>',
    )


# Details


def test_details_renders_summary_and_text():
    html = render("details", summary="What is a practice educator?", text=SCRIPT)

    assert_has_html(
        html,
        '<details class="nhsuk-details"><summary class="nhsuk-details__summary">'
        '<span class="nhsuk-details__summary-text">What is a practice educator?</span></summary>'
        f'<div class="nhsuk-details__text">{ESCAPED_SCRIPT}</div></details>',
    )


def test_details_expander_adds_the_expander_class_and_can_start_open():
    html = render("details", summary="Opening times", text="9 to 5", expander=True, open=True)

    assert '<details class="nhsuk-details nhsuk-expander" open>' in html


# Back link


def test_back_link_defaults_to_back_text():
    html = render("back_link", href="/pathways/")

    assert_has_html(html, '<a class="nhsuk-back-link" href="/pathways/">Back</a>')


def test_back_link_uses_custom_text_and_escapes_it():
    html = render("back_link", href="/x/", text=SCRIPT)

    assert ESCAPED_SCRIPT in html
    assert "<script>" not in html
    assert ">Back<" not in html


# Every component


ALL_COMPONENTS = [
    ("button", {"text": "Save", "href": "/x/"}),
    ("button", {"text": "Save", "name": "a", "value": "b", "disabled": True}),
    ("card", {"heading": "H", "href": "/x/", "description": "D", "variant": "primary"}),
    ("summary_list", {"rows": [{"key": "K", "value": "V", "action_href": "/x/"}, {"key": "K2"}]}),
    ("tag", {"text": "T", "colour": "blue"}),
    ("inset_text", {"text": "T"}),
    ("warning_callout", {"heading": "H", "text": "T"}),
    ("error_summary", {"form": ProfileForm(data={}), "errors": [{"text": "E", "href": "#e"}]}),
    ("notification_banner", {"heading": "H", "text": "T", "success": True}),
    ("pagination", {"page_obj": page(10, pages=40), "query_string_base": "q=a"}),
    (
        "table",
        {
            "caption": "C",
            "head": ["A", "B"],
            "rows": [["1", "2"]],
            "responsive": True,
            "numeric_columns": [1],
        },
    ),
    ("details", {"summary": "S", "text": "T", "expander": True}),
    ("back_link", {"href": "/x/"}),
    ("back_link", {}),
]


@pytest.mark.parametrize(
    ("component", "context"), ALL_COMPONENTS, ids=[f"{c}-{i}" for i, (c, _) in enumerate(ALL_COMPONENTS)]
)
def test_component_markup_is_well_formed_without_inline_styles_scripts_or_duplicate_ids(component, context):
    html = render(component, **context)

    assert html.strip(), "component rendered nothing"
    assert check_markup(html) == []


def test_markup_checker_catches_the_problems_it_looks_for():
    """The checker above must be able to fail."""
    assert check_markup('<div style="color:red"><script>x</script></div>') != []
    assert check_markup('<p id="a"></p><p id="a"></p>') != []
    assert check_markup("<div><span></div>") != []
    assert check_markup('<div><svg><path d="M0"/></svg></div>') == []


def test_no_template_of_ours_has_a_comment_django_would_print():
    """{# … #} is one line only: spread over two, Django prints it on the page as text."""
    import re
    from pathlib import Path

    from django.conf import settings

    folders = [
        settings.BASE_DIR / name for name in ("templates", "pathways", "resources", "accounts", "evaluation")
    ]
    offenders = [
        str(path.relative_to(settings.BASE_DIR))
        for folder in folders
        for path in Path(folder).rglob("*.html")
        if re.search(r"\{#(?:(?!#\}).)*\n", path.read_text(), flags=re.S)
    ]
    assert offenders == []
