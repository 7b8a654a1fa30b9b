"""Small readers for what the tests get back: page titles, links in e-mails, the error summary."""

import re
from html import unescape

from django.http import HttpResponse

LINK_IN_MAIL = re.compile(r"https?://testserver(/\S+)")


def page_title(response: HttpResponse) -> str:
    """The <title> text with whitespace collapsed, as a browser or screen reader presents it."""
    match = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)
    assert match, "the page has no <title>"
    return " ".join(unescape(match.group(1)).split())


def path_from_mail(body: str) -> str:
    """The path of the one link to this service in an e-mail body."""
    paths = LINK_IN_MAIL.findall(body)
    assert len(paths) == 1, f"expected one link in the e-mail, found {paths!r}"
    return paths[0]


def error_summary(response: HttpResponse) -> str:
    """The NHS error summary's text, whitespace collapsed; empty when the page has none."""
    html = response.content.decode()
    match = re.search(r'<div class="nhsuk-error-summary".*?</ul>', html, re.S)
    if not match:
        return ""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", match.group(0))).split())


def error_summary_links(response: HttpResponse) -> list[str]:
    html = response.content.decode()
    match = re.search(r'<div class="nhsuk-error-summary".*?</ul>', html, re.S)
    assert match, "the page has no error summary"
    return re.findall(r'<a href="#([^"]+)"', match.group(0))


def element_ids(response: HttpResponse) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', response.content.decode()))


def input_tag(response: HttpResponse, name: str) -> str:
    """The whole <input> tag for the named field."""
    match = re.search(rf'<input\b[^>]*\bname="{re.escape(name)}"[^>]*>', response.content.decode())
    assert match, f"no <input name={name!r}> on the page"
    return match.group(0)


def signed_in_user_id(client) -> str | None:
    """The id of the user the test client's session is signed in as, or None when signed out."""
    return client.session.get("_auth_user_id")
