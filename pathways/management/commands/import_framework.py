from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pathways.framework_file import FrameworkFileError
from pathways.framework_import import framework_import
from pathways.interchange import read_framework_file


class Command(BaseCommand):
    help = (
        "Import a framework file (our YAML or JSON format, a CASE 1.1 package .case.json, or a .csv of "
        "capabilities). The whole file is checked first; every problem is reported with its location; "
        "nothing is imported unless all of it can be."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        if not file.is_file():
            raise CommandError(f"{file}: no such file")
        try:
            data = read_framework_file(file.read_bytes(), filename=file.name)
            report = framework_import(data=data)
        except FrameworkFileError as error:
            for problem in error.problems:
                self.stderr.write(f"  {problem}")
            raise CommandError(
                f"{file.name}: {len(error.problems)} problem(s); nothing was imported."
            ) from None
        for line in report.lines():
            self.stdout.write(f"  {line}")
        verdict = "imported" if report.changed else "already up to date; nothing changed"
        self.stdout.write(self.style.SUCCESS(f"{report.framework}: {verdict}."))
