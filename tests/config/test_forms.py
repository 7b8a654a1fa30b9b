"""Django forms render as NHS.UK fields through the components (config/forms.py), as the NHS's macros do."""

import datetime
import re

from django import forms
from django.template.loader import render_to_string
from django.test.html import parse_html

from tests.components.nhsuk_jinja import render_macro


class EverythingForm(forms.Form):
    email = forms.EmailField(label="Email address", help_text="We only use it to sign you in")
    comment = forms.CharField(label="Comment", widget=forms.Textarea, required=False)
    summary = forms.CharField(label="Summary", widget=forms.Textarea, max_length=200)
    sort = forms.ChoiceField(label="Sort by", choices=[("a", "A to Z"), ("n", "Newest")])
    role = forms.ChoiceField(
        label="Role", choices=[("educator", "Educator"), ("learner", "Learner")], widget=forms.RadioSelect
    )
    formats = forms.MultipleChoiceField(
        label="Formats",
        choices=[("online", "Online"), ("face", "Face to face")],
        widget=forms.CheckboxSelectMultiple,
    )
    confirm = forms.BooleanField(label="I understand")
    started = forms.DateField(label="When did you start?", help_text="For example, 27 3 2024")
    evidence = forms.FileField(label="Evidence", required=False)
    nickname = forms.CharField(
        label="Nickname", required=False, widget=forms.TextInput(attrs={"placeholder": "Jo"})
    )


def field_html(form, name: str) -> str:
    return form[name].as_field_group()


def assert_same_markup(ours: str, theirs: str) -> None:
    assert parse_html(ours) == parse_html(theirs), f"\n--- ours ---\n{ours}\n--- NHS ---\n{theirs}"


def error(name: str, text: str) -> dict:
    return {"text": text, "id": f"id_{name}_error"}


INVALID = {"email": "nope", "summary": "x" * 201, "sort": "z", "started_day": "31", "started_month": "2"}


def test_a_text_input_with_hint_matches_the_nhs_input():
    form = EverythingForm()

    assert_same_markup(
        field_html(form, "email"),
        render_macro(
            "input",
            {
                "id": "id_email",
                "name": "email",
                "type": "email",
                "label": {"text": "Email address"},
                "hint": {"text": "We only use it to sign you in", "id": "id_email_helptext"},
                "attributes": {"maxlength": "320", "required": {"value": True, "optional": True}},
            },
        ),
    )


def test_a_text_input_with_an_error_matches_the_nhs_input_in_error():
    form = EverythingForm(data=INVALID)

    assert_same_markup(
        field_html(form, "email"),
        render_macro(
            "input",
            {
                "id": "id_email",
                "name": "email",
                "type": "email",
                "value": "nope",
                "label": {"text": "Email address"},
                "hint": {"text": "We only use it to sign you in", "id": "id_email_helptext"},
                "errorMessage": error("email", "Enter a valid email address."),
                "attributes": {
                    "maxlength": "320",
                    "required": {"value": True, "optional": True},
                    "aria-invalid": "true",
                },
            },
        ),
    )


def test_aria_describedby_is_what_django_builds():
    form = EverythingForm(data=INVALID)

    html = field_html(form, "email")

    assert form["email"].aria_describedby == "id_email_helptext id_email_error"
    assert 'aria-describedby="id_email_helptext id_email_error"' in html
    assert 'id="id_email_helptext"' in html and 'id="id_email_error"' in html


def test_a_textarea_matches_the_nhs_textarea():
    assert_same_markup(
        field_html(EverythingForm(), "comment"),
        render_macro(
            "textarea",
            {
                "id": "id_comment",
                "name": "comment",
                "label": {"text": "Comment"},
                "rows": "10",
                "attributes": {"cols": "40"},
            },
        ),
    )


def test_a_textarea_with_max_length_is_a_character_count_without_a_hard_limit():
    form = EverythingForm(data=INVALID)

    assert_same_markup(
        field_html(form, "summary"),
        render_macro(
            "character_count",
            {
                "id": "id_summary",
                "name": "summary",
                "value": "x" * 201,
                "maxlength": 200,
                "rows": "10",
                "label": {"text": "Summary"},
                "errorMessage": error(
                    "summary", "Ensure this value has at most 200 characters (it has 201)."
                ),
                "attributes": {
                    "cols": "40",
                    "required": {"value": True, "optional": True},
                    "aria-invalid": "true",
                },
            },
        ),
    )
    textarea = re.search(r"<textarea[^>]*>", field_html(form, "summary")).group(0)
    assert " maxlength=" not in textarea


def test_a_select_matches_the_nhs_select_with_its_error():
    form = EverythingForm(data=INVALID)

    assert_same_markup(
        field_html(form, "sort"),
        render_macro(
            "select",
            {
                "id": "id_sort",
                "name": "sort",
                "label": {"text": "Sort by"},
                "items": [{"value": "a", "text": "A to Z"}, {"value": "n", "text": "Newest"}],
                "errorMessage": error(
                    "sort", "Select a valid choice. z is not one of the available choices."
                ),
                # Django leaves required off a select whose first choice is not empty.
                "attributes": {"aria-invalid": "true"},
            },
        ),
    )


def test_radios_match_the_nhs_radios_in_a_fieldset_described_by_the_error():
    form = EverythingForm(data={"role": "learner"} | INVALID)
    required = {"required": {"value": True, "optional": True}}

    assert_same_markup(
        field_html(form, "role"),
        render_macro(
            "radios",
            {
                "name": "role",
                "idPrefix": "id_role",
                "fieldset": {"legend": {"text": "Role", "size": "s"}},
                "items": [
                    {"value": "educator", "text": "Educator", "id": "id_role_0", "attributes": required},
                    {
                        "value": "learner",
                        "text": "Learner",
                        "id": "id_role_1",
                        "checked": True,
                        "attributes": required,
                    },
                ],
            },
        ),
    )
    invalid = EverythingForm(data=INVALID)
    html = field_html(invalid, "role")
    assert 'aria-describedby="id_role_error"' in html
    assert "nhsuk-form-group--error" in html


def test_checkboxes_match_the_nhs_checkboxes():
    form = EverythingForm(data={"formats": ["face"]})

    assert_same_markup(
        field_html(form, "formats"),
        render_macro(
            "checkboxes",
            {
                "name": "formats",
                "idPrefix": "id_formats",
                "fieldset": {"legend": {"text": "Formats", "size": "s"}},
                "items": [
                    {"value": "online", "text": "Online", "id": "id_formats_0"},
                    {"value": "face", "text": "Face to face", "id": "id_formats_1", "checked": True},
                ],
            },
        ),
    )


def test_a_boolean_field_is_a_single_nhs_checkbox_without_a_fieldset():
    form = EverythingForm(data={"confirm": "true"})

    assert_same_markup(
        field_html(form, "confirm"),
        render_macro(
            "checkboxes",
            {
                "name": "confirm",
                "idPrefix": "id_confirm",
                "items": [
                    {
                        "value": "true",
                        "text": "I understand",
                        "id": "id_confirm",
                        "checked": True,
                        "attributes": {"required": {"value": True, "optional": True}},
                    }
                ],
            },
        ),
    )
    form.is_valid()
    assert form.cleaned_data["confirm"] is True


def test_a_date_field_is_the_nhs_date_input_and_keeps_what_was_typed():
    form = EverythingForm(data=INVALID)
    required = {"required": {"value": True, "optional": True}, "aria-invalid": "true"}

    assert_same_markup(
        field_html(form, "started"),
        render_macro(
            "date_input",
            {
                "id": "id_started",
                "fieldset": {"legend": {"text": "When did you start?", "size": "s"}},
                "hint": {"text": "For example, 27 3 2024", "id": "id_started_helptext"},
                "errorMessage": error("started", "Enter a valid date."),
                "items": [
                    {
                        "id": "id_started_0",
                        "name": "started_day",
                        "label": "Day",
                        "value": "31",
                        "attributes": required,
                    },
                    {
                        "id": "id_started_1",
                        "name": "started_month",
                        "label": "Month",
                        "value": "2",
                        "attributes": required,
                    },
                    {
                        "id": "id_started_2",
                        "name": "started_year",
                        "label": "Year",
                        "value": "",
                        "width": 4,
                        "attributes": required,
                    },
                ],
            },
        ),
    )


def test_a_date_field_reads_and_shows_a_date():
    form = EverythingForm(data={"started_day": "27", "started_month": "3", "started_year": "2024"})
    form.is_valid()

    assert form.cleaned_data["started"] == datetime.date(2024, 3, 27)
    initial = EverythingForm(initial={"started": datetime.date(2024, 3, 27)})
    html = field_html(initial, "started")
    assert 'value="27"' in html and 'value="3"' in html and 'value="2024"' in html


def test_the_error_summary_links_to_the_first_input_of_every_field():
    form = EverythingForm(data=INVALID)
    page = form.render()

    links = re.findall(r'href="#([^"]+)"', render_to_string("components/error_summary.html", {"form": form}))
    for target in links:
        assert f'id="{target}"' in page, f"#{target} links to nothing"
    assert {
        "id_email",
        "id_summary",
        "id_sort",
        "id_role_0",
        "id_formats_0",
        "id_confirm",
        "id_started_0",
    } <= set(links)


def test_every_field_in_error_has_the_nhs_error_markup():
    form = EverythingForm(data=INVALID)

    for name in ["email", "summary", "sort", "role", "formats", "confirm", "started"]:
        html = field_html(form, name)
        assert "nhsuk-form-group--error" in html, name
        assert f'<span class="nhsuk-error-message" id="id_{name}_error">' in html, name


def test_a_file_upload_stays_a_label_hint_and_django_widget():
    html = field_html(EverythingForm(), "evidence")

    assert_same_markup(
        html,
        '<div class="nhsuk-form-group"><label class="nhsuk-label" for="id_evidence">Evidence</label>'
        '<input type="file" name="evidence" class="nhsuk-file-upload" id="id_evidence"></div>',
    )


def test_no_field_has_a_placeholder():
    assert "placeholder" not in EverythingForm().render()
