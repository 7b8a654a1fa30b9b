"""Demo content for `seed_demo`: the illustrative catalogue in fixtures/resources/, mapped to the
published framework. Idempotent: resources are matched by slug and only changed fields are written."""

from datetime import date, timedelta
from decimal import Decimal

import yaml
from django.conf import settings

from pathways.models import Capability, Framework, Profession
from resources.models import Provider, Resource

DEMO_CATALOGUE_FILE = settings.BASE_DIR / "fixtures" / "resources" / "demo-resources.yaml"


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def seed_demo(*, stdout) -> None:
    framework = Framework.objects.published().first()
    if framework is None:
        stdout.write("Skipping the demo catalogue: no published framework to map it to.")
        return
    data = yaml.safe_load(DEMO_CATALOGUE_FILE.read_text(encoding="utf-8"))
    levels = {level.slug: level for level in framework.levels.all()}
    domains = {domain.number: domain for domain in framework.domains.all()}
    capabilities = {capability.code: capability for capability in Capability.objects.in_framework(framework)}
    professions = {profession.slug: profession for profession in Profession.objects.all()}
    providers = {}
    for item in data["providers"]:
        providers[item["slug"]], _ = Provider.objects.update_or_create(
            slug=item["slug"],
            defaults={"name": item["name"], "kind": item["kind"], "website": item["website"]},
        )
    # A fixed review date keeps reseeding idempotent; half the demo catalogue falls due for review soon.
    review_base = date(2027, 1, 1)
    created = 0
    for index, item in enumerate(data["resources"]):
        recognition = set(item.get("recognition") or [])
        values = {
            "title": item["title"],
            "summary": item["summary"],
            "provider": providers[item["provider"]],
            "url": item["url"],
            "format": item["format"],
            "delivery": item["delivery"],
            "cost": item["cost"],
            "price": item.get("price") or "",
            "duration_hours": _decimal(item.get("duration_hours")),
            "region": item["region"],
            "cpd_hours": _decimal(item.get("cpd_hours")) if "cpd_hours" in recognition else None,
            "academic_credits": item.get("academic_credits") if "academic_credits" in recognition else None,
            "leads_to_accreditation": "leads_to_accreditation" in recognition,
            "access": item["access"],
            "status": item["status"],
            "review_due": review_base + timedelta(days=30 * (index % 12)),
            "is_demo": True,
        }
        resource = Resource.objects.filter(slug=item["slug"]).first()
        if resource is None:
            resource = Resource.objects.create(slug=item["slug"], **values)
            created += 1
        elif any(getattr(resource, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(resource, name, value)
            resource.save()
        _set_if_changed(resource.levels, [levels[slug] for slug in item["levels"] if slug in levels])
        _set_if_changed(
            resource.domains, [domains[number] for number in item["domains"] if number in domains]
        )
        _set_if_changed(
            resource.capabilities,
            [capabilities[code] for code in item["capabilities"] if code in capabilities],
        )
        wanted_professions = (
            [] if item["professions"] == "all" else [professions[s] for s in item["professions"]]
        )
        _set_if_changed(resource.professions, wanted_professions)
    stdout.write(f"Training catalogue: {len(data['resources'])} demo resources ({created} new)")


def _set_if_changed(manager, targets) -> None:
    if set(manager.values_list("pk", flat=True)) != {target.pk for target in targets}:
        manager.set(targets)
