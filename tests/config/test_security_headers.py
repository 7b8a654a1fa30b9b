import base64
import hashlib
import re

from django.test import Client

EXPECTED_CSP = (
    "default-src 'self'; script-src 'self' 'sha256-HASH'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
    "object-src 'none'"
)
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.DOTALL)


def test_content_security_policy_is_exactly_the_strict_policy(client, db):
    response = client.get("/")
    csp = re.sub(r"'sha256-[^']+'", "'sha256-HASH'", response["Content-Security-Policy"])
    assert csp == EXPECTED_CSP


def test_the_csp_hash_allows_exactly_the_one_inline_script(client, db):
    response = client.get("/")
    allowed = re.findall(r"'sha256-([^']+)'", response["Content-Security-Policy"])
    inline_scripts = INLINE_SCRIPT.findall(response.content.decode())
    assert len(inline_scripts) == 1
    attributes, body = inline_scripts[0]
    assert attributes == ""  # no nonce: the policy and the page are the same for every response
    assert allowed == [base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()]


def test_two_signed_out_responses_are_the_same_bytes(client, db):
    """Nothing unique per response (a nonce, a CSRF token) in a signed-out page: it can be kept."""
    first, second = client.get("/about/"), client.get("/about/")
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
    assert "csrftoken" not in first.cookies


def test_security_headers_are_set(client, db):
    response = client.get("/")
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_htmx_is_configured_never_to_eval(client, db):
    html = client.get("/").content.decode()
    assert '"allowEval": false' in html
    assert '"includeIndicatorStyles": false' in html


def test_htmx_sends_the_csrf_token_for_signed_in_people_only(signed_in_client, db):
    assert 'hx-headers=\'{"X-CSRFToken": "' in signed_in_client.get("/").content.decode()
    assert "hx-headers" not in Client().get("/").content.decode()


def test_pages_request_nothing_from_another_origin(client, db):
    html = client.get("/").content.decode()
    external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    assert external == []


def test_no_stylesheet_asks_another_origin_for_anything():
    """nhsuk-frontend's @font-face rules are blanked (scripts/strip_font_faces.py): no font request to
    assets.nhs.uk for the CSP to refuse, and so no console error on any page."""
    from django.conf import settings

    for stylesheet in (settings.BASE_DIR / "static").rglob("*.css"):
        css = stylesheet.read_text(encoding="utf-8")
        assert "@font-face" not in css, stylesheet
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css), stylesheet
