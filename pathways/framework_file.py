"""Reading and checking a framework file (YAML or JSON, our own format; see fixtures/framework/).

`parse_framework_file` never touches the database. It reports every problem it finds, each with its
location in the file, so a curator can fix them all in one go.
"""

import json
import re
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import yaml

SCHEMA_VERSION = 1
PROVENANCES = {"confirmed", "working_title", "illustrative"}
SETTINGS = {"practice", "academic"}
CODE_PATTERN = re.compile(r"^D(\d+)\.L(\d+)\.(\d+)$")
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# What a role involves, as the starting point asks it (pathways/starting_point.py).
ROLE_ACTIVITIES = (
    "involves_supervising",
    "involves_signing_off",
    "involves_leading_education",
    "involves_academic_post",
)
BOOLEAN_FIELDS = {"provisional", "illustrative", "before_registration", *ROLE_ACTIVITIES}

# Section -> (required fields, optional fields). Each item in a list section also needs a uuid.
SECTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "levels": (
        ("uuid", "position", "slug", "name"),
        ("summary", "typical_roles", "before_registration", "provenance"),
    ),
    "domains": (
        ("uuid", "number", "slug", "name"),
        ("focus", "provisional", "provenance", "steps_for_development"),
    ),
    "capabilities": (("uuid", "code", "domain", "level", "statement"), ("examples", "provenance")),
    "roles": (
        ("uuid", "slug", "name"),
        ("description", "levels", "professions", *ROLE_ACTIVITIES, "provenance"),
    ),
    "professions": (("uuid", "slug", "name", "regulator"), ("provenance",)),
    "lived_examples": (
        ("uuid", "slug", "title", "person", "profession", "level", "setting", "story"),
        ("domains", "capabilities", "pull_quote", "illustrative"),
    ),
}
FRAMEWORK_FIELDS = (("uuid", "name", "version", "publisher"), ("source", "licence", "status", "summary"))


class FrameworkFileError(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the framework file:\n" + "\n".join(problems))


@dataclass
class _Checker:
    problems: list[str]

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")


def decode_utf8(raw: bytes, *, filename: str) -> str:
    """The file's text, or a located refusal: curators' spreadsheets are often saved in other encodings."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FrameworkFileError(
            [
                f"{filename}: not UTF-8 text (byte 0x{raw[error.start]:02x} at position {error.start}); "
                "save it as UTF-8"
            ]
        ) from None


def decode_framework_file(raw: bytes, *, filename: str = "file") -> dict[str, Any]:
    """Bytes -> data, refusing anything that is not UTF-8 YAML or JSON whose top level is a mapping."""
    text = decode_utf8(raw, filename=filename)
    try:
        data = json.loads(text) if filename.endswith(".json") else yaml.safe_load(text)
    except (yaml.YAMLError, json.JSONDecodeError) as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{filename} line {mark.line + 1}" if mark else filename
        if isinstance(error, json.JSONDecodeError):
            where = f"{filename} line {error.lineno}"
        raise FrameworkFileError(
            [f"{where}: cannot be read ({getattr(error, 'problem', None) or error})"]
        ) from None
    if not isinstance(data, dict):
        raise FrameworkFileError(
            [f"{filename}: the top level must be a mapping with 'framework', 'levels' ..."]
        )
    return data


def parse_framework_file(raw: bytes, *, filename: str = "file") -> dict[str, Any]:
    data = decode_framework_file(raw, filename=filename)
    validate_framework_data(data)
    return data


def validate_framework_data(data: dict[str, Any]) -> None:
    """Raise FrameworkFileError listing every problem. Sections other than 'framework' may be absent
    (a partial import leaves them alone), but references must resolve within the file or be absent."""
    check = _Checker(problems=[])
    if data.get("schema_version", SCHEMA_VERSION) != SCHEMA_VERSION:
        check.problem("schema_version", f"must be {SCHEMA_VERSION}")
    framework = data.get("framework")
    if not isinstance(framework, dict):
        check.problem("framework", "missing: the file must describe its framework")
    else:
        _check_fields(check, "framework", framework, *FRAMEWORK_FIELDS)
        if framework.get("status", "draft") not in {"draft", "published"}:
            check.problem("framework.status", "must be draft or published")

    seen_uuids: dict[str, str] = {}
    for section, (required, optional) in SECTIONS.items():
        items = data.get(section)
        if items is None:
            continue
        if not isinstance(items, list):
            check.problem(section, "must be a list")
            continue
        for index, item in enumerate(items):
            where = f"{section}[{index}]"
            if not isinstance(item, dict):
                check.problem(where, "must be a mapping")
                continue
            label = item.get("code") or item.get("slug") or item.get("number")
            where = f"{where} ({label})" if label is not None else where
            _check_fields(check, where, item, required, optional)
            _check_uuid(check, where, item.get("uuid"), seen_uuids)
            if "provenance" in item and item["provenance"] not in PROVENANCES:
                check.problem(f"{where}.provenance", f"must be one of {', '.join(sorted(PROVENANCES))}")
            for name in sorted(BOOLEAN_FIELDS & set(item)):
                if not isinstance(item[name], bool):
                    check.problem(f"{where}.{name}", "must be true or false")
            if "slug" in item and not (isinstance(item["slug"], str) and SLUG_PATTERN.match(item["slug"])):
                check.problem(f"{where}.slug", "must be lower-case words joined by hyphens")
            if section == "domains":
                for step_index, step in enumerate(item.get("steps_for_development") or []):
                    step_where = f"{where}.steps_for_development[{step_index}]"
                    if not isinstance(step, dict):
                        check.problem(step_where, "must be a mapping")
                        continue
                    _check_fields(check, step_where, step, ("uuid", "text"), ("level", "provenance"))
                    _check_uuid(check, step_where, step.get("uuid"), seen_uuids)

    _check_unique(check, data, "levels", "slug")
    _check_unique(check, data, "levels", "position")
    _check_unique(check, data, "domains", "slug")
    _check_unique(check, data, "domains", "number")
    _check_unique(check, data, "capabilities", "code")
    _check_unique(check, data, "roles", "slug")
    _check_unique(check, data, "professions", "slug")
    _check_unique(check, data, "lived_examples", "slug")
    _check_references(check, data)
    if check.problems:
        raise FrameworkFileError(check.problems)


def _check_fields(check, where, item, required, optional) -> None:
    for field in required:
        if item.get(field) in (None, "", []):
            check.problem(f"{where}.{field}", "missing")
    unknown = set(item) - set(required) - set(optional)
    for field in sorted(unknown):
        check.problem(f"{where}.{field}", "unknown field")


def _check_uuid(check, where, value, seen: dict[str, str]) -> None:
    if value in (None, ""):
        return  # reported as missing
    try:
        normalised = str(UUID(str(value)))
    except ValueError:
        check.problem(f"{where}.uuid", f"{value!r} is not a UUID")
        return
    if normalised in seen:
        check.problem(f"{where}.uuid", f"duplicate: also used by {seen[normalised]}")
    else:
        seen[normalised] = where


def _check_unique(check, data, section, field) -> None:
    seen: dict[Any, int] = {}
    for index, item in enumerate(data.get(section) or []):
        if not isinstance(item, dict) or item.get(field) is None:
            continue
        value = item[field]
        if value in seen:
            check.problem(
                f"{section}[{index}].{field}",
                f"duplicate {field} {value!r} (first at {section}[{seen[value]}])",
            )
        else:
            seen[value] = index


def _items(data, section):
    return [item for item in (data.get(section) or []) if isinstance(item, dict)]


def _check_references(check, data) -> None:
    levels = {item.get("slug"): item for item in _items(data, "levels")}
    domains = {item.get("number"): item for item in _items(data, "domains")}
    professions = {item.get("slug") for item in _items(data, "professions")}
    codes = {item.get("code") for item in _items(data, "capabilities")}
    partial = "levels" not in data or "domains" not in data

    for index, capability in enumerate(_items(data, "capabilities")):
        where = f"capabilities[{index}] ({capability.get('code')})"
        domain, level = capability.get("domain"), capability.get("level")
        if domain not in domains and not partial:
            check.problem(f"{where}.domain", f"unknown domain {domain!r}")
        if level not in levels and not partial:
            check.problem(f"{where}.level", f"unknown level {level!r}")
        match = CODE_PATTERN.match(str(capability.get("code", "")))
        if not match:
            check.problem(f"{where}.code", "must look like D2.L3.1 (domain number, level position, item)")
        elif (
            domain in domains
            and level in levels
            and (int(match.group(1)) != domain or int(match.group(2)) != levels[level].get("position"))
        ):
            check.problem(
                f"{where}.code",
                f"says domain {match.group(1)} level {match.group(2)} but the item is in domain {domain}, "
                f"level {level!r} (position {levels[level].get('position')})",
            )

    for domain_index, domain in enumerate(_items(data, "domains")):
        for step_index, step in enumerate(domain.get("steps_for_development") or []):
            if isinstance(step, dict) and step.get("level") is not None and step["level"] not in levels:
                check.problem(
                    f"domains[{domain_index}].steps_for_development[{step_index}].level",
                    f"unknown level {step['level']!r}",
                )

    for index, role in enumerate(_items(data, "roles")):
        for level in role.get("levels") or []:
            if level not in levels:
                check.problem(f"roles[{index}] ({role.get('slug')}).levels", f"unknown level {level!r}")
        for profession in role.get("professions") or []:
            if "professions" in data and profession not in professions:
                check.problem(
                    f"roles[{index}] ({role.get('slug')}).professions", f"unknown profession {profession!r}"
                )

    for index, example in enumerate(_items(data, "lived_examples")):
        where = f"lived_examples[{index}] ({example.get('slug')})"
        if example.get("profession") not in professions:
            check.problem(f"{where}.profession", f"unknown profession {example.get('profession')!r}")
        if example.get("level") not in levels:
            check.problem(f"{where}.level", f"unknown level {example.get('level')!r}")
        if example.get("setting") not in SETTINGS:
            check.problem(f"{where}.setting", "must be practice or academic")
        for domain in example.get("domains") or []:
            if domain not in domains:
                check.problem(f"{where}.domains", f"unknown domain {domain!r}")
        for code in example.get("capabilities") or []:
            if code not in codes:
                check.problem(f"{where}.capabilities", f"unknown capability {code!r}")
        if not isinstance(example.get("story"), list):
            check.problem(f"{where}.story", "must be a list of paragraphs")
