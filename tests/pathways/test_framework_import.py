import copy
import io
import json

import pytest
import yaml
from django.core.management import CommandError, call_command
from django.db import IntegrityError

from pathways.demo import DEMO_FRAMEWORK_FILE
from pathways.framework_export import framework_as_data
from pathways.framework_file import FrameworkFileError, parse_framework_file
from pathways.framework_import import framework_import
from pathways.models import (
    Capability,
    Domain,
    EducatorRole,
    Framework,
    Level,
    LivedExample,
    Profession,
    StepForDevelopment,
)

pytestmark = pytest.mark.django_db


def write_yaml(tmp_path, data, name="framework.yaml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def import_file(path):
    """Run the command as a curator would; return (stdout, stderr), or raise CommandError."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_framework", str(path), stdout=out, stderr=err)
    except CommandError as error:
        error.stderr = err.getvalue()
        raise
    return out.getvalue(), err.getvalue()


def refused_problems(path) -> str:
    with pytest.raises(CommandError) as refused:
        import_file(path)
    assert "nothing was imported" in str(refused.value)
    return refused.value.stderr


def database_counts() -> dict[str, int]:
    models = [
        Framework,
        Level,
        Domain,
        Capability,
        StepForDevelopment,
        EducatorRole,
        Profession,
        LivedExample,
    ]
    return {model.__name__: model.objects.count() for model in models}


def test_demo_file_imports_the_whole_framework(demo_framework, demo_framework_data):
    assert demo_framework.status == Framework.Status.PUBLISHED
    assert demo_framework.levels.count() == 5
    assert demo_framework.domains.count() == 6
    assert Capability.objects.in_framework(demo_framework).count() == 71
    assert demo_framework.roles.count() == 10
    assert Profession.objects.count() == 14
    # Every story in the file, however many the demo holds (tests/pathways/test_demo_stories.py checks
    # that they cover every profession and level).
    assert demo_framework.lived_examples.count() == len(demo_framework_data["lived_examples"])


def test_importing_the_same_file_twice_changes_nothing(demo_framework, demo_framework_data):
    before = framework_as_data(demo_framework)
    counts = database_counts()

    report = framework_import(data=copy.deepcopy(demo_framework_data))

    assert not report.changed
    assert framework_as_data(Framework.objects.get()) == before
    assert database_counts() == counts


def test_import_command_says_what_it_created(db):
    out, _ = import_file(DEMO_FRAMEWORK_FILE)

    assert "capability: 71 created" in out
    assert "level: 5 created" in out
    assert "AHP Educator Career Framework (demo-2026.1): imported." in out


def test_import_command_says_when_nothing_changed(demo_framework):
    out, _ = import_file(DEMO_FRAMEWORK_FILE)

    assert "capability: 71 unchanged" in out
    assert "already up to date; nothing changed" in out


def test_import_command_reports_an_updated_statement(demo_framework, demo_framework_data, tmp_path):
    demo_framework_data["capabilities"][0]["statement"] = "A new statement."

    out, _ = import_file(write_yaml(tmp_path, demo_framework_data))

    assert "capability: 1 updated, 70 unchanged" in out
    assert Capability.objects.get(uuid=demo_framework_data["capabilities"][0]["uuid"]).statement == (
        "A new statement."
    )


def test_capability_without_a_statement_is_refused_with_its_place(db, demo_framework_data, tmp_path):
    del demo_framework_data["capabilities"][3]["statement"]

    problems = refused_problems(write_yaml(tmp_path, demo_framework_data))

    assert "capabilities[3]" in problems
    assert "statement: missing" in problems
    assert Framework.objects.count() == 0


def test_duplicate_capability_code_is_refused(db, demo_framework_data, tmp_path):
    capabilities = demo_framework_data["capabilities"]
    capabilities[1]["code"] = capabilities[0]["code"]

    problems = refused_problems(write_yaml(tmp_path, demo_framework_data))

    assert (
        f"capabilities[1].code: duplicate code {capabilities[0]['code']!r} (first at capabilities[0])"
        in problems
    )
    assert Capability.objects.count() == 0


def test_capability_in_an_unknown_domain_is_refused(db, demo_framework_data, tmp_path):
    demo_framework_data["capabilities"][0]["domain"] = 99

    problems = refused_problems(write_yaml(tmp_path, demo_framework_data))

    assert "capabilities[0]" in problems
    assert "unknown domain 99" in problems
    assert Framework.objects.count() == 0


def test_capability_at_an_unknown_level_is_refused(db, demo_framework_data, tmp_path):
    demo_framework_data["capabilities"][0]["level"] = "astronaut"

    problems = refused_problems(write_yaml(tmp_path, demo_framework_data))

    assert "unknown level 'astronaut'" in problems
    assert Framework.objects.count() == 0


def test_file_that_is_not_utf8_is_refused(db, tmp_path):
    path = tmp_path / "framework.yaml"
    path.write_bytes("framework:\n  name: Caf\u00e9\n".encode("latin-1"))

    problems = refused_problems(path)

    assert "not UTF-8" in problems
    assert Framework.objects.count() == 0


def test_malformed_yaml_is_refused_with_its_line_number(db, tmp_path):
    path = tmp_path / "framework.yaml"
    path.write_text("schema_version: 1\nframework:\n  name: [unclosed\n  version: 1\n", encoding="utf-8")

    problems = refused_problems(path)

    assert "framework.yaml line" in problems
    assert "cannot be read" in problems


def test_lived_example_with_an_unknown_profession_is_refused(db, demo_framework_data, tmp_path):
    demo_framework_data["lived_examples"][2]["profession"] = "wizards"

    problems = refused_problems(write_yaml(tmp_path, demo_framework_data))

    assert "lived_examples[2]" in problems
    assert "unknown profession 'wizards'" in problems
    assert LivedExample.objects.count() == 0


def test_broken_file_leaves_an_imported_framework_exactly_as_it_was(
    demo_framework, demo_framework_data, tmp_path
):
    before = framework_as_data(demo_framework)
    demo_framework_data["framework"]["name"] = "Renamed"
    demo_framework_data["capabilities"].pop(0)
    demo_framework_data["capabilities"][5]["level"] = "astronaut"

    refused_problems(write_yaml(tmp_path, demo_framework_data))

    assert framework_as_data(Framework.objects.get()) == before


def test_failure_in_the_database_rolls_back_the_whole_import(demo_framework, demo_framework_data):
    """Profession slugs are unique across the database. The validator checks them within the file only,
    so a profession given a new UUID but an existing slug passes it and fails at the database, after
    the framework, levels, domains and capabilities were already written."""
    before = framework_as_data(demo_framework)
    demo_framework_data["framework"]["name"] = "Renamed"
    demo_framework_data["levels"][0]["name"] = "Renamed level"
    demo_framework_data["capabilities"][0]["statement"] = "Changed statement."
    demo_framework_data["professions"][0]["uuid"] = "00000000-0000-4000-8000-000000000001"

    with pytest.raises(IntegrityError):
        framework_import(data=demo_framework_data)

    assert framework_as_data(Framework.objects.get()) == before


def test_export_then_import_into_an_empty_database_reproduces_the_framework(demo_framework):
    exported = framework_as_data(demo_framework)
    Framework.objects.all().delete()
    Profession.objects.all().delete()

    framework_import(data=copy.deepcopy(exported))

    assert framework_as_data(Framework.objects.get()) == exported


def test_swapping_two_levels_positions_reimports_cleanly(demo_framework, demo_framework_data):
    levels = {level["slug"]: level for level in demo_framework_data["levels"]}
    levels["pre-registration"]["position"], levels["registered-practitioner"]["position"] = 2, 1
    renumbered = {}
    for capability in demo_framework_data["capabilities"]:
        if capability["level"] in ("pre-registration", "registered-practitioner"):
            domain, _, item = capability["code"].split(".")
            new_code = f"{domain}.L{levels[capability['level']]['position']}.{item}"
            renumbered[capability["code"]] = new_code
            capability["code"] = new_code
    # The codes a lived example cites move with them, as a curator renumbering the file would move them.
    for example in demo_framework_data["lived_examples"]:
        example["capabilities"] = [renumbered.get(code, code) for code in example["capabilities"]]

    report = framework_import(data=demo_framework_data)

    assert report.changes[("level", "updated")] == 2
    assert Level.objects.get(slug="pre-registration").position == 2
    assert Level.objects.get(slug="registered-practitioner").position == 1


def test_publishing_a_second_framework_moves_the_first_back_to_draft(demo_framework, demo_framework_data):
    second = {
        "framework": {
            "uuid": "11111111-1111-4111-8111-111111111111",
            "name": "Another framework",
            "version": "1",
            "publisher": "Someone",
            "status": "published",
        }
    }

    framework_import(data=second)

    assert list(Framework.objects.published().values_list("name", flat=True)) == ["Another framework"]
    demo_framework.refresh_from_db()
    assert demo_framework.status == Framework.Status.DRAFT


def test_export_command_writes_a_file_that_reads_back_as_the_same_data(demo_framework):
    out = io.StringIO()

    call_command("export_framework", stdout=out)

    written = parse_framework_file(out.getvalue().encode(), filename="export.yaml")
    assert written == framework_as_data(demo_framework)
    assert written["framework"]["uuid"] == str(demo_framework.uuid)


def test_export_command_refuses_when_nothing_is_published(db):
    with pytest.raises(CommandError, match="No framework is published"):
        call_command("export_framework", stdout=io.StringIO())


def test_json_file_in_our_format_imports_like_yaml(db, demo_framework_data, tmp_path):
    path = tmp_path / "framework.json"
    path.write_text(json.dumps(demo_framework_data), encoding="utf-8")

    import_file(path)

    assert Capability.objects.count() == 71


def test_missing_file_is_refused(db, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        import_file(tmp_path / "nowhere.yaml")


def test_validation_lists_every_problem_at_once(demo_framework_data):
    demo_framework_data["capabilities"][0]["level"] = "astronaut"
    demo_framework_data["lived_examples"][0]["profession"] = "wizards"

    with pytest.raises(FrameworkFileError) as refused:
        parse_framework_file(yaml.safe_dump(demo_framework_data).encode(), filename="f.yaml")

    assert len(refused.value.problems) >= 2


def test_a_role_can_name_its_professions_and_they_round_trip(demo_framework_data):
    from pathways.framework_export import framework_as_data

    data = copy.deepcopy(demo_framework_data)
    data["roles"][0]["professions"] = ["radiographers", "paramedics"]
    framework = framework_import(data=data).framework
    role = framework.roles.get(uuid=data["roles"][0]["uuid"])
    assert sorted(role.professions.values_list("slug", flat=True)) == ["paramedics", "radiographers"]
    exported = {item["uuid"]: item for item in framework_as_data(framework)["roles"]}
    assert exported[str(role.uuid)]["professions"] == ["paramedics", "radiographers"]


def test_a_role_naming_an_unknown_profession_is_refused_with_its_place(demo_framework_data):
    data = copy.deepcopy(demo_framework_data)
    data["roles"][1]["professions"] = ["astronauts"]
    with pytest.raises(FrameworkFileError) as refused:
        framework_import(data=data)
    assert any(
        ".professions: unknown profession 'astronauts'" in problem for problem in refused.value.problems
    )
