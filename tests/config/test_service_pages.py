import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

PROJECT = Path(__file__).resolve().parents[2]


def title_of(response) -> str:
    html = response.content.decode()
    return " ".join(html.split("<title>")[1].split("</title>")[0].split())


def test_home_page_explains_the_service_and_offers_three_doors(client, db):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert title_of(response) == "Grow your career as an AHP educator – AHP Educator Pathways – NHS"
    assert "AHP Educator Career Framework" in html
    for door in ('href="/pathway/"', 'href="/resources/"', 'href="/my/"'):
        assert door in html


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/about/", "About this service"),
        ("/accessibility/", "Accessibility statement"),
        ("/privacy/", "Privacy notice"),
        ("/cookies/", "Cookies"),
        ("/contact/", "Contact us"),
        ("/help/", "Help using this service"),
    ],
)
def test_footer_pages_are_linked_from_every_page_and_render(client, db, path, heading):
    home = client.get("/").content.decode()
    response = client.get(path)
    assert f'href="{path}"' in home
    assert response.status_code == 200
    assert title_of(response) == f"{heading} – AHP Educator Pathways – NHS"


def test_help_link_sits_in_the_header_on_every_page(client, db):
    for path in ("/", "/pathway/", "/accounts/login/", "/no-such-page/"):
        html = client.get(path).content.decode()
        header = html.split('<header class="nhsuk-header"')[1].split("</header>")[0]
        assert 'href="/help/">Help</a>' in header


def test_navigation_marks_the_current_section(client, db):
    html = client.get("/pathway/").content.decode()
    assert 'href="/pathway/" aria-current="page"' in html
    assert 'href="/resources/" aria-current' not in html


def test_stories_are_in_the_navigation_and_on_the_home_page(client, db):
    home = client.get("/").content.decode()
    header = home.split('<header class="nhsuk-header"')[1].split("</header>")[0]
    assert 'href="/pathway/examples/">Stories</a>' in header
    assert 'href="/pathway/examples/">Read stories from educators</a>' in home


def test_a_story_page_is_in_stories_not_in_pathway(client, db):
    html = client.get("/pathway/examples/").content.decode()
    assert 'href="/pathway/examples/" aria-current="page"' in html
    assert 'href="/pathway/" aria-current' not in html


def test_navigation_offers_sign_in_signed_out_and_sign_out_signed_in(client, user):
    assert ">Sign in<" in client.get("/").content.decode()
    client.force_login(user)
    html = client.get("/").content.decode()
    assert "Sign out" in html
    assert ">Sign in<" not in html


def test_health_check_answers_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_check_answers_503_when_the_database_does_not():
    # A real unreachable database (nothing listens on port 1), in a fresh interpreter.
    script = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/healthz'); print(r.status_code, r.content.decode())"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL="postgres://nobody@127.0.0.1:1/nothing",
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT, env=environment, capture_output=True, text=True
    )
    status, body = result.stdout.strip().split(" ", 1)
    assert status == "503", result.stderr
    assert json.loads(body)["status"] == "unavailable"


def test_not_found_page_is_nhs_styled(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert title_of(response) == "Page not found – AHP Educator Pathways – NHS"
    assert "nhsuk-header" in response.content.decode()


def test_forbidden_page_is_nhs_styled(signed_in_client):
    response = signed_in_client.get("/evaluation/")
    assert response.status_code == 403
    assert "You do not have permission to see this page" in response.content.decode()


def test_bad_request_page_is_nhs_styled(client, db):
    response = client.get("/", headers={"host": "evil.example.com"})
    assert response.status_code == 400
    assert "Sorry, there is a problem with your request" in response.content.decode()


def test_server_error_page_is_nhs_styled_and_needs_no_database():
    request = RequestFactory().get("/")
    response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in html
    assert "nhsuk-header" in html


def test_robots_txt_keeps_search_engines_to_the_public_pages(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert {"Disallow: /my/", "Disallow: /admin/", "Disallow: /evaluation/"} <= set(lines)
    assert "Disallow: /pathway/" not in lines
    assert "Disallow: /" not in lines
