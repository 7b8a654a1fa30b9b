"""The framework as a 1EdTech CASE 1.1 package (CFPackage), and such a package read back as our format.

How our data maps onto CASE, so that a package we write reads back without loss:
- CFDocument: identifier = framework UUID; title = name; creator and publisher = publisher;
  officialSourceURL = source; description = summary; notes = licence (free text: CASE's licenseURI must
  point at a CFLicense object, which we do not publish, so it is left out); adoptionStatus is "Adopted"
  for the published framework and "Draft" otherwise (read back the same way).
- CFItems, one per domain, level and capability, identifier = its UUID, uri = its page on this service.
  CFItemType is "Domain", "Level" or "Capability"; humanCodingScheme is "D2", "L3" or "D2.L3.1", and the
  domain number and level position are read back from it. Domains and levels: fullStatement = name,
  notes = focus or summary. Capabilities: fullStatement = statement. Our slug travels in
  alternativeLabel (CASE's field for another name of the item); listEnumeration holds the number,
  position, or place within its cell, and orders the items when read back.
- Fields CASE has no place for (provenance, provisional, typical roles, examples) travel in the item's
  `extensions` object, which CASE 1.1 allows on every object and other tools ignore.
- CFAssociations: every domain and level `isChildOf` the document; every capability `isChildOf` its
  domain and `hasSkillLevel` its level. hasSkillLevel is the CASE 1.1 association type whose meaning is
  exactly ours ("the origin has the skill level of the destination"); isPartOf or precedes would say
  something else. Association identifiers are UUID5s of (origin, type, destination), so two exports of
  the same framework are identical.
"""

import re
import uuid
from datetime import UTC, datetime
from typing import Any

from django.urls import reverse
from django.utils.text import slugify

from pathways.framework_file import SCHEMA_VERSION, FrameworkFileError
from pathways.models import Capability, Framework

ASSOCIATION_NAMESPACE = uuid.UUID("6f1d1b2e-4f0a-5d7c-9a53-8b1f0c2d3e4f")
DOMAIN_CODE = re.compile(r"^D(\d+)$")
LEVEL_CODE = re.compile(r"^L(\d+)$")
ITEM_TYPES = {"Domain", "Level", "Capability"}


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _link(title: str, identifier: Any, uri: str) -> dict[str, str]:
    return {"title": title, "identifier": str(identifier), "uri": uri}


def framework_to_case_package(framework: Framework, *, base_url: str) -> dict[str, Any]:
    base_url = base_url.rstrip("/")
    package_uri = base_url + reverse("pathways:case_package")
    document_link = _link(framework.name, framework.uuid, base_url + framework.get_absolute_url())
    levels = list(framework.levels.order_by("position"))
    domains = list(framework.domains.order_by("number"))
    capabilities = list(
        Capability.objects.in_framework(framework)
        .with_place()
        .order_by("domain__number", "level__position", "position")
    )

    document = {
        "identifier": str(framework.uuid),
        "uri": document_link["uri"],
        "creator": framework.publisher,
        "publisher": framework.publisher,
        "title": framework.name,
        "version": framework.version,
        "description": framework.summary,
        "notes": framework.licence,
        "officialSourceURL": framework.source,
        "language": "en",
        "adoptionStatus": "Adopted" if framework.status == Framework.Status.PUBLISHED else "Draft",
        "lastChangeDateTime": _timestamp(framework.updated_at),
    }
    document = {key: value for key, value in document.items() if value not in ("", None)}

    def item(row, item_type: str, code: str, statement: str, enumeration: int, **extra) -> dict[str, Any]:
        return {
            "identifier": str(row.uuid),
            "uri": base_url + row.get_absolute_url(),
            "fullStatement": statement,
            "humanCodingScheme": code,
            "listEnumeration": str(enumeration),
            "CFItemType": item_type,
            "language": "en",
            "lastChangeDateTime": _timestamp(row.updated_at),
            "CFDocumentURI": document_link,
            **{key: value for key, value in extra.items() if value not in ("", None)},
        }

    items = [
        item(
            domain,
            "Domain",
            domain.short_code,
            domain.name,
            domain.number,
            abbreviatedStatement=domain.name,
            alternativeLabel=domain.slug,
            notes=domain.focus,
            extensions={"provenance": domain.provenance, "provisional": domain.provisional},
        )
        for domain in domains
    ]
    items += [
        item(
            level,
            "Level",
            level.short_code,
            level.name,
            level.position,
            abbreviatedStatement=level.name,
            alternativeLabel=level.slug,
            notes=level.summary,
            extensions={"provenance": level.provenance, "typicalRoles": list(level.typical_roles)},
        )
        for level in levels
    ]
    items += [
        item(
            capability,
            "Capability",
            capability.code,
            capability.statement,
            capability.position,
            extensions={"provenance": capability.provenance, "examples": list(capability.examples)},
        )
        for capability in capabilities
    ]

    def association(origin: dict, association_type: str, destination: dict, sequence: int) -> dict[str, Any]:
        identifier = uuid.uuid5(
            ASSOCIATION_NAMESPACE, f"{origin['identifier']}|{association_type}|{destination['identifier']}"
        )
        return {
            "identifier": str(identifier),
            "uri": f"{package_uri}#{identifier}",
            "associationType": association_type,
            "sequenceNumber": sequence,
            "originNodeURI": origin,
            "destinationNodeURI": destination,
            "CFDocumentURI": document_link,
            "lastChangeDateTime": document["lastChangeDateTime"],
        }

    def node(row, title: str) -> dict[str, str]:
        return _link(title, row.uuid, base_url + row.get_absolute_url())

    associations = [association(node(d, d.name), "isChildOf", document_link, d.number) for d in domains]
    associations += [association(node(lv, lv.name), "isChildOf", document_link, lv.position) for lv in levels]
    for capability in capabilities:
        origin = node(capability, capability.code)
        domain, level = capability.domain, capability.level
        associations.append(association(origin, "isChildOf", node(domain, domain.name), capability.position))
        associations.append(
            association(origin, "hasSkillLevel", node(level, level.name), capability.position)
        )

    return {"CFDocument": document, "CFItems": items, "CFAssociations": associations}


def case_package_to_data(package: Any) -> dict[str, Any]:
    """A CASE package (as parsed JSON) -> our file format's framework, levels, domains and capabilities.
    Every structural problem is reported with its place in the package; the result is then checked by
    the usual validator (pathways.framework_file) like any other file."""
    problems: list[str] = []
    if not isinstance(package, dict):
        raise FrameworkFileError(["package: must be a JSON object with CFDocument, CFItems, CFAssociations"])
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

    framework = {
        "uuid": document.get("identifier"),
        "name": document.get("title"),
        "version": document.get("version"),
        "publisher": document.get("publisher") or document.get("creator"),
        "status": "published" if document.get("adoptionStatus") == "Adopted" else "draft",
    }
    for key, field in (("source", "officialSourceURL"), ("summary", "description"), ("licence", "notes")):
        framework[key] = document.get(field, "")

    by_identifier: dict[str, tuple[str, dict]] = {}
    levels, domains, capabilities = [], [], []
    for index, item in enumerate(items):
        where = f"CFItems[{index}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be an object")
            continue
        code = item.get("humanCodingScheme")
        where = f"{where} ({code})" if code else where
        item_type = item.get("CFItemType")
        if item_type not in ITEM_TYPES:
            problems.append(
                f"{where}.CFItemType: must be one of {', '.join(sorted(ITEM_TYPES))}, not {item_type!r}"
            )
            continue
        if not item.get("identifier"):
            problems.append(f"{where}.identifier: missing")
            continue
        if not item.get("fullStatement"):
            problems.append(f"{where}.fullStatement: missing")
        extensions = item.get("extensions") if isinstance(item.get("extensions"), dict) else {}
        name = item.get("abbreviatedStatement") or item.get("fullStatement") or ""
        if item_type == "Domain":
            match = DOMAIN_CODE.match(str(code or ""))
            if not match:
                problems.append(f"{where}.humanCodingScheme: a domain's code must look like D2")
                continue
            entry = {
                "uuid": item["identifier"],
                "number": int(match.group(1)),
                "slug": item.get("alternativeLabel") or slugify(name),
                "name": name,
                "focus": item.get("notes", ""),
                **{k: extensions[k] for k in ("provisional", "provenance") if k in extensions},
            }
            domains.append(entry)
        elif item_type == "Level":
            match = LEVEL_CODE.match(str(code or ""))
            if not match:
                problems.append(f"{where}.humanCodingScheme: a level's code must look like L3")
                continue
            entry = {
                "uuid": item["identifier"],
                "position": int(match.group(1)),
                "slug": item.get("alternativeLabel") or slugify(name),
                "name": name,
                "summary": item.get("notes", ""),
                **({"typical_roles": extensions["typicalRoles"]} if "typicalRoles" in extensions else {}),
                **({"provenance": extensions["provenance"]} if "provenance" in extensions else {}),
            }
            levels.append(entry)
        else:
            entry = {
                "uuid": item["identifier"],
                "code": code,
                "statement": item.get("fullStatement"),
                **{k: extensions[k] for k in ("examples", "provenance") if k in extensions},
            }
            capabilities.append((index, item, entry))
        by_identifier[str(item["identifier"])] = (item_type, entry)

    placed: dict[str, dict[str, Any]] = {}
    for index, association in enumerate(associations):
        where = f"CFAssociations[{index}]"
        if not isinstance(association, dict):
            problems.append(f"{where}: must be an object")
            continue
        origin, destination = association.get("originNodeURI"), association.get("destinationNodeURI")
        if not isinstance(origin, dict) or not origin.get("identifier"):
            problems.append(f"{where}.originNodeURI: missing or has no identifier")
            continue
        if not isinstance(destination, dict) or not destination.get("identifier"):
            problems.append(f"{where}.destinationNodeURI: missing or has no identifier")
            continue
        origin_kind, _ = by_identifier.get(str(origin["identifier"]), (None, None))
        if origin_kind != "Capability":
            continue  # domains and levels belong to the document; nothing to read back
        destination_kind, destination_entry = by_identifier.get(str(destination["identifier"]), (None, None))
        wanted = {"isChildOf": "Domain", "hasSkillLevel": "Level"}.get(association.get("associationType"))
        if wanted is None:
            continue
        if destination_kind != wanted:
            problems.append(
                f"{where}.destinationNodeURI: {association['associationType']} of a capability must point at "
                f"a {wanted} item in this package, not {destination['identifier']!r}"
            )
            continue
        key = "domain" if wanted == "Domain" else "level"
        slot = placed.setdefault(str(origin["identifier"]), {})
        if key in slot:
            problems.append(f"{where}: capability {origin['identifier']} already has a {key}")
            continue
        slot[key] = destination_entry["number"] if key == "domain" else destination_entry["slug"]
        slot[f"{key}_order"] = destination_entry["number" if key == "domain" else "position"]

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
    if problems:
        raise FrameworkFileError(problems)
    return {
        "schema_version": SCHEMA_VERSION,
        "framework": framework,
        "levels": sorted(levels, key=lambda level: level["position"]),
        "domains": sorted(domains, key=lambda domain: domain["number"]),
        "capabilities": [entry for _, entry in sorted(ordered, key=lambda pair: pair[0])],
    }
