import pytest
from django.core.cache import cache

from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate limits live in the cache; each test starts with none used."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def signed_in_client(client, user):
    client.force_login(user)
    return client
