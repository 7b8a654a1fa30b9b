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

from pathways.framework_file import ROLE_ACTIVITIES, FrameworkFileError, validate_framework_data
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


def _make_room(report: ImportReport, kind: str, queryset, items: list[dict], ordering_field: str) -> None:
    """Before saving an ordered section (levels by position, domains by number), which must stay unique:
    delete rows the file no longer has, then lift rows that change place out of the way."""
    _prune(report, kind, queryset, _uuids(items))
    current = {str(uuid): place for uuid, place in queryset.values_list("uuid", ordering_field)}
    moving = [
        item["uuid"]
        for item in items
        if current.get(str(item["uuid"]), item[ordering_field]) != item[ordering_field]
    ]
    if moving:
        queryset.filter(uuid__in=moving).update(**{ordering_field: F(ordering_field) + 10_000})


def _present(item: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """The fields the item actually has (the file's keys are the model's field names)."""
    return {name: item[name] for name in fields if name in item}


def _uuids(items: list[dict]) -> set[str]:
    return {str(item["uuid"]) for item in items}


@transaction.atomic
def framework_import(*, data: dict[str, Any]) -> ImportReport:
    validate_framework_data(data)
    report = ImportReport()
    framework = _import_framework_info(report, data["framework"])
    report.framework = framework

    levels = _levels_by_slug(framework)
    if "levels" in data:
        levels = _import_levels(report, framework, data["levels"])
    domains = _domains_by_number(framework)
    if "domains" in data:
        domains = _import_domains(report, framework, data["domains"], levels=levels)
    if "capabilities" in data:
        _import_capabilities(report, framework, data["capabilities"], domains=domains, levels=levels)

    # Professions before roles and examples, which refer to them.
    if "professions" in data:
        _import_professions(report, data["professions"])
    professions = {profession.slug: profession for profession in Profession.objects.all()}
    if "roles" in data:
        _import_roles(report, framework, data["roles"], levels=levels, professions=professions)
    if "lived_examples" in data:
        _import_lived_examples(
            report, framework, data["lived_examples"], levels=levels, domains=domains, professions=professions
        )
    return report


def _import_framework_info(report: ImportReport, info: dict[str, Any]) -> Framework:
    values = _present(info, ("name", "version", "publisher", "source", "licence", "summary", "status"))
    if values.get("status") == Framework.Status.PUBLISHED:
        Framework.objects.published().exclude(uuid=info["uuid"]).update(status=Framework.Status.DRAFT)
    return _save(report, "framework", Framework, info["uuid"], values)


def _levels_by_slug(framework: Framework) -> dict[str, Level]:
    return {level.slug: level for level in framework.levels.all()}


def _domains_by_number(framework: Framework) -> dict[int, Domain]:
    return {domain.number: domain for domain in framework.domains.all()}


def _import_levels(report: ImportReport, framework: Framework, items: list[dict]) -> dict[str, Level]:
    """Returns the framework's levels by slug, as they are once the file's are saved."""
    _make_room(report, "level", framework.levels.all(), items, "position")
    for item in items:
        values = _present(
            item,
            ("position", "slug", "name", "summary", "typical_roles", "before_registration", "provenance"),
        )
        _save(report, "level", Level, item["uuid"], {"framework": framework, **values})
    return _levels_by_slug(framework)


def _import_domains(
    report: ImportReport, framework: Framework, items: list[dict], *, levels: dict[str, Level]
) -> dict[int, Domain]:
    """Returns the framework's domains by number, as they are once the file's are saved."""
    _make_room(report, "domain", framework.domains.all(), items, "number")
    step_uuids: set[str] = set()
    for item in items:
        values = _present(item, ("number", "slug", "name", "focus", "provisional", "provenance"))
        domain = _save(report, "domain", Domain, item["uuid"], {"framework": framework, **values})
        if "steps_for_development" in item:
            _import_steps(report, domain, item["steps_for_development"], levels=levels)
            step_uuids |= _uuids(item["steps_for_development"])
    if any("steps_for_development" in item for item in items):
        _prune(
            report,
            "step for development",
            StepForDevelopment.objects.filter(domain__framework=framework),
            step_uuids,
        )
    return _domains_by_number(framework)


def _import_steps(
    report: ImportReport, domain: Domain, steps: list[dict], *, levels: dict[str, Level]
) -> None:
    for position, step in enumerate(steps, start=1):
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


def _import_capabilities(
    report: ImportReport,
    framework: Framework,
    items: list[dict],
    *,
    domains: dict[int, Domain],
    levels: dict[str, Level],
) -> None:
    # Codes are unique within a domain, and moving items (e.g. two levels swapping places) swap codes:
    # delete what the file drops and lift changing codes out of the way first, as _make_room does.
    _prune(report, "capability", Capability.objects.in_framework(framework), _uuids(items))
    _lift_changing_codes(framework, items)
    positions: Counter = Counter()
    for item in items:
        cell = (item["domain"], item["level"])
        positions[cell] += 1
        values = _present(item, ("code", "statement", "examples", "provenance"))
        values.update(domain=domains[item["domain"]], level=levels[item["level"]], position=positions[cell])
        _save(report, "capability", Capability, item["uuid"], values)


def _lift_changing_codes(framework: Framework, items: list[dict]) -> None:
    wanted_codes = {str(item["uuid"]): item["code"] for item in items}
    for pk, uuid, code in Capability.objects.in_framework(framework).values_list("pk", "uuid", "code"):
        if wanted_codes.get(str(uuid), code) != code:
            Capability.objects.filter(pk=pk).update(code=f"moving-{pk}")


def _import_professions(report: ImportReport, items: list[dict]) -> None:
    for item in items:
        values = _present(item, ("slug", "name", "regulator", "provenance"))
        _save(report, "profession", Profession, item["uuid"], values)


def _import_roles(
    report: ImportReport,
    framework: Framework,
    items: list[dict],
    *,
    levels: dict[str, Level],
    professions: dict[str, Profession],
) -> None:
    for item in items:
        values = _present(item, ("slug", "name", "description", *ROLE_ACTIVITIES, "provenance"))
        role = _save(report, "role", EducatorRole, item["uuid"], {"framework": framework, **values})
        if "levels" in item:
            _set_many(report, "role", role, "levels", [levels[slug] for slug in item["levels"]])
        if "professions" in item:
            _set_many(report, "role", role, "professions", _role_professions(item, professions))
    _prune(report, "role", framework.roles.all(), _uuids(items))


def _role_professions(item: dict[str, Any], professions: dict[str, Profession]) -> list[Profession]:
    unknown = [slug for slug in item["professions"] if slug not in professions]
    if unknown:  # only possible when the file has no professions section to check against
        raise FrameworkFileError([f"roles ({item['slug']}).professions: unknown profession {unknown[0]!r}"])
    return [professions[slug] for slug in item["professions"]]


def _import_lived_examples(
    report: ImportReport,
    framework: Framework,
    items: list[dict],
    *,
    levels: dict[str, Level],
    domains: dict[int, Domain],
    professions: dict[str, Profession],
) -> None:
    capabilities = {c.code: c for c in Capability.objects.in_framework(framework)}
    for item in items:
        values = _present(item, ("slug", "title", "person", "setting", "story", "pull_quote", "illustrative"))
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
    _prune(report, "lived example", framework.lived_examples.all(), _uuids(items))
