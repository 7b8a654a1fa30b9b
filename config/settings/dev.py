"""Local development: `make run`. Debug on, e-mails printed to the console."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-insecure-key-never-used-in-production")
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
