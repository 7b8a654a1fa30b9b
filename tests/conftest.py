import pytest
from django.core.cache import cache, caches

from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate limits and kept pages live in the caches; each test starts with none."""
    cache.clear()
    caches["pages"].clear()
    yield
    cache.clear()
    caches["pages"].clear()


@pytest.fixture
def pages_not_kept(settings):
    """For a test that reads `response.context` of a page it asks for twice: a kept page has none."""
    settings.CACHES = {**settings.CACHES, "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def signed_in_client(client, user):
    client.force_login(user)
    return client
