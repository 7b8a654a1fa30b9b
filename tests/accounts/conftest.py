"""Readers for what account tests get back (page titles, links in e-mails, the error summary), as
fixtures: a test names the reader it needs and calls it."""

import re
from html import unescape

import pytest

LINK_IN_MAIL = re.compile(r"https?://testserver(/\S+)")
ERROR_SUMMARY = re.compile(r'<div class="nhsuk-error-summary".*?</ul>', re.S)


@pytest.fixture
def page_title():
    """page_title(response): the <title> text with whitespace collapsed, as a browser or screen reader
    presents it."""

    def read(response) -> str:
        match = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)
        assert match, "the page has no <title>"
        return " ".join(unescape(match.group(1)).split())

    return read


@pytest.fixture
def path_from_mail():
    """path_from_mail(body): the path of the one link to this service in an e-mail body."""

    def read(body: str) -> str:
        paths = LINK_IN_MAIL.findall(body)
        assert len(paths) == 1, f"expected one link in the e-mail, found {paths!r}"
        return paths[0]

    return read


@pytest.fixture
def error_summary():
    """error_summary(response): the NHS error summary's text, whitespace collapsed; empty when the page
    has none."""

    def read(response) -> str:
        match = ERROR_SUMMARY.search(response.content.decode())
        if not match:
            return ""
        return " ".join(unescape(re.sub(r"<[^>]+>", " ", match.group(0))).split())

    return read


@pytest.fixture
def error_summary_links():
    """error_summary_links(response): the ids of the fields the error summary links to."""

    def read(response) -> list[str]:
        match = ERROR_SUMMARY.search(response.content.decode())
        assert match, "the page has no error summary"
        return re.findall(r'<a href="#([^"]+)"', match.group(0))

    return read


@pytest.fixture
def element_ids():
    """element_ids(response): every id on the page."""

    def read(response) -> set[str]:
        return set(re.findall(r'\bid="([^"]+)"', response.content.decode()))

    return read


@pytest.fixture
def input_tag():
    """input_tag(response, name): the whole <input> tag for the named field."""

    def read(response, name: str) -> str:
        match = re.search(rf'<input\b[^>]*\bname="{re.escape(name)}"[^>]*>', response.content.decode())
        assert match, f"no <input name={name!r}> on the page"
        return match.group(0)

    return read


@pytest.fixture
def signed_in_user_id():
    """signed_in_user_id(client): the id of the user the test client is signed in as, or None."""

    def read(client) -> str | None:
        return client.session.get("_auth_user_id")

    return read
