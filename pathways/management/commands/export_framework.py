from django.core.management.base import BaseCommand, CommandError

from pathways.framework_export import framework_as_yaml
from pathways.models import Framework


class Command(BaseCommand):
    help = "Write a framework in the import format (YAML) to standard output. Default: the published one."

    def add_arguments(self, parser):
        parser.add_argument("--uuid", help="The framework's UUID, if not the published one.")

    def handle(self, *args, uuid=None, **options):
        framework = (
            Framework.objects.filter(uuid=uuid).first() if uuid else Framework.objects.published().first()
        )
        if framework is None:
            raise CommandError("No such framework." if uuid else "No framework is published.")
        self.stdout.write(framework_as_yaml(framework), ending="")
