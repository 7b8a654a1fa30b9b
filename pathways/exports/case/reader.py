"""A CASE 1.1 package read back as our format; the mapping is in pathways.exports.case."""

import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.text import slugify

from pathways.framework_file import SCHEMA_VERSION, FrameworkFileError

DOMAIN_CODE = re.compile(r"^D(\d+)$")
LEVEL_CODE = re.compile(r"^L(\d+)$")
ITEM_TYPES = {"Domain", "Level", "Capability"}


def case_package_to_data(package: Any) -> dict[str, Any]:
    """A CASE package (as parsed JSON) -> our file format's framework, levels, domains and capabilities.
    Every structural problem is reported with its place in the package; the result is then checked by
    the usual validator (pathways.framework_file) like any other file."""
    document, items, associations = _package_parts(package)
    problems: list[str] = []
    framework = _read_document(document)
    found = _read_items(items, problems)
    placed = _read_associations(associations, found.by_identifier, problems)
    capabilities = _order_capabilities(found.capabilities, placed, problems)
    if problems:
        raise FrameworkFileError(problems)
    return {
        "schema_version": SCHEMA_VERSION,
        "framework": framework,
        "levels": sorted(found.levels, key=lambda level: level["position"]),
        "domains": sorted(found.domains, key=lambda domain: domain["number"]),
        "capabilities": capabilities,
    }


def _package_parts(package: Any) -> tuple[dict, list, list]:
    """The package's CFDocument, CFItems and CFAssociations, or every problem with their shape."""
    if not isinstance(package, dict):
        raise FrameworkFileError(["package: must be a JSON object with CFDocument, CFItems, CFAssociations"])
    problems: list[str] = []
    document = package.get("CFDocument")
    items = package.get("CFItems")
    associations = package.get("CFAssociations")
    if not isinstance(document, dict):
        problems.append("CFDocument: missing or not an object")
    if not isinstance(items, list):
        problems.append("CFItems: missing or not a list")
    if not isinstance(associations, list):
        problems.append("CFAssociations: missing or not a list")
    if problems:
        raise FrameworkFileError(problems)
    return document, items, associations


def _read_document(document: dict[str, Any]) -> dict[str, Any]:
    framework = {
        "uuid": document.get("identifier"),
        "name": document.get("title"),
        "version": document.get("version"),
        "publisher": document.get("publisher") or document.get("creator"),
        "status": "published" if document.get("adoptionStatus") == "Adopted" else "draft",
    }
    for key, case_key in (("source", "officialSourceURL"), ("summary", "description"), ("licence", "notes")):
        framework[key] = document.get(case_key, "")
    return framework


@dataclass
class _Items:
    """The CFItems read as our entries."""

    levels: list[dict] = field(default_factory=list)
    domains: list[dict] = field(default_factory=list)
    capabilities: list[tuple[int, dict, dict]] = field(default_factory=list)  # (index, CFItem, entry)
    by_identifier: dict[str, tuple[str, dict]] = field(default_factory=dict)  # -> (CFItemType, entry)


def _read_items(items: list, problems: list[str]) -> _Items:
    found = _Items()
    for index, item in enumerate(items):
        read = _read_item(index, item, problems)
        if read is None:
            continue
        item_type, entry = read
        if item_type == "Domain":
            found.domains.append(entry)
        elif item_type == "Level":
            found.levels.append(entry)
        else:
            found.capabilities.append((index, item, entry))
        found.by_identifier[str(item["identifier"])] = (item_type, entry)
    return found


def _read_item(index: int, item: Any, problems: list[str]) -> tuple[str, dict[str, Any]] | None:
    """One CFItem as (its CFItemType, our entry); None, with the problem noted, if it cannot be read."""
    where = f"CFItems[{index}]"
    if not isinstance(item, dict):
        problems.append(f"{where}: must be an object")
        return None
    code = item.get("humanCodingScheme")
    where = f"{where} ({code})" if code else where
    item_type = item.get("CFItemType")
    if item_type not in ITEM_TYPES:
        problems.append(
            f"{where}.CFItemType: must be one of {', '.join(sorted(ITEM_TYPES))}, not {item_type!r}"
        )
        return None
    if not item.get("identifier"):
        problems.append(f"{where}.identifier: missing")
        return None
    if not item.get("fullStatement"):
        problems.append(f"{where}.fullStatement: missing")
    if item_type == "Domain":
        entry = _read_domain(item, where, problems)
    elif item_type == "Level":
        entry = _read_level(item, where, problems)
    else:
        entry = _read_capability(item)
    return None if entry is None else (item_type, entry)


def _extensions(item: dict[str, Any]) -> dict[str, Any]:
    return item.get("extensions") if isinstance(item.get("extensions"), dict) else {}


def _name(item: dict[str, Any]) -> str:
    return item.get("abbreviatedStatement") or item.get("fullStatement") or ""


def _read_domain(item: dict[str, Any], where: str, problems: list[str]) -> dict[str, Any] | None:
    match = DOMAIN_CODE.match(str(item.get("humanCodingScheme") or ""))
    if not match:
        problems.append(f"{where}.humanCodingScheme: a domain's code must look like D2")
        return None
    extensions, name = _extensions(item), _name(item)
    return {
        "uuid": item["identifier"],
        "number": int(match.group(1)),
        "slug": item.get("alternativeLabel") or slugify(name),
        "name": name,
        "focus": item.get("notes", ""),
        **{k: extensions[k] for k in ("provisional", "provenance") if k in extensions},
    }


def _read_level(item: dict[str, Any], where: str, problems: list[str]) -> dict[str, Any] | None:
    match = LEVEL_CODE.match(str(item.get("humanCodingScheme") or ""))
    if not match:
        problems.append(f"{where}.humanCodingScheme: a level's code must look like L3")
        return None
    extensions, name = _extensions(item), _name(item)
    return {
        "uuid": item["identifier"],
        "position": int(match.group(1)),
        "slug": item.get("alternativeLabel") or slugify(name),
        "name": name,
        "summary": item.get("notes", ""),
        **({"typical_roles": extensions["typicalRoles"]} if "typicalRoles" in extensions else {}),
        **({"provenance": extensions["provenance"]} if "provenance" in extensions else {}),
    }


def _read_capability(item: dict[str, Any]) -> dict[str, Any]:
    """Without its domain and level: the associations give those."""
    extensions = _extensions(item)
    return {
        "uuid": item["identifier"],
        "code": item.get("humanCodingScheme"),
        "statement": item.get("fullStatement"),
        **{k: extensions[k] for k in ("examples", "provenance") if k in extensions},
    }


def _read_associations(
    associations: list, by_identifier: dict[str, tuple[str, dict]], problems: list[str]
) -> dict[str, dict[str, Any]]:
    """Capability identifier -> its domain number and level slug, with their places to order by."""
    placed: dict[str, dict[str, Any]] = {}
    for index, association in enumerate(associations):
        where = f"CFAssociations[{index}]"
        link = _capability_link(where, association, by_identifier, problems)
        if link is None:
            continue
        capability, key, destination = link
        slot = placed.setdefault(str(capability), {})
        if key in slot:
            problems.append(f"{where}: capability {capability} already has a {key}")
            continue
        slot[key] = destination["number"] if key == "domain" else destination["slug"]
        slot[f"{key}_order"] = destination["number" if key == "domain" else "position"]
    return placed


def _capability_link(
    where: str, association: Any, by_identifier: dict[str, tuple[str, dict]], problems: list[str]
) -> tuple[Any, str, dict] | None:
    """(capability identifier, "domain" or "level", the destination's entry) for an association that
    places a capability; None for any other, with its problem noted if it has one."""
    if not isinstance(association, dict):
        problems.append(f"{where}: must be an object")
        return None
    origin, destination = association.get("originNodeURI"), association.get("destinationNodeURI")
    if not isinstance(origin, dict) or not origin.get("identifier"):
        problems.append(f"{where}.originNodeURI: missing or has no identifier")
        return None
    if not isinstance(destination, dict) or not destination.get("identifier"):
        problems.append(f"{where}.destinationNodeURI: missing or has no identifier")
        return None
    origin_kind, _ = by_identifier.get(str(origin["identifier"]), (None, None))
    if origin_kind != "Capability":
        return None  # domains and levels belong to the document; nothing to read back
    destination_kind, destination_entry = by_identifier.get(str(destination["identifier"]), (None, None))
    wanted = {"isChildOf": "Domain", "hasSkillLevel": "Level"}.get(association.get("associationType"))
    if wanted is None:
        return None
    if destination_kind != wanted:
        problems.append(
            f"{where}.destinationNodeURI: {association['associationType']} of a capability must point at "
            f"a {wanted} item in this package, not {destination['identifier']!r}"
        )
        return None
    return origin["identifier"], "domain" if wanted == "Domain" else "level", destination_entry


def _order_capabilities(
    capabilities: list[tuple[int, dict, dict]], placed: dict[str, dict[str, Any]], problems: list[str]
) -> list[dict[str, Any]]:
    """Our capabilities, each with its domain and level, ordered by domain, level and listEnumeration."""
    ordered = []
    for index, item, entry in capabilities:
        where = f"CFItems[{index}] ({item.get('humanCodingScheme')})"
        slot = placed.get(str(item["identifier"]), {})
        for key, association_type in (("domain", "isChildOf"), ("level", "hasSkillLevel")):
            if key not in slot:
                problems.append(f"{where}: no {association_type} association to its {key}")
        try:
            enumeration = int(item.get("listEnumeration", 0))
        except (TypeError, ValueError):
            problems.append(f"{where}.listEnumeration: must be a whole number")
            enumeration = 0
        ordered.append(
            (
                (slot.get("domain_order", 0), slot.get("level_order", 0), enumeration, index),
                {
                    **{k: entry[k] for k in ("uuid", "code")},
                    **{k: slot[k] for k in ("domain", "level") if k in slot},
                    **{k: v for k, v in entry.items() if k not in ("uuid", "code")},
                },
            )
        )
    return [entry for _, entry in sorted(ordered, key=lambda pair: pair[0])]
