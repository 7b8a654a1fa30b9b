from pathlib import Path

import pytest
from django.test import override_settings

from pathways.framework_file import parse_framework_file
from pathways.framework_import import framework_import

DEMO_FRAMEWORK_FILE = Path(__file__).resolve().parents[2] / "fixtures" / "framework" / "demo-framework.yaml"


@pytest.fixture
def demo_framework_data():
    """The demo framework file as data: copy it before changing it in a test."""
    return parse_framework_file(DEMO_FRAMEWORK_FILE.read_bytes(), filename=DEMO_FRAMEWORK_FILE.name)


@pytest.fixture
def demo_framework(db, demo_framework_data):
    """The demo framework, imported from fixtures/framework/demo-framework.yaml (published).

    Set-up data, not the subject of the test: imported without editorial history, which halves the
    time it takes. Tests about history make their own changes and see those recorded."""
    with override_settings(SIMPLE_HISTORY_ENABLED=False):
        return framework_import(data=demo_framework_data).framework
