"""Putting a checked framework file into the database, and writing the database back out.

Rules, so that imports are predictable and exports round-trip:
- Items are matched by UUID. An item in the file is created or updated; fields missing from an item are
  left as they are in the database.
- A section present in the file is authoritative: items of that section (in this framework) that the
  file does not mention are deleted. A section absent from the file is left alone.
- Everything happens in one transaction, after the whole file has been checked: nothing half-imported.
- Publishing a framework moves any other published framework back to draft (only one is shown).
"""

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import F

from pathways.framework_file import FrameworkFileError, validate_framework_data
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


@dataclass
class ImportReport:
    framework: Framework | None = None
    changes: Counter = field(default_factory=Counter)  # ("capability", "created") -> count

    def record(self, kind: str, outcome: str) -> None:
        self.changes[(kind, outcome)] += 1

    @property
    def changed(self) -> bool:
        return any(count for (_, outcome), count in self.changes.items() if outcome != "unchanged")

    def lines(self) -> list[str]:
        kinds = sorted({kind for kind, _ in self.changes})
        return [
            f"{kind}: "
            + ", ".join(
                f"{self.changes[(kind, outcome)]} {outcome}"
                for outcome in ("created", "updated", "deleted", "unchanged")
                if self.changes[(kind, outcome)]
            )
            for kind in kinds
        ]


def _save(report: ImportReport, kind: str, model, uuid: str, values: dict[str, Any]):
    """Create or update one row by UUID, counting what happened. Returns the row."""
    instance = model.objects.filter(uuid=uuid).first()
    if instance is None:
        instance = model(uuid=uuid, **values)
        instance.full_clean(validate_unique=False, validate_constraints=False)
        instance.save()
        report.record(kind, "created")
        return instance
    differences = {name: value for name, value in values.items() if getattr(instance, name) != value}
    if differences:
        for name, value in differences.items():
            setattr(instance, name, value)
        instance.save()
        report.record(kind, "updated")
    else:
        report.record(kind, "unchanged")
    return instance


def _set_many(report: ImportReport, kind: str, instance, relation: str, targets) -> None:
    manager = getattr(instance, relation)
    wanted = {target.pk for target in targets}
    if set(manager.values_list("pk", flat=True)) != wanted:
        manager.set(list(targets))
        if report.changes[(kind, "created")] == 0:
            report.record(kind, "links updated")


def _prune(report: ImportReport, kind: str, queryset, kept_uuids: set[str]) -> None:
    stale = queryset.exclude(uuid__in=kept_uuids)
    count = stale.count()
    if count:
        stale.delete()
        report.changes[(kind, "deleted")] += count


def _present(item: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    """File keys -> model fields, for the keys the item actually has."""
    return {model_field: item[key] for key, model_field in mapping.items() if key in item}


@transaction.atomic
def framework_import(*, data: dict[str, Any]) -> ImportReport:
    validate_framework_data(data)
    report = ImportReport()
    info = data["framework"]
    framework_values = _present(
        info,
        {k: k for k in ("name", "version", "publisher", "source", "licence", "summary", "status")},
    )
    if framework_values.get("status") == Framework.Status.PUBLISHED:
        Framework.objects.published().exclude(uuid=info["uuid"]).update(status=Framework.Status.DRAFT)
    framework = _save(report, "framework", Framework, info["uuid"], framework_values)
    report.framework = framework

    levels = {level.slug: level for level in framework.levels.all()}
    if "levels" in data:
        _make_room(report, "level", framework.levels.all(), data["levels"], "position")
        for item in data["levels"]:
            values = _present(
                item, {k: k for k in ("position", "slug", "name", "summary", "typical_roles", "provenance")}
            )
            levels[item["slug"]] = _save(
                report, "level", Level, item["uuid"], {"framework": framework, **values}
            )
        levels = {level.slug: level for level in framework.levels.all()}

    domains = {domain.number: domain for domain in framework.domains.all()}
    if "domains" in data:
        _make_room(report, "domain", framework.domains.all(), data["domains"], "number")
        step_uuids: set[str] = set()
        for item in data["domains"]:
            values = _present(
                item, {k: k for k in ("number", "slug", "name", "focus", "provisional", "provenance")}
            )
            domain = _save(report, "domain", Domain, item["uuid"], {"framework": framework, **values})
            domains[item["number"]] = domain
            if "steps_for_development" in item:
                for position, step in enumerate(item["steps_for_development"], start=1):
                    step_uuids.add(str(step["uuid"]))
                    _save(
                        report,
                        "step for development",
                        StepForDevelopment,
                        step["uuid"],
                        {
                            "domain": domain,
                            "level": levels.get(step.get("level")) if step.get("level") else None,
                            "position": position,
                            "text": step["text"],
                            "provenance": step.get("provenance", "illustrative"),
                        },
                    )
        if any("steps_for_development" in item for item in data["domains"]):
            _prune(
                report,
                "step for development",
                StepForDevelopment.objects.filter(domain__framework=framework),
                step_uuids,
            )
        domains = {domain.number: domain for domain in framework.domains.all()}

    if "capabilities" in data:
        # Codes are unique within a domain, and moving items (e.g. two levels swapping places) swap codes:
        # delete what the file drops and lift changing codes out of the way first, as _make_room does.
        _prune(
            report,
            "capability",
            Capability.objects.in_framework(framework),
            {str(item["uuid"]) for item in data["capabilities"]},
        )
        wanted_codes = {str(item["uuid"]): item["code"] for item in data["capabilities"]}
        for pk, uuid, code in Capability.objects.in_framework(framework).values_list("pk", "uuid", "code"):
            if wanted_codes.get(str(uuid), code) != code:
                Capability.objects.filter(pk=pk).update(code=f"moving-{pk}")
        positions: Counter = Counter()
        for item in data["capabilities"]:
            cell = (item["domain"], item["level"])
            positions[cell] += 1
            values = _present(
                item,
                {
                    "code": "code",
                    "statement": "statement",
                    "examples": "examples",
                    "provenance": "provenance",
                },
            )
            values.update(
                domain=domains[item["domain"]], level=levels[item["level"]], position=positions[cell]
            )
            _save(report, "capability", Capability, item["uuid"], values)

    # Professions before roles and examples, which refer to them.
    if "professions" in data:
        for item in data["professions"]:
            values = _present(item, {k: k for k in ("slug", "name", "regulator", "provenance")})
            _save(report, "profession", Profession, item["uuid"], values)

    professions = {profession.slug: profession for profession in Profession.objects.all()}
    if "roles" in data:
        for item in data["roles"]:
            values = _present(item, {k: k for k in ("slug", "name", "description", "provenance")})
            role = _save(report, "role", EducatorRole, item["uuid"], {"framework": framework, **values})
            if "levels" in item:
                _set_many(report, "role", role, "levels", [levels[slug] for slug in item["levels"]])
            if "professions" in item:
                unknown = [slug for slug in item["professions"] if slug not in professions]
                if unknown:  # only possible when the file has no professions section to check against
                    raise FrameworkFileError(
                        [f"roles ({item['slug']}).professions: unknown profession {unknown[0]!r}"]
                    )
                _set_many(
                    report, "role", role, "professions", [professions[slug] for slug in item["professions"]]
                )
        _prune(report, "role", framework.roles.all(), {str(item["uuid"]) for item in data["roles"]})

    if "lived_examples" in data:
        capabilities = {c.code: c for c in Capability.objects.in_framework(framework)}
        for item in data["lived_examples"]:
            values = _present(
                item,
                {k: k for k in ("slug", "title", "person", "setting", "story", "pull_quote", "illustrative")},
            )
            values.update(
                framework=framework, profession=professions[item["profession"]], level=levels[item["level"]]
            )
            example = _save(report, "lived example", LivedExample, item["uuid"], values)
            if "domains" in item:
                _set_many(report, "lived example", example, "domains", [domains[n] for n in item["domains"]])
            if "capabilities" in item:
                _set_many(
                    report,
                    "lived example",
                    example,
                    "capabilities",
                    [capabilities[c] for c in item["capabilities"]],
                )
        _prune(
            report,
            "lived example",
            framework.lived_examples.all(),
            {str(item["uuid"]) for item in data["lived_examples"]},
        )
    return report


def _make_room(report: ImportReport, kind: str, queryset, items: list[dict], ordering_field: str) -> None:
    """Before saving an ordered section (levels by position, domains by number), which must stay unique:
    delete rows the file no longer has, then lift rows that change place out of the way."""
    _prune(report, kind, queryset, {str(item["uuid"]) for item in items})
    current = {str(uuid): place for uuid, place in queryset.values_list("uuid", ordering_field)}
    moving = [
        item["uuid"]
        for item in items
        if current.get(str(item["uuid"]), item[ordering_field]) != item[ordering_field]
    ]
    if moving:
        queryset.filter(uuid__in=moving).update(**{ordering_field: F(ordering_field) + 10_000})
