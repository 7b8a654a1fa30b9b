import io

import pytest
from django.apps import apps
from django.core.cache import cache, caches
from django.core.management import call_command
from django.core.management.commands import flush as flush_command
from django.db import connection, transaction
from django.test import override_settings

from pathways.models import Framework
from tests.factories import UserFactory


class DemoContent:
    """The demo framework and catalogue, as `manage.py seed_demo` loads them, built once per test
    database (so once per xdist worker) instead of once per test. See docs/adr/0010.

    A test that asks for `demo_content` (or a fixture built on it) gets it; every other database test
    gets an empty database, as it would without this, because the rows are deleted inside its
    transaction and come back when that is rolled back. A transactional test (live server) ends with a
    flush that empties every table; the next test that asks for the content gets it put back from the
    rows kept here, with one bulk insert a table."""

    def __init__(self):
        self.rows = {}  # model -> its rows as seeded, in the order the seed first wrote to them

    def load(self) -> None:
        models = [model for model in apps.get_models(include_auto_created=True) if model._meta.managed]
        before = {model: model._base_manager.count() for model in models}
        # Set-up data, not the subject of any test: no editorial history (tests about history make
        # their own changes and see those recorded).
        with override_settings(SIMPLE_HISTORY_ENABLED=False):
            call_command("seed_demo", stdout=io.StringIO())
        self.rows = {
            model: list(model._base_manager.order_by("pk"))
            for model in models
            if model._base_manager.count() != before[model]
        }
        assert Framework in self.rows, "seed_demo loaded no framework"

    def is_loaded(self) -> bool:
        # Tests never leave half of it behind: a test's changes are rolled back, or flushed away whole.
        return Framework.objects.exists()

    def put_back(self) -> None:
        with transaction.atomic():  # foreign keys are checked at the end, so table order does not matter
            for model, rows in self.rows.items():
                model._base_manager.bulk_create(rows)

    def remove(self) -> None:
        with transaction.atomic(), connection.cursor() as cursor:
            for model in reversed(self.rows):
                table = connection.ops.quote_name(model._meta.db_table)
                cursor.execute(f"DELETE FROM {table}")  # noqa: S608 - a table name Django quoted


DEMO_CONTENT = DemoContent()


# Tables that hold rows as soon as the database is migrated: content types, permissions, the staff groups
# and the site, written by migrations and post_migrate. Filled in by django_db_setup.
MIGRATED_TABLES: set[str] = set()


def _tables_with_rows() -> set[str]:
    tables = set()
    with connection.cursor() as cursor:
        for table in connection.introspection.django_table_names(only_existing=True, include_views=False):
            # S608 (SQL built from a string): the only value is a table name from Django's introspection,
            # quoted by Django for this database; nothing comes from a test or a user.
            cursor.execute(f"SELECT 1 FROM {connection.ops.quote_name(table)} LIMIT 1")  # noqa: S608
            if cursor.fetchone():
                tables.add(table)
    return tables


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, migrated and then loaded with the demo content."""
    with django_db_blocker.unblock():
        MIGRATED_TABLES.update(_tables_with_rows())
        DEMO_CONTENT.load()


@pytest.fixture(scope="session", autouse=True)
def _flush_only_what_tests_write():
    """A live-server test ends by flushing the database, and Django's flush does two slow things here.

    - It empties every table, and then sends post_migrate to write the content types, permissions,
      staff groups and site again: about 0.4 s of a browser test's teardown on PostgreSQL, and it
      loses what data migrations wrote (the site's name). The flush here leaves the tables that held
      rows straight after migrating alone and sends no post_migrate. A live-server test must not change
      those tables (none does; the test in tests/config/test_flush.py shows they survive).
    - On PostgreSQL it empties them with one TRUNCATE, which makes new files for each table and index:
      about a third of a second. DELETE, as Django flushes SQLite, takes a few milliseconds for tables
      this small. Foreign keys are deferred, so the order does not matter."""

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        tables = [table for table in tables if table not in MIGRATED_TABLES]
        if self.connection.vendor != "postgresql" or reset_sequences or allow_cascade:
            return original[type(self)](
                self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        return [
            f"{style.SQL_KEYWORD('DELETE FROM')} {style.SQL_FIELD(self.quote_name(table))};"
            for table in tables
        ]

    from django.db.backends.postgresql.base import DatabaseWrapper as PostgreSQL
    from django.db.backends.sqlite3.base import DatabaseWrapper as SQLite

    operations = [PostgreSQL.ops_class, SQLite.ops_class]
    original = {ops: ops.sql_flush for ops in operations}
    with pytest.MonkeyPatch.context() as patch:
        for ops in operations:
            patch.setattr(ops, "sql_flush", sql_flush)
        patch.setattr(flush_command, "emit_post_migrate_signal", lambda *args, **kwargs: None)
        yield


def _uses_database(request) -> bool:
    return bool(
        request.node.get_closest_marker("django_db")
        or "_django_db_helper" in request.fixturenames
        or "live_server" in request.fixturenames
    )


@pytest.fixture(autouse=True)
def _demo_content_only_where_asked(request):
    """A database test sees the demo content if it asks for it and an empty database if it does not."""
    if not _uses_database(request):
        return
    request.getfixturevalue("_django_db_helper")  # first the test's transaction, or its flush after
    wanted = "demo_content" in request.fixturenames
    if wanted and not DEMO_CONTENT.is_loaded():
        DEMO_CONTENT.put_back()
    elif not wanted and DEMO_CONTENT.is_loaded():
        DEMO_CONTENT.remove()


@pytest.fixture
def demo_content(db):
    """The demo framework (published) and the demo training catalogue (60 resources, 55 published)."""


@pytest.fixture
def demo_framework(demo_content):
    """The demo content; the published demo framework from fixtures/framework/demo-framework.yaml."""
    return Framework.objects.published().get()


@pytest.fixture
def demo_catalogue(demo_content):
    """The demo content; the catalogue from fixtures/resources/demo-resources.yaml mapped to the demo
    framework."""


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
