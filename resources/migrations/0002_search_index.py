"""A GIN index for catalogue search on PostgreSQL, on the same expression resources/search.py uses.
SQLite has no full-text index of this kind; there the fallback search needs none."""

from django.db import migrations

INDEX = "resources_resource_search_idx"
CREATE = f"""
CREATE INDEX IF NOT EXISTS {INDEX} ON resources_resource USING gin ((
    setweight(to_tsvector('english'::regconfig, COALESCE(title, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, COALESCE(summary, '')), 'B')
))
"""


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("resources", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
