"""The framework as data in our own file format: what `export_framework` writes and `import_framework`
reads back. Order and keys are stable, so two exports of the same framework are byte-identical."""

from typing import Any

import yaml

from pathways.framework_file import ROLE_ACTIVITIES, SCHEMA_VERSION
from pathways.models import Capability, Framework, Profession


def framework_as_data(framework: Framework) -> dict[str, Any]:
    levels = list(framework.levels.order_by("position"))
    domains = list(framework.domains.prefetch_related("steps__level").order_by("number"))
    capabilities = (
        Capability.objects.in_framework(framework)
        .with_place()
        .order_by("domain__number", "level__position", "position")
    )
    roles = framework.roles.prefetch_related("levels", "professions").order_by("slug")
    examples = framework.lived_examples.select_related("profession", "level").prefetch_related(
        "domains", "capabilities"
    )
    return {
        "schema_version": SCHEMA_VERSION,
        "framework": {
            "uuid": str(framework.uuid),
            "name": framework.name,
            "version": framework.version,
            "publisher": framework.publisher,
            "source": framework.source,
            "licence": framework.licence,
            "status": framework.status,
            "summary": framework.summary,
        },
        "levels": [
            {
                "uuid": str(level.uuid),
                "position": level.position,
                "slug": level.slug,
                "name": level.name,
                "summary": level.summary,
                "typical_roles": list(level.typical_roles),
                "before_registration": level.before_registration,
                "provenance": level.provenance,
            }
            for level in levels
        ],
        "domains": [
            {
                "uuid": str(domain.uuid),
                "number": domain.number,
                "slug": domain.slug,
                "name": domain.name,
                "focus": domain.focus,
                "provisional": domain.provisional,
                "provenance": domain.provenance,
                "steps_for_development": [
                    {
                        "uuid": str(step.uuid),
                        "text": step.text,
                        **({"level": step.level.slug} if step.level else {}),
                        "provenance": step.provenance,
                    }
                    for step in sorted(domain.steps.all(), key=lambda step: step.position)
                ],
            }
            for domain in domains
        ],
        "capabilities": [
            {
                "uuid": str(capability.uuid),
                "code": capability.code,
                "domain": capability.domain.number,
                "level": capability.level.slug,
                "statement": capability.statement,
                "examples": list(capability.examples),
                "provenance": capability.provenance,
            }
            for capability in capabilities
        ],
        "roles": [
            {
                "uuid": str(role.uuid),
                "slug": role.slug,
                "name": role.name,
                "description": role.description,
                "levels": [
                    level.slug for level in sorted(role.levels.all(), key=lambda level: level.position)
                ],
                "professions": sorted(profession.slug for profession in role.professions.all()),
                **{activity: getattr(role, activity) for activity in ROLE_ACTIVITIES},
                "provenance": role.provenance,
            }
            for role in roles
        ],
        "professions": [
            {
                "uuid": str(profession.uuid),
                "slug": profession.slug,
                "name": profession.name,
                "regulator": profession.regulator,
                "provenance": profession.provenance,
            }
            for profession in Profession.objects.order_by("slug")
        ],
        "lived_examples": [
            {
                "uuid": str(example.uuid),
                "slug": example.slug,
                "title": example.title,
                "person": example.person,
                "profession": example.profession.slug,
                "level": example.level.slug,
                "setting": example.setting,
                "domains": sorted(domain.number for domain in example.domains.all()),
                "capabilities": sorted(capability.code for capability in example.capabilities.all()),
                "story": list(example.story),
                "pull_quote": example.pull_quote,
                "illustrative": example.illustrative,
            }
            for example in sorted(examples, key=lambda example: example.slug)
        ],
    }


def framework_as_yaml(framework: Framework) -> str:
    return yaml.safe_dump(framework_as_data(framework), sort_keys=False, allow_unicode=True, width=100)
