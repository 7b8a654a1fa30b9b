"""The test database's flush (tests/conftest.py), which ends every live-server test: it empties what tests
write and keeps what migrating wrote, without sending post_migrate again."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site
from django.core.management import call_command

from accounts.models import User
from accounts.staff_groups import GROUP_PERMISSIONS
from pathways.models import Framework
from tests.factories import UserFactory


def test_a_flush_empties_what_tests_wrote_and_keeps_what_migrating_wrote(transactional_db, demo_content):
    UserFactory()
    content_types, permissions = ContentType.objects.count(), Permission.objects.count()
    curators = Group.objects.get(name=next(iter(GROUP_PERMISSIONS)))
    granted = set(curators.permissions.values_list("pk", flat=True))

    call_command("flush", interactive=False, verbosity=0)

    assert not User.objects.exists()
    assert not Framework.objects.exists()
    assert ContentType.objects.count() == content_types
    assert Permission.objects.count() == permissions
    assert set(Group.objects.get(pk=curators.pk).permissions.values_list("pk", flat=True)) == granted
    assert Site.objects.get(pk=settings.SITE_ID).name == settings.SITE_NAME  # from a data migration
