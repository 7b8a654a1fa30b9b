"""The framework as CSV, one row per capability, and such a CSV read back as our format.

- Columns are fixed (COLUMNS) and in that order; rows are ordered by domain, level and place in the cell.
- A capability's examples share one cell, joined with " | " (so an example must not itself contain " | ").
- Spreadsheet formula injection: a text cell that begins with = + - @, a tab or a carriage return gets a
  leading apostrophe, so a spreadsheet shows it as text. A cell that already begins with an apostrophe gets
  one more, which keeps the rule reversible: reading back removes exactly one leading apostrophe.
- Rows are numbered as a spreadsheet shows them: the header is row 1, the first capability row 2.
- Only what the columns carry is read back (framework, levels, domains, capabilities); a level's summary or
  a domain's focus already in the database is left as it is by the importer.
"""

import csv
import io
from typing import Any

from pathways.framework_file import SCHEMA_VERSION, FrameworkFileError, decode_utf8
from pathways.models import Capability, Framework

COLUMNS = (
    "framework_uuid",
    "framework_name",
    "framework_version",
    "framework_publisher",
    "domain_uuid",
    "domain_number",
    "domain_slug",
    "domain_name",
    "domain_provisional",
    "level_uuid",
    "level_position",
    "level_slug",
    "level_name",
    "capability_uuid",
    "code",
    "statement",
    "examples",
    "provenance",
)
EXAMPLE_SEPARATOR = " | "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def _protect(value: Any) -> str:
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _unprotect(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def framework_to_csv(framework: Framework) -> str:
    capabilities = (
        Capability.objects.in_framework(framework)
        .with_place()
        .order_by("domain__number", "level__position", "position")
    )
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for capability in capabilities:
        domain, level = capability.domain, capability.level
        row = (
            framework.uuid,
            framework.name,
            framework.version,
            framework.publisher,
            domain.uuid,
            domain.number,
            domain.slug,
            domain.name,
            "true" if domain.provisional else "false",
            level.uuid,
            level.position,
            level.slug,
            level.name,
            capability.uuid,
            capability.code,
            capability.statement,
            EXAMPLE_SEPARATOR.join(capability.examples),
            capability.provenance,
        )
        writer.writerow([_protect(value) for value in row])
    return output.getvalue()


def _whole_number(problems: list[str], where: str, column: str, text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        problems.append(f"{where}: {column} {text!r} is not a whole number")
        return None


def csv_to_data(raw: bytes, *, filename: str) -> dict[str, Any]:
    text = decode_utf8(raw, filename=filename)
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if not header:
        raise FrameworkFileError([f"{filename}: empty; the first row must name the columns"])
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        raise FrameworkFileError([f"{filename} row 1: missing column(s) {', '.join(missing)}"])

    problems: list[str] = []
    framework: dict[str, Any] | None = None
    domains: dict[str, tuple[int, dict]] = {}
    levels: dict[str, tuple[int, dict]] = {}
    capabilities: list[dict[str, Any]] = []
    for row_number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        where = f"row {row_number}"
        if len(cells) != len(header):
            problems.append(f"{where}: has {len(cells)} cells but the header has {len(header)}")
            continue
        row = {column: _unprotect(cell) for column, cell in zip(header, cells, strict=True)}
        blank = [column for column in COLUMNS if column != "examples" and not row[column].strip()]
        if blank:
            problems.append(f"{where}: {', '.join(blank)} empty")
            continue

        this_framework = {
            "uuid": row["framework_uuid"],
            "name": row["framework_name"],
            "version": row["framework_version"],
            "publisher": row["framework_publisher"],
        }
        if framework is None:
            framework = this_framework
        elif this_framework != framework:
            problems.append(f"{where}: framework columns differ from row 2; a file holds one framework")

        number = _whole_number(problems, where, "domain_number", row["domain_number"])
        position = _whole_number(problems, where, "level_position", row["level_position"])
        if row["domain_provisional"] not in ("true", "false"):
            problems.append(f"{where}: domain_provisional must be true or false")
        if number is None or position is None:
            continue
        domain = {
            "uuid": row["domain_uuid"],
            "number": number,
            "slug": row["domain_slug"],
            "name": row["domain_name"],
            "provisional": row["domain_provisional"] == "true",
        }
        level = {
            "uuid": row["level_uuid"],
            "position": position,
            "slug": row["level_slug"],
            "name": row["level_name"],
        }
        for kind, seen, entry in (("domain", domains, domain), ("level", levels, level)):
            first = seen.setdefault(entry["uuid"], (row_number, entry))
            if first[1] != entry:
                problems.append(f"{where}: {kind} {entry['uuid']} is described differently in row {first[0]}")
        capabilities.append(
            {
                "uuid": row["capability_uuid"],
                "code": row["code"],
                "domain": number,
                "level": row["level_slug"],
                "statement": row["statement"],
                "examples": row["examples"].split(EXAMPLE_SEPARATOR) if row["examples"] else [],
                "provenance": row["provenance"],
            }
        )
    if framework is None and not problems:
        problems.append(f"{filename}: no capability rows")
    if problems:
        raise FrameworkFileError(problems)
    return {
        "schema_version": SCHEMA_VERSION,
        "framework": framework,
        "levels": sorted((entry for _, entry in levels.values()), key=lambda level: level["position"]),
        "domains": sorted((entry for _, entry in domains.values()), key=lambda domain: domain["number"]),
        "capabilities": capabilities,
    }
