"""Add generated data at scale on top of the demo content, for `make bench` and search benchmarks.

Each app that can generate scale data provides `generate_scale_data(stdout, **sizes)` in its `scale`
module; this command runs them in dependency order, as seed_demo does, so accounts needs no knowledge
of what they make. Never run it against a database with real people's data in it: it is for throwaway
benchmark databases.
"""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.management.commands.seed_demo import SEED_ORDER


class Command(BaseCommand):
    help = "Add generated scale data (10,000 resources by default) on top of the demo content."

    def add_arguments(self, parser):
        parser.add_argument("--resources", type=int, default=10_000, help="How many resources to generate.")

    def handle(self, *args, resources: int, **options):
        sizes = {"resources": resources}
        for app_label in SEED_ORDER:
            try:
                scale = import_module(f"{apps.get_app_config(app_label).name}.scale")
            except ModuleNotFoundError:
                continue
            with transaction.atomic():
                scale.generate_scale_data(stdout=self.stdout, **sizes)
        self.stdout.write(self.style.SUCCESS("Scale data is in place."))
