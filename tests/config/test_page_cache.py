"""Signed-out pages are kept and served again until published content changes; nobody signed in ever
gets a kept page, and nobody's own page is ever kept (config/page_cache.py)."""

import re

import pytest
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.test import Client

from pathways.models import Framework, Profession

MAP = "/pathway/"
HTMX = {"HX-Request": "true"}


def publish_framework(name: str = "Kept framework") -> Framework:
    return Framework.objects.create(
        name=name, version="1", publisher="Test", status=Framework.Status.PUBLISHED
    )


def publish_resource(title: str, *, slug: str):
    from resources.models import Provider, Resource

    provider = Provider.objects.create(name="Trust", slug=f"trust-{slug}", kind=Provider.Kind.NHS)
    return Resource.objects.create(
        title=title, slug=slug, summary="s", provider=provider, url="https://example.org/",
        format=Resource.Format.COURSE, delivery=Resource.Delivery.BLENDED, cost=Resource.Cost.FREE,
        status=Resource.Status.PUBLISHED,
    )  # fmt: skip


def test_a_signed_out_page_is_served_again_without_running_the_view(client, db, django_assert_num_queries):
    publish_framework()
    first = client.get(MAP)
    assert first.status_code == 200
    assert "Kept framework" in first.content.decode()

    with django_assert_num_queries(0):
        second = client.get(MAP)

    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_a_kept_page_says_anyone_may_keep_it_for_a_minute(client, db):
    response = client.get("/about/")
    assert response["Cache-Control"] == "public, max-age=60"
    assert "Cookie" in response["Vary"]


def test_a_change_to_published_content_is_shown_at_once(client, db):
    framework = publish_framework()
    client.get(MAP)

    framework.name = "Renamed framework"
    framework.save()

    html = client.get(MAP).content.decode()
    assert "Renamed framework" in html
    assert "Kept framework" not in html


def test_a_change_to_content_many_to_many_links_is_shown_at_once(client, db):
    publish_framework()
    resource = publish_resource("Kept resource", slug="kept")
    page = f"/resources/{resource.slug}/"
    assert "Physiotherapists" not in client.get(page).content.decode()

    resource.professions.add(Profession.objects.create(name="Physiotherapists", slug="physiotherapists"))

    assert "Physiotherapists" in client.get(page).content.decode()


def test_a_signed_in_person_never_gets_the_kept_signed_out_page(client, signed_in_client_for, db):
    signed_out = client.get("/about/").content.decode()
    assert "Sign out" not in signed_out

    response = signed_in_client_for().get("/about/")

    assert "Sign out" in response.content.decode()
    assert response["Cache-Control"] == "private"


def test_a_signed_in_persons_page_is_never_kept_for_others(signed_in_client_for, db):
    signed_in_client_for().get("/about/")

    html = Client().get("/about/").content.decode()

    assert "Sign out" not in html
    assert "Your profile" not in html


def test_a_visitor_with_something_in_their_session_gets_their_own_page(client, db):
    client.get("/about/")  # kept
    session = client.session
    session["something"] = "of theirs"
    session.save()

    response = client.get("/about/")

    assert response.status_code == 200
    assert response["Cache-Control"] == "private"


def test_a_visitor_with_a_message_waiting_gets_their_own_page(client, db):
    Client().get("/about/")  # kept for everyone else
    client.cookies[CookieStorage.cookie_name] = "anything"

    response = client.get("/about/")

    assert response["Cache-Control"] == "private"


def test_the_htmx_partial_and_the_whole_page_are_kept_apart(client, db):
    publish_framework()
    partial = client.get(MAP, headers=HTMX).content.decode()
    whole = client.get(MAP).content.decode()
    partial_again = client.get(MAP, headers=HTMX).content.decode()

    assert "<html" not in partial
    assert "<html" in whole
    assert partial_again == partial


def test_htmx_history_restore_gets_the_whole_page_even_after_the_partial_was_kept(client, db):
    publish_framework()
    client.get(MAP, headers=HTMX)

    restored = client.get(MAP, headers={**HTMX, "HX-History-Restore-Request": "true"})

    assert "<html" in restored.content.decode()
    assert "HX-History-Restore-Request" in restored["Vary"]


def test_pages_that_are_not_public_are_never_kept(db):
    token = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    first, second = Client().get("/accounts/login/"), Client().get("/accounts/login/")
    assert first.status_code == second.status_code == 200
    # Rendered afresh for each visitor: each sign-in form carries its own CSRF token.
    assert token.search(first.content.decode())[1] != token.search(second.content.decode())[1]
    assert "public" not in first.get("Cache-Control", "")


def test_error_pages_are_not_kept(client, db, django_assert_max_num_queries):
    assert client.get("/pathway/domains/no-such-domain/").status_code == 404
    with django_assert_max_num_queries(50) as queries:
        assert client.get("/pathway/domains/no-such-domain/").status_code == 404
    assert len(queries) > 0


def test_head_is_answered_from_the_same_kept_page(client, db, django_assert_num_queries):
    publish_framework()
    client.get(MAP)
    with django_assert_num_queries(0):
        response = client.head(MAP)
    assert response.status_code == 200
    assert response.content == b""


def test_another_release_never_sees_this_releases_pages(client, db, monkeypatch):
    from config import page_cache

    client.get("/about/")
    assert len(caches["pages"]._cache) == 1
    monkeypatch.setattr(page_cache, "release_fingerprint", lambda: "another-release")

    client.get("/about/")

    assert len(caches["pages"]._cache) == 2


@pytest.fixture
def signed_in_client_for(db):
    from tests.factories import UserFactory

    def make() -> Client:
        signed_in = Client()
        signed_in.force_login(UserFactory())
        return signed_in

    return make


# Signed in: the shared parts of a page are kept; their own parts are rendered for them.


def test_a_signed_in_person_gets_the_shared_parts_without_the_work(signed_in_client_for, db):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    publish_framework()
    first = signed_in_client_for()
    first.get(MAP)
    second = signed_in_client_for()
    with CaptureQueriesContext(connection) as queries:
        response = second.get(MAP)

    assert response.status_code == 200
    assert "Kept framework" in response.content.decode()
    assert "Sign out" in response.content.decode()
    # Only their session and their account: the map itself comes from the kept fragments.
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) <= 3, tables
    assert "pathways_" not in tables


def test_shared_parts_follow_each_persons_profile_answers(db):
    from tests.factories import UserFactory

    publish_framework()
    Profession.objects.create(slug="paramedics", name="Paramedics", regulator="HCPC")
    Profession.objects.create(slug="dietitians", name="Dietitians", regulator="HCPC")
    paramedic, dietitian = Client(), Client()
    paramedic.force_login(UserFactory(profession="paramedics"))
    dietitian.force_login(UserFactory(profession="dietitians"))

    def chosen_profession(client: Client) -> str:
        html = client.get(MAP).content.decode()
        return re.search(r'<option value="([^"]+)" selected', html).group(1)

    assert chosen_profession(paramedic) == "paramedics"
    assert chosen_profession(dietitian) == "dietitians"
    assert chosen_profession(paramedic) == "paramedics"


def test_a_resource_page_keeps_the_facts_but_never_the_persons_own_learning(db):
    from resources.models import Bookmark
    from tests.factories import UserFactory

    publish_framework()
    resource = publish_resource("Shared resource", slug="shared")
    keen, other = UserFactory(), UserFactory()
    Bookmark.objects.create(user=keen, resource=resource)
    keen_client, other_client = Client(), Client()
    keen_client.force_login(keen)
    other_client.force_login(other)

    assert "Remove from my learning list" in keen_client.get("/resources/shared/").content.decode()
    html = other_client.get("/resources/shared/").content.decode()

    assert "Add to my learning list" in html
    assert "Remove from my learning list" not in html
    assert "Shared resource" in html
