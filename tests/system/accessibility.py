"""assert_accessible(page): axe-core with WCAG 2.0, 2.1 and 2.2 A and AA rules, plus checks axe does not
make: exactly one <h1>, lang="en", a skip link that leads to the main content, and link text that means
one thing (two links with the same text go to the same place)."""

import re

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
_axe = Axe()


def _describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    return "\n".join(lines)


SCRIPT_TAG = re.compile(r"<script\b[^>]*>.*?</script>", re.DOTALL | re.IGNORECASE)


def assert_accessible(page) -> None:
    """Check the page as the person sees it. A page whose context has JavaScript switched off cannot run
    axe (its timers never fire), so its DOM is checked in a twin page that loads no script at all."""
    if getattr(page, "javascript_disabled", False):
        _assert_accessible_as_loaded_without_javascript(page)
    else:
        _assert_accessible(page)


def _assert_accessible_as_loaded_without_javascript(page) -> None:
    html = SCRIPT_TAG.sub("", page.content())
    context = page.context.browser.new_context(locale="en-GB", viewport=page.viewport_size)
    try:
        twin = context.new_page()
        twin.route("**/*.js", lambda route: route.abort())
        twin.route(
            page.url,
            lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html),
        )
        twin.goto(page.url)
        _assert_accessible(twin)
    finally:
        context.close()


def _assert_accessible(page) -> None:
    # Only violations are read, so only they are collected in full: the same rules run, and axe no longer
    # gathers every passing node (a third of its time on the pathway map, and 9 times the data).
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    results = _axe.run(page, options=options)
    violations = results.response["violations"]
    assert not violations, f"axe found {len(violations)} violation(s) on {page.url}:\n{_describe(violations)}"

    assert page.locator("h1").count() == 1, f"{page.url} should have exactly one <h1>"
    assert page.locator("html").get_attribute("lang") == "en", f"{page.url} should declare lang=en"

    skip_link = page.locator("a.nhsuk-skip-link")
    assert skip_link.count() == 1, f"{page.url} has no skip link"
    assert skip_link.get_attribute("href") == "#maincontent"
    assert page.locator("main#maincontent").count() == 1, f"{page.url} has no <main id=maincontent>"

    links = page.eval_on_selector_all(
        "a[href]",
        "links => links.map(a => [a.innerText.trim().replace(/\\s+/g, ' ').toLowerCase(), "
        "a.getAttribute('href')])",
    )
    destinations: dict[str, set[str]] = {}
    for text, href in links:
        if text:
            destinations.setdefault(text, set()).add(href)
    ambiguous = {text: hrefs for text, hrefs in destinations.items() if len(hrefs) > 1}
    assert not ambiguous, f"{page.url} has links with the same text going to different places: {ambiguous}"
