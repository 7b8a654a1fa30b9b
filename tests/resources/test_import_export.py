import io

import openpyxl
import pytest
import tablib
from django.urls import reverse

from resources.import_export import ResourceResource
from resources.models import Resource
from tests.factories import UserFactory, with_totp

HEADER = (
    "slug,title,summary,provider,url,format,delivery,cost,levels,domains,capabilities,professions,status\n"
)
GOOD_ROW = (
    "new-feedback-course,New feedback course,Practice giving feedback.,advance-he,https://example.ac.uk/feedback,"
    'course,online_live,free,"practice-educator,senior-educator","1,2",D1.L1.1,dietitians,draft\n'
)
SECOND_GOOD_ROW = (
    "second-new-course,Second new course,Another one.,advance-he,https://example.ac.uk/second,"
    "reading,online_self_paced,free,practice-educator,3,,,draft\n"
)
BAD_ROW = (
    "bad-course,Bad course,Unknown level.,advance-he,https://example.ac.uk/bad,"
    "course,online_live,free,no-such-level,1,,,draft\n"
)


def dataset(text: str) -> tablib.Dataset:
    return tablib.Dataset().load(text, format="csv")


@pytest.fixture
def admin_client_with_mfa(client, demo_catalogue):
    client.force_login(with_totp(UserFactory(is_superuser=True, is_staff=True)))
    return client


def test_a_good_csv_imports_with_related_records_by_key(demo_catalogue):
    result = ResourceResource().import_data(dataset(HEADER + GOOD_ROW + SECOND_GOOD_ROW), dry_run=False)

    assert not result.has_errors() and not result.has_validation_errors()
    resource = Resource.objects.get(slug="new-feedback-course")
    assert resource.provider.slug == "advance-he"
    assert sorted(resource.levels.values_list("slug", flat=True)) == ["practice-educator", "senior-educator"]
    assert sorted(resource.domains.values_list("number", flat=True)) == [1, 2]
    assert list(resource.capabilities.values_list("code", flat=True)) == ["D1.L1.1"]
    assert list(resource.professions.values_list("slug", flat=True)) == ["dietitians"]
    assert Resource.objects.filter(slug="second-new-course").exists()


def test_an_import_updates_an_existing_resource_by_slug(demo_catalogue):
    existing = Resource.objects.published().first()
    data = tablib.Dataset(headers=HEADER.strip().split(","))
    data.append(
        [
            existing.slug,
            "Renamed title",
            existing.summary,
            existing.provider.slug,
            existing.url,
            existing.format,
            existing.delivery,
            existing.cost,
            *["", "", "", ""],  # levels, domains, capabilities, professions left empty
            "published",
        ]
    )
    count = Resource.objects.count()

    result = ResourceResource().import_data(data, dry_run=False)

    assert not result.has_errors() and not result.has_validation_errors()
    assert Resource.objects.count() == count
    assert Resource.objects.get(pk=existing.pk).title == "Renamed title"


def test_a_csv_with_one_bad_row_imports_nothing_and_names_the_row(demo_catalogue):
    count = Resource.objects.count()

    result = ResourceResource().import_data(dataset(HEADER + GOOD_ROW + BAD_ROW), dry_run=False)

    assert result.has_errors() or result.has_validation_errors()
    assert Resource.objects.count() == count
    assert not Resource.objects.filter(slug="new-feedback-course").exists()
    messages = [str(error.error) for _, errors in result.row_errors() for error in errors]
    messages += [str(row.error_dict) for row in result.invalid_rows]
    assert any("no-such-level" in message for message in messages)


@pytest.mark.parametrize(
    ("bad_row", "expected"),
    [
        (GOOD_ROW.replace("course,online_live", "not-a-format,online_live"), "not-a-format"),
        (GOOD_ROW.replace("advance-he", "no-such-provider"), "Provider"),
    ],
)
def test_bad_choices_and_unknown_providers_are_row_errors(demo_catalogue, bad_row, expected):
    result = ResourceResource().import_data(dataset(HEADER + bad_row), dry_run=False)

    assert result.has_errors() or result.has_validation_errors()
    assert not Resource.objects.filter(slug="new-feedback-course").exists()


def test_the_admin_import_refuses_a_file_with_a_bad_row_and_shows_its_error(admin_client_with_mfa):
    count = Resource.objects.count()
    upload = io.BytesIO((HEADER + GOOD_ROW + BAD_ROW).encode())
    upload.name = "resources.csv"

    response = admin_client_with_mfa.post(
        reverse("admin:resources_resource_import"),
        {"import_file": upload, "format": "0", "resource": "0"},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "no-such-level" in html
    result = response.context["result"]
    assert result.has_errors() or result.has_validation_errors()
    assert "confirm_form" not in response.context  # nothing to confirm: the file is refused as a whole
    assert Resource.objects.count() == count


def test_the_admin_import_previews_a_good_file_then_imports_on_confirm(admin_client_with_mfa):
    upload = io.BytesIO((HEADER + GOOD_ROW).encode())
    upload.name = "resources.csv"

    preview = admin_client_with_mfa.post(
        reverse("admin:resources_resource_import"), {"import_file": upload, "format": "0", "resource": "0"}
    )
    assert preview.status_code == 200
    assert not Resource.objects.filter(slug="new-feedback-course").exists()
    confirm_form = preview.context["confirm_form"]

    confirmed = admin_client_with_mfa.post(
        reverse("admin:resources_resource_process_import"), confirm_form.initial
    )

    assert confirmed.status_code == 302
    assert Resource.objects.filter(slug="new-feedback-course").exists()


def test_xlsx_export_downloads_readable_keys(admin_client_with_mfa):
    response = admin_client_with_mfa.post(
        reverse("admin:resources_resource_export"),
        {
            "format": "1",
            "resource": "0",
            **{f"resourceresource_{name}": "on" for name in ResourceResource().get_export_order()},
        },
    )

    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][0] == "slug"
    assert len(rows) == Resource.objects.count() + 1
    provider_column = rows[0].index("provider")
    assert all(row[provider_column] and " " not in row[provider_column] for row in rows[1:])
