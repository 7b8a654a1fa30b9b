"""Scale data for `generate_scale_data`: thousands of generated resources for load and search benchmarks.

Generated from a fixed random seed, so every run builds the same catalogue; every slug starts with
`scale-`, so the generated rows can never be mistaken for curated ones (and are marked as demo entries).
Idempotent: a run that finds the generated resources already there adds nothing.
"""

import random

from django.db import connection

from pathways import content_version
from pathways.models import Domain, Level, Profession
from resources.models import Provider, Region, Resource

RESOURCES = 10_000
SLUG_PREFIX = "scale-"
# A small vocabulary on purpose: one word matches a large share of the catalogue, the harsh case for
# ranked search (every match must be ranked before the first page can be shown).
WORDS = [
    "supervision",
    "feedback",
    "assessment",
    "placement",
    "learner",
    "simulation",
    "preceptorship",
    "coaching",
    "mentoring",
    "leadership",
    "research",
    "inclusive",
    "curriculum",
    "reflection",
    "portfolio",
    "competence",
    "wellbeing",
    "digital",
    "remote",
    "interprofessional",
    "teaching",
    "evaluation",
    "governance",
    "quality",
    "safety",
]


def generate_scale_data(*, stdout, resources: int = RESOURCES, **other_sizes) -> None:
    """`other_sizes` are for the other apps' generators (users, survey responses and so on)."""
    if Resource.objects.filter(slug__startswith=SLUG_PREFIX).exists():
        stdout.write("Scale data: generated resources are already there.")
        return
    providers = list(Provider.objects.all())
    domains = list(Domain.objects.filter(framework__status="published"))
    levels = list(Level.objects.filter(framework__status="published"))
    if not (providers and domains and levels):
        stdout.write("Skipping scale resources: load the demo content first (seed_demo).")
        return
    create_resources(resources, providers=providers, domains=domains, levels=levels)
    stdout.write(f"Scale data: {resources:,} generated resources.")


def create_resources(count: int, *, providers, domains, levels) -> None:
    rng = random.Random(42)  # noqa: S311 -- generated data, the same catalogue every run
    professions = list(Profession.objects.all())
    Resource.objects.bulk_create(
        (
            Resource(
                title=" ".join(rng.sample(WORDS, 3)).capitalize() + f" {number}",
                slug=f"{SLUG_PREFIX}{number}",
                summary=" ".join(rng.choices(WORDS, k=30)),
                provider=rng.choice(providers),
                url=f"https://example.org/scale/{number}",
                format=rng.choice(Resource.Format.values),
                delivery=rng.choice(Resource.Delivery.values),
                cost=rng.choice(Resource.Cost.values),
                region=rng.choice(Region.values),
                status=Resource.Status.PUBLISHED if rng.random() < 0.9 else Resource.Status.DRAFT,
                is_demo=True,
            )
            for number in range(count)
        ),
        batch_size=2000,
    )
    made = list(Resource.objects.filter(slug__startswith=SLUG_PREFIX).values_list("pk", flat=True))
    Resource.domains.through.objects.bulk_create(
        (Resource.domains.through(resource_id=pk, domain=d) for pk in made for d in rng.sample(domains, 2)),
        batch_size=5000,
    )
    Resource.levels.through.objects.bulk_create(
        (Resource.levels.through(resource_id=pk, level=lv) for pk in made for lv in rng.sample(levels, 2)),
        batch_size=5000,
    )
    Resource.professions.through.objects.bulk_create(
        (
            Resource.professions.through(resource_id=pk, profession=p)
            for pk in made
            if rng.random() < 0.5  # half are for all professions
            for p in rng.sample(professions, 3)
        ),
        batch_size=5000,
    )
    content_version.content_changed()  # bulk_create sends no signals
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
