"""Time catalogue search and faceting on PostgreSQL with 10,000 resources, and show the GIN index at work.

Run from the project root (nothing is written to your own database):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python scripts/benchmark_search.py

It creates a throwaway database, `ahp_benchmark`, with Django's test-database utilities (all
migrations, so the GIN index of migration 0002 too), loads the demo framework and catalogue, adds
10,000 generated resources, runs each query REPEATS times through search_resources and the catalogue's
facet counting (exactly what /resources/ runs), prints median and 95th-percentile times, prints
EXPLAIN ANALYZE for one search, and drops the database. Record the numbers in docs/performance.md.
"""

import io
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

RESOURCES = 10_000
REPEATS = 20
SEARCHES = [
    ("supervision", {}),
    ("supervising learners", {}),
    ("feedback", {"cost": ["free"]}),
    ("simulation placement", {"format": ["workshop", "webinar"]}),
    ("", {"cost": ["paid"], "profession": ["physiotherapists"]}),
]


def run_search(text: str, filters: dict, framework) -> int:
    from resources import catalogue

    results = catalogue.find_training(text=text, filters=filters, sort="", framework=framework)
    list(results.resources[: catalogue.PAGE_SIZE])
    return results.resources.count()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL database: the benchmark is for full-text search there.")
    from pathways.framework_file import parse_framework_file
    from pathways.framework_import import framework_import
    from pathways.models import Framework
    from resources import demo
    from resources.models import Resource
    from resources.scale import generate_scale_data
    from resources.search import search_resources

    connection.settings_dict["TEST"]["NAME"] = "ahp_benchmark"
    original_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        framework_file = ROOT / "fixtures" / "framework" / "demo-framework.yaml"
        framework_import(data=parse_framework_file(framework_file.read_bytes(), filename=framework_file.name))
        demo.seed_demo(stdout=io.StringIO())
        started = time.perf_counter()
        generate_scale_data(stdout=io.StringIO(), resources=RESOURCES)
        print(f"Created {RESOURCES:,} resources in {time.perf_counter() - started:.1f} s")
        total, published = Resource.objects.count(), Resource.objects.published().count()
        print(f"Catalogue: {total:,} resources, {published:,} published")
        with connection.cursor() as cursor:
            cursor.execute("SELECT version()")
            print(cursor.fetchone()[0])
        machine = platform.processor() or platform.machine()
        print(f"Machine: {machine}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
        framework = Framework.objects.published().get()
        print(f"\n{'search':<55} {'found':>6} {'median ms':>10} {'p95 ms':>8}")
        for text, filters in SEARCHES:
            run_search(text, filters, framework)  # warm up
            timings = []
            for _ in range(REPEATS):
                started = time.perf_counter()
                found = run_search(text, filters, framework)
                timings.append((time.perf_counter() - started) * 1000)
            label = f"q={text!r} {filters}" if filters else f"q={text!r}"
            median, p95 = statistics.median(timings), percentile(timings, 0.95)
            print(f"{label:<55} {found:>6} {median:>10.1f} {p95:>8.1f}")
        print("\nEXPLAIN ANALYZE for search_resources(published, 'supervision'):")
        print(search_resources(Resource.objects.published(), "supervision").explain(analyze=True))
        print("\nThe same with sequential scans discouraged, to show the GIN index can serve it:")
        with connection.cursor() as cursor:
            cursor.execute("SET enable_seqscan = off")
        print(search_resources(Resource.objects.published(), "supervision").explain(analyze=True))
        print("\nEXPLAIN ANALYZE for a rare word (few matches), normal planner settings:")
        with connection.cursor() as cursor:
            cursor.execute("SET enable_seqscan = on")
        print(search_resources(Resource.objects.published(), "aphasia").explain(analyze=True))
    finally:
        connection.creation.destroy_test_db(original_name, verbosity=0)


if __name__ == "__main__":
    main()
