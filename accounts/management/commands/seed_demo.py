"""Load every app's demo content. Idempotent: running it twice changes nothing.

Each app that has demo content provides a `seed_demo(stdout)` function in its `demo` module; this
command runs them in dependency order, so accounts needs no knowledge of what they load.
"""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

# Lower apps first: resources link to the framework that pathways loads.
SEED_ORDER = ("accounts", "pathways", "resources", "evaluation")


class Command(BaseCommand):
    help = "Load all demo content (idempotent)."

    def handle(self, *args, **options):
        for app_label in SEED_ORDER:
            app_config = apps.get_app_config(app_label)
            try:
                demo = import_module(f"{app_config.name}.demo")
            except ModuleNotFoundError:
                continue
            with transaction.atomic():
                demo.seed_demo(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
