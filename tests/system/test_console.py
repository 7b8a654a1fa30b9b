"""No page logs an error in the browser console: no script error, no resource the CSP refuses (such as
a web font from another origin), nothing that fails to load. The one exception is the page's own
status on the error pages, which Chromium reports as a failed load."""

import io

import pytest
from django.conf import settings

from pathways.framework_file import parse_framework_file
from pathways.framework_import import framework_import
from resources import demo
from tests.system.pages import PUBLIC_PAGES

ERROR_PAGES = {"/no-such-page/"}


@pytest.fixture
def demo_content_live(transactional_db):
    framework_file = settings.BASE_DIR / "fixtures" / "framework" / "demo-framework.yaml"
    framework_import(data=parse_framework_file(framework_file.read_bytes(), filename=framework_file.name))
    demo.seed_demo(stdout=io.StringIO())


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_page_logs_no_console_errors(page, live_server, demo_content_live, path):
    errors = []
    page.on("console", lambda message: errors.append(message) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(error))
    response = page.goto(live_server.url + path)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.body.classList.contains('js-enabled')"), "the inline script did not run"
    own_status = f"status of {response.status}"
    unexpected = [
        str(getattr(error, "text", error))
        for error in errors
        if not (path in ERROR_PAGES and own_status in getattr(error, "text", ""))
    ]
    assert unexpected == []
