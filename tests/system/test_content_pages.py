"""Every kind of page that shows content, with the demo framework and catalogue loaded, passes the
accessibility helper signed in, with JavaScript on (at desktop width) and with it off (on a 320 px
wide phone): every domain and every level, filtered lists and a learning list with something on it.
test_every_page.py sweeps one page of each route, signed out too; the pages it sees are not seen twice.
"""

import pytest

from pathways.models import Capability, Domain, Level, LivedExample
from resources.models import Bookmark, Resource
from tests.factories import UserFactory
from tests.system.accessibility import assert_accessible
from tests.system.pages import EVERY_PAGE

LEARNING_LIST = "/resources/my-learning-list/"


def content_urls() -> list[str]:
    resource = Resource.objects.published().order_by("slug").last()
    example = LivedExample.objects.order_by("slug").last()
    domain = Domain.objects.get(number=2)
    urls = [
        "/pathway/",
        "/pathway/?registered=yes&supervises=yes&signs_off=yes&leads=no&academic=no&profession=paramedics",
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
    ]
    # test_every_page.py already sees its pages signed in, with JavaScript on and off; the learning list
    # is seen again here because this person has something on it.
    return [url for url in urls if url not in EVERY_PAGE] + [LEARNING_LIST]


# The pages in a few shares, so the parallel workers can split them.
SHARES = 2


@pytest.mark.parametrize("share", range(SHARES), ids=[f"share-{n + 1}" for n in range(SHARES)])
@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_content_pages_are_accessible(
    kept_page, kept_no_js_page, live_server, demo_catalogue, sign_in_browser, javascript, share
):
    user = UserFactory()
    Bookmark.objects.create(user=user, resource=Resource.objects.published().first())
    page = kept_page if javascript else kept_no_js_page
    sign_in_browser(page.context, user)
    failures = []
    for url in content_urls()[share::SHARES]:
        response = page.goto(live_server.url + url)
        try:
            assert response.status == 200, f"{url} answered {response.status}"
            assert_accessible(page)
        except AssertionError as problem:
            failures.append(f"{url}: {problem}")
    assert not failures, "\n\n".join(failures)
