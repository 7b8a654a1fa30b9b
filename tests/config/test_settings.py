"""Production settings, checked in a fresh interpreter as production would load them."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    # Start from a clean slate: CI sets DATABASE_URL, a developer may set REDIS_URL.
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("DJANGO_") and k not in {"DATABASE_URL", "REDIS_URL"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=environment, capture_output=True, text=True
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="config.settings.production")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_production_settings_pass_check_deploy():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY="a-long-random-value-for-this-test-only-" + "x" * 30,
        DJANGO_ALLOWED_HOSTS="pathways.example.nhs.uk",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_sets_hsts_and_secure_cookies():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT)",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY="x" * 60,
    )
    assert result.stdout.split() == ["31536000", "True", "True", "True"]


def test_database_url_selects_postgresql_and_sqlite_by_default():
    script = "from django.conf import settings as s; print(s.DATABASES['default']['ENGINE'])"
    default = run_manage("shell", "--no-imports", "-c", script, DJANGO_SETTINGS_MODULE="config.settings.dev")
    postgres = run_manage(
        "shell",
        "--no-imports",
        "-c",
        script,
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DATABASE_URL="postgres://someone@db.example:5432/pathways",
    )
    assert default.stdout.strip() == "django.db.backends.sqlite3"
    assert postgres.stdout.strip() == "django.db.backends.postgresql"


def test_cache_is_redis_when_redis_url_is_set_and_the_database_otherwise():
    script = "from django.conf import settings as s; print(s.CACHES['default']['BACKEND'])"
    without = run_manage("shell", "--no-imports", "-c", script, DJANGO_SETTINGS_MODULE="config.settings.dev")
    with_redis = run_manage(
        "shell",
        "--no-imports",
        "-c",
        script,
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert without.stdout.strip() == "django.core.cache.backends.db.DatabaseCache"
    assert with_redis.stdout.strip() == "django.core.cache.backends.redis.RedisCache"


def test_production_collectstatic_hashes_and_compresses_every_file(tmp_path):
    script = (
        "from django.conf import settings; settings.STATIC_ROOT = __import__('sys').argv[-1]; "
        "from django.core.management import call_command; "
        "call_command('collectstatic', interactive=False, verbosity=0)"
    )
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k not in {"DATABASE_URL"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY="x" * 60,
        DJANGO_ALLOWED_HOSTS="pathways.example.nhs.uk",
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}", str(tmp_path)],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    manifest = (tmp_path / "staticfiles.json").read_text()
    assert "vendor/nhsuk-frontend/nhsuk-frontend.min.css" in manifest
    assert list(tmp_path.glob("css/app.*.css.gz")), "hashed files are also served compressed"
