"""Demo content for `seed_demo`: the illustrative framework in fixtures/framework/."""

from django.conf import settings

from pathways.framework_file import parse_framework_file
from pathways.framework_import import framework_import

DEMO_FRAMEWORK_FILE = settings.BASE_DIR / "fixtures" / "framework" / "demo-framework.yaml"


def seed_demo(*, stdout) -> None:
    data = parse_framework_file(DEMO_FRAMEWORK_FILE.read_bytes(), filename=DEMO_FRAMEWORK_FILE.name)
    report = framework_import(data=data)
    stdout.write(f"Framework: {report.framework} ({'changed' if report.changed else 'unchanged'})")
