"""Name the django.contrib.sites row after the service, so allauth's e-mails do not say example.com."""

import os

from django.conf import settings
from django.db import migrations


def name_site(apps, schema_editor):
    Site = apps.get_model("sites", "Site")
    domain = os.environ.get("DJANGO_SITE_DOMAIN") or (settings.ALLOWED_HOSTS or ["localhost"])[0]
    Site.objects.update_or_create(pk=settings.SITE_ID, defaults={"domain": domain, "name": settings.SITE_NAME})


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_staff_groups"),
        ("sites", "0002_alter_domain_unique"),
    ]

    operations = [migrations.RunPython(name_site, migrations.RunPython.noop)]
