import pytest

from pathways.demo import DEMO_FRAMEWORK_FILE
from pathways.framework_file import parse_framework_file


@pytest.fixture
def demo_framework_data():
    """The demo framework file as data: copy it before changing it in a test."""
    return parse_framework_file(DEMO_FRAMEWORK_FILE.read_bytes(), filename=DEMO_FRAMEWORK_FILE.name)
