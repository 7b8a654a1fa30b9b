"""Every kind of page that shows content, with the demo framework and catalogue loaded, passes the
accessibility helper signed in, with JavaScript on (at desktop width) and with it off (on a 320 px
wide phone, where nothing may scroll sideways): every domain and every level, filtered lists and a
learning list with something on it. test_every_page.py sweeps one page of each route, signed out too.
"""

import pytest

from pathways.models import Capability, Domain, Level, LivedExample
from resources.models import Bookmark, Resource
from tests.factories import UserFactory
from tests.system.accessibility import assert_accessible


def content_urls() -> list[str]:
    resource = Resource.objects.published().order_by("slug").first()
    example = LivedExample.objects.order_by("slug").first()
    domain = Domain.objects.get(number=2)
    return [
        "/pathway/",
        "/pathway/?profession=paramedics&role=practice-educator",
        f"/pathway/cells/{domain.slug}/practice-educator/",
        "/pathway/compare/?from=practice-educator&to=senior-educator",
        *[d.get_absolute_url() for d in Domain.objects.order_by("number")],
        *[level.get_absolute_url() for level in Level.objects.order_by("position")],
        Capability.objects.get(code="D2.L3.1").get_absolute_url() + "?profession=paramedics",
        "/pathway/examples/",
        "/pathway/examples/?setting=academic",
        example.get_absolute_url(),
        "/pathway/about/",
        "/resources/",
        "/resources/?q=supervision&cost=free",
        "/resources/?q=zzzz-nothing-matches",
        resource.get_absolute_url(),
        f"/resources/{resource.slug}/rate/",
        f"/resources/for/domain/{domain.slug}/",
        "/resources/my-learning-list/",
    ]


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_content_pages_are_accessible(
    browser, browser_context_args, live_server, demo_catalogue, sign_in_browser, javascript
):
    user = UserFactory()
    Bookmark.objects.create(user=user, resource=Resource.objects.published().first())
    viewport = browser_context_args["viewport"] if javascript else {"width": 320, "height": 800}
    context = browser.new_context(
        **{**browser_context_args, "viewport": viewport}, java_script_enabled=javascript
    )
    try:
        page = context.new_page()
        page.javascript_disabled = not javascript
        sign_in_browser(context, user)
        failures = []
        for url in content_urls():
            response = page.goto(live_server.url + url)
            try:
                assert response.status == 200, f"{url} answered {response.status}"
                assert_accessible(page)
                width = page.evaluate("document.documentElement.scrollWidth")
                assert width <= viewport["width"], f"{url} is {width}px wide at {viewport['width']}px"
            except AssertionError as problem:
                failures.append(f"{url}: {problem}")
        assert not failures, "\n\n".join(failures)
    finally:
        context.close()
