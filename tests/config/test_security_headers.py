import re

EXPECTED_CSP = (
    "default-src 'self'; script-src 'self' 'nonce-NONCE'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
    "object-src 'none'"
)


def test_content_security_policy_is_exactly_the_strict_policy(client, db):
    response = client.get("/")
    csp = re.sub(r"'nonce-[^']+'", "'nonce-NONCE'", response["Content-Security-Policy"])
    assert csp == EXPECTED_CSP


def test_csp_nonce_in_header_matches_the_only_inline_script(client, db):
    response = client.get("/")
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", response.content.decode())
    assert inline_scripts == [f' nonce="{nonce}"']


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
    assert 'hx-headers=\'{"X-CSRFToken": "' in html


def test_pages_request_nothing_from_another_origin(client, db):
    html = client.get("/").content.decode()
    external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    assert external == []
