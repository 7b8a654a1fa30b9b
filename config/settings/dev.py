"""Local development: `make run`. Debug on, e-mails printed to the console."""

import os

from .base import *  # noqa: F403
from .base import CACHES

# Template edits show at once: no kept pages while developing (config/page_cache.py).
CACHES = {**CACHES, "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

DEBUG = True
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-insecure-key-never-used-in-production")
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
