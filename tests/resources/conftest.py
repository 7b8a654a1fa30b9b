import io

import pytest
from django.conf import settings

from pathways.framework_file import parse_framework_file
from pathways.framework_import import framework_import
from resources import demo


@pytest.fixture
def demo_catalogue(db):
    """The demo framework and the demo training catalogue (60 resources, 55 published)."""
    framework_file = settings.BASE_DIR / "fixtures" / "framework" / "demo-framework.yaml"
    framework_import(data=parse_framework_file(framework_file.read_bytes(), filename=framework_file.name))
    demo.seed_demo(stdout=io.StringIO())
