"""manage.py check_links: check every published resource's web address and record the result on it."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from pathways import content_version
from resources.link_checker import check_urls
from resources.models import Resource


class Command(BaseCommand):
    help = "Check the web address of every published resource; list failures and exit non-zero if any."

    def add_arguments(self, parser):
        parser.add_argument("--workers", type=int, default=8, help="How many checks run at once (default 8).")
        parser.add_argument(
            "--timeout", type=float, default=10, help="Seconds to wait for each (default 10)."
        )
        parser.add_argument(
            "--no-fail-on-broken",
            dest="fail_on_broken",
            action="store_false",
            help="Exit 0 even when links are broken (by default it exits 1).",
        )

    def handle(self, *args, workers: int, timeout: float, fail_on_broken: bool, **options):
        if workers < 1:
            raise CommandError("--workers must be 1 or more")
        if timeout <= 0:
            raise CommandError("--timeout must be more than 0")
        resources = list(Resource.objects.published().only("pk", "title", "url"))
        results = check_urls([resource.url for resource in resources], workers=workers, timeout=timeout)
        checked_at = timezone.now()
        failures = []
        for resource in resources:
            result = results[resource.url]
            # update() rather than save(): a link check is not an editorial change for the history.
            Resource.objects.filter(pk=resource.pk).update(
                last_link_check=checked_at, last_link_ok=result.ok, last_link_result=result.result[:200]
            )
            if not result.ok:
                failures.append((resource, result))
        # Resource pages show the last check; update() sends no signal, so say the content changed.
        content_version.content_changed()
        self.stdout.write(f"Checked {len(resources)} published resources: {len(failures)} broken.")
        for resource, result in failures:
            self.stdout.write(f"- {resource.title} ({resource.url}): {result.result}")
        if failures and fail_on_broken:
            raise CommandError(f"{len(failures)} broken link(s)", returncode=1)
