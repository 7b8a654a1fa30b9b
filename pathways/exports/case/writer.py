"""The framework written as a CASE 1.1 package; the mapping is in pathways.exports.case."""

import uuid
from datetime import UTC, datetime
from typing import Any

from django.urls import reverse

from pathways.models import Capability, Framework

ASSOCIATION_NAMESPACE = uuid.UUID("6f1d1b2e-4f0a-5d7c-9a53-8b1f0c2d3e4f")


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
