import copy
import csv
import io
import json
from collections import Counter

import pytest
from django.core.management import call_command
from django.urls import reverse

from pathways import content_version
from pathways.exports.case import case_package_to_data, framework_to_case_package
from pathways.exports.csv import COLUMNS, csv_to_data, framework_to_csv
from pathways.framework_file import FrameworkFileError, validate_framework_data
from pathways.framework_import import framework_import
from pathways.models import Capability, Framework

pytestmark = pytest.mark.django_db

BASE_URL = "http://testserver"
CASE_URL = reverse("pathways:case_package")
CSV_URL = reverse("pathways:csv")


def without_change_times(value):
    """The package with every lastChangeDateTime removed: a re-import stamps rows anew."""
    if isinstance(value, dict):
        return {key: without_change_times(item) for key, item in value.items() if key != "lastChangeDateTime"}
    if isinstance(value, list):
        return [without_change_times(item) for item in value]
    return value


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def replace_framework_with(data):
    Framework.objects.all().delete()
    return framework_import(data=data).framework


def add_capabilities(framework, count: int) -> None:
    domain = framework.domains.get(number=1)
    level = framework.levels.get(position=1)
    Capability.objects.bulk_create(
        Capability(
            domain=domain, level=level, code=f"D1.L1.{100 + n}", position=100 + n, statement=f"Extra {n}."
        )
        for n in range(count)
    )
    # bulk_create sends no signals: like any bulk writer, say that published content changed.
    content_version.content_changed()


# CASE 1.1 package


def test_case_download_is_json_with_the_three_parts(client, demo_framework):
    response = client.get(CASE_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    package = json.loads(response.content)
    assert set(package) == {"CFDocument", "CFItems", "CFAssociations"}
    assert package["CFDocument"]["identifier"] == str(demo_framework.uuid)
    assert package["CFDocument"]["title"] == "AHP Educator Career Framework"
    assert package["CFDocument"]["adoptionStatus"] == "Adopted"
    assert package["CFDocument"]["lastChangeDateTime"].endswith("Z")
    assert len(package["CFItems"]) == 6 + 5 + 71


def test_case_items_carry_human_codes_and_absolute_page_addresses(demo_framework):
    package = framework_to_case_package(demo_framework, base_url=BASE_URL)
    items = {item["humanCodingScheme"]: item for item in package["CFItems"]}

    assert items["D2"]["CFItemType"] == "Domain"
    assert items["L3"]["CFItemType"] == "Level"
    assert items["L3"]["alternativeLabel"] == "practice-educator"
    assert items["L3"]["uri"] == BASE_URL + reverse("pathways:level", kwargs={"slug": "practice-educator"})
    capability = Capability.objects.get(code="D2.L3.1")
    assert items["D2.L3.1"]["CFItemType"] == "Capability"
    assert items["D2.L3.1"]["identifier"] == str(capability.uuid)
    assert items["D2.L3.1"]["fullStatement"] == capability.statement
    assert items["D2.L3.1"]["CFDocumentURI"]["identifier"] == str(demo_framework.uuid)
    assert Counter(item["CFItemType"] for item in package["CFItems"]) == {
        "Domain": 6,
        "Level": 5,
        "Capability": 71,
    }


def test_every_case_association_joins_items_of_the_package(demo_framework):
    package = framework_to_case_package(demo_framework, base_url=BASE_URL)
    known = {item["identifier"] for item in package["CFItems"]} | {package["CFDocument"]["identifier"]}

    for association in package["CFAssociations"]:
        assert association["originNodeURI"]["identifier"] in known
        assert association["destinationNodeURI"]["identifier"] in known
    identifiers = [association["identifier"] for association in package["CFAssociations"]]
    assert len(identifiers) == len(set(identifiers))


def test_each_capability_is_a_child_of_its_domain_and_has_its_level(demo_framework):
    package = framework_to_case_package(demo_framework, base_url=BASE_URL)
    links: dict[str, list[tuple[str, str]]] = {}
    for association in package["CFAssociations"]:
        links.setdefault(association["originNodeURI"]["identifier"], []).append(
            (association["associationType"], association["destinationNodeURI"]["identifier"])
        )

    for capability in Capability.objects.with_place():
        assert sorted(links[str(capability.uuid)]) == [
            ("hasSkillLevel", str(capability.level.uuid)),
            ("isChildOf", str(capability.domain.uuid)),
        ]
    for domain in demo_framework.domains.all():
        assert links[str(domain.uuid)] == [("isChildOf", str(demo_framework.uuid))]


def test_case_export_is_the_same_twice(demo_framework):
    first = framework_to_case_package(demo_framework, base_url=BASE_URL)

    assert framework_to_case_package(demo_framework, base_url=BASE_URL) == first


def test_case_package_reads_back_into_the_same_framework(demo_framework):
    original = framework_to_case_package(demo_framework, base_url=BASE_URL)
    data = case_package_to_data(copy.deepcopy(original))
    validate_framework_data(data)

    framework = replace_framework_with(data)

    assert framework.status == Framework.Status.PUBLISHED
    again = framework_to_case_package(framework, base_url=BASE_URL)
    assert without_change_times(again) == without_change_times(original)


def test_import_command_reads_a_case_package(demo_framework, tmp_path):
    path = tmp_path / "framework.case.json"
    path.write_text(
        json.dumps(framework_to_case_package(demo_framework, base_url=BASE_URL)), encoding="utf-8"
    )
    Framework.objects.all().delete()
    out = io.StringIO()

    call_command("import_framework", str(path), stdout=out)

    assert "capability: 71 created" in out.getvalue()
    assert Framework.objects.published().get().uuid == demo_framework.uuid


def test_malformed_case_package_is_refused_with_places(demo_framework):
    package = framework_to_case_package(demo_framework, base_url=BASE_URL)
    package["CFItems"][0]["CFItemType"] = "Planet"
    capability_index = next(
        i for i, item in enumerate(package["CFItems"]) if item["CFItemType"] == "Capability"
    )
    package["CFItems"][capability_index].pop("fullStatement")
    package["CFAssociations"][3]["destinationNodeURI"] = "nowhere"

    with pytest.raises(FrameworkFileError) as refused:
        case_package_to_data(package)

    problems = "\n".join(refused.value.problems)
    assert "CFItems[0] (D1).CFItemType: must be one of" in problems
    assert f"CFItems[{capability_index}]" in problems and "fullStatement: missing" in problems
    assert "CFAssociations[3].destinationNodeURI" in problems


def test_case_package_without_its_parts_is_refused():
    with pytest.raises(FrameworkFileError) as refused:
        case_package_to_data({"CFDocument": {}})

    assert refused.value.problems == [
        "CFItems: missing or not a list",
        "CFAssociations: missing or not a list",
    ]


def test_capability_without_a_domain_association_is_refused(demo_framework):
    package = framework_to_case_package(demo_framework, base_url=BASE_URL)
    capability = Capability.objects.get(code="D2.L3.1")
    package["CFAssociations"] = [
        association
        for association in package["CFAssociations"]
        if not (
            association["originNodeURI"]["identifier"] == str(capability.uuid)
            and association["associationType"] == "isChildOf"
        )
    ]

    with pytest.raises(FrameworkFileError) as refused:
        case_package_to_data(package)

    assert any("(D2.L3.1): no isChildOf association to its domain" in p for p in refused.value.problems)


# CSV


def test_csv_download_has_a_header_and_one_row_per_capability(client, demo_framework):
    response = client.get(CSV_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="ahp-educator-career-framework.csv"'
    text = response.content.decode("utf-8")
    assert text.splitlines()[0] == ",".join(COLUMNS)
    rows = csv_rows(text)
    assert len(rows) == 71
    first = rows[0]
    assert first["code"] == "D1.L1.1"
    assert first["framework_uuid"] == str(demo_framework.uuid)
    assert first["level_slug"] == "pre-registration"
    assert first["domain_provisional"] in ("true", "false")


def test_csv_joins_examples_with_a_bar(demo_framework):
    capability = Capability.objects.exclude(examples=[]).first()

    row = next(row for row in csv_rows(framework_to_csv(demo_framework)) if row["code"] == capability.code)

    assert row["examples"] == " | ".join(capability.examples)


def test_csv_cells_that_look_like_formulas_are_neutralised_and_read_back(demo_framework):
    Capability.objects.filter(code="D1.L1.1").update(
        statement='=HYPERLINK("http://evil")', examples=["@SUM(1)"]
    )
    Capability.objects.filter(code="D1.L1.2").update(statement="'quoted already")

    text = framework_to_csv(demo_framework)
    rows = {row["code"]: row for row in csv_rows(text)}

    assert rows["D1.L1.1"]["statement"] == '\'=HYPERLINK("http://evil")'
    assert rows["D1.L1.1"]["examples"] == "'@SUM(1)"
    data = csv_to_data(text.encode(), filename="f.csv")
    statements = {item["code"]: item for item in data["capabilities"]}
    assert statements["D1.L1.1"]["statement"] == '=HYPERLINK("http://evil")'
    assert statements["D1.L1.1"]["examples"] == ["@SUM(1)"]
    assert statements["D1.L1.2"]["statement"] == "'quoted already"


def test_csv_reads_back_into_the_same_framework(demo_framework):
    original = framework_to_csv(demo_framework)
    data = csv_to_data(original.encode("utf-8"), filename="framework.csv")
    validate_framework_data(data)

    framework = replace_framework_with(data)

    assert framework_to_csv(framework) == original


def test_import_command_reads_a_csv(demo_framework, tmp_path):
    path = tmp_path / "framework.csv"
    path.write_bytes(framework_to_csv(demo_framework).encode("utf-8"))
    Framework.objects.all().delete()
    out = io.StringIO()

    call_command("import_framework", str(path), stdout=out)

    assert "capability: 71 created" in out.getvalue()
    assert Capability.objects.count() == 71


def test_csv_with_bad_rows_is_refused_row_by_row(demo_framework):
    rows = csv_rows(framework_to_csv(demo_framework))
    rows[0]["level_position"] = "three"
    rows[4]["statement"] = ""
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)

    with pytest.raises(FrameworkFileError) as refused:
        csv_to_data(output.getvalue().encode(), filename="f.csv")

    assert "row 2: level_position 'three' is not a whole number" in refused.value.problems
    assert "row 6: statement empty" in refused.value.problems


def test_csv_missing_a_column_is_refused(db):
    with pytest.raises(FrameworkFileError) as refused:
        csv_to_data(b"framework_uuid,code\n", filename="f.csv")

    assert refused.value.problems[0].startswith("f.csv row 1: missing column(s) framework_name")


def test_csv_that_is_not_utf8_is_refused(db):
    with pytest.raises(FrameworkFileError) as refused:
        csv_to_data(",".join(COLUMNS).encode() + "\nCaf\u00e9".encode("latin-1"), filename="f.csv")

    assert "not UTF-8" in refused.value.problems[0]


# Both downloads


@pytest.mark.parametrize("url", [CASE_URL, CSV_URL])
def test_downloads_are_404_when_nothing_is_published(client, db, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("url", [CASE_URL, CSV_URL])
def test_downloads_refuse_post(client, demo_framework, url):
    assert client.post(url).status_code == 405


@pytest.mark.parametrize("url", [CASE_URL, CSV_URL])
def test_download_queries_do_not_grow_with_the_framework(
    client, demo_framework, django_assert_max_num_queries, url
):
    with django_assert_max_num_queries(4):
        response = client.get(url)
    assert response.status_code == 200
    assert b"D1.L1.1" in response.content
    add_capabilities(demo_framework, 142)
    with django_assert_max_num_queries(4):
        response = client.get(url)
    assert response.status_code == 200
    assert b"D1.L1.241" in response.content
