"""assert_accessible(page): axe-core with WCAG 2.0, 2.1 and 2.2 A and AA rules, plus checks axe does not
make: exactly one <h1>, lang="en", a skip link that leads to the main content, and link text that means
one thing (two links with the same text go to the same place), and no sideways scrolling at the window's
width (WCAG's reflow criterion, when the window is 320 px wide)."""

import re

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE_SOURCE = Axe().axe_script  # the axe-core that axe-playwright-python bundles


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


def load_axe_on_every_page(context) -> None:
    """Have axe-core in every page the context opens, before the page's own scripts: sending its 500 kB
    for each check cost a tenth of a second. Pages without it get it sent when they are checked."""
    context.add_init_script(AXE_SOURCE)


def _twin(page):
    """One script-less twin page per browser and viewport, kept for the whole run: a new browser context
    for every check cost more than the check. It aborts every script and is given each page's HTML."""
    browser = page.context.browser
    twins = browser.__dict__.setdefault("_accessibility_twins", {})
    size = (page.viewport_size["width"], page.viewport_size["height"])
    if size not in twins:
        context = browser.new_context(locale="en-GB", viewport=page.viewport_size)
        load_axe_on_every_page(context)
        twin = context.new_page()
        twin.route("**/*.js", lambda route: route.abort())
        twins[size] = twin
    return twins[size]


def _assert_accessible_as_loaded_without_javascript(page) -> None:
    html = SCRIPT_TAG.sub("", page.content())
    twin = _twin(page)

    def serve(route):
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)

    # The request for a page carries no fragment ("#your-step"), so neither may the route that answers
    # it: otherwise the twin is sent the live page, whose inline script marks it as running the NHS
    # scripts that were aborted, and the header lays out for a script that never comes.
    address = page.url.split("#", 1)[0]
    twin.route(address, serve)
    try:
        twin.goto(address)  # with a fragment, a twin already at this address would not load it again
        _assert_accessible(twin)
    finally:
        twin.unroute(address, serve)


# Everything the checks read, in one round trip to the browser (each round trip costs about 25 ms).
INSPECT = """async (options) => {
    if (typeof axe === "undefined") return null;
    const results = await axe.run(document, options);
    return {
        violations: results.violations,
        headings: document.querySelectorAll("h1").length,
        lang: document.documentElement.getAttribute("lang"),
        skipLinks: [...document.querySelectorAll("a.nhsuk-skip-link")].map(a => a.getAttribute("href")),
        mains: document.querySelectorAll("main#maincontent").length,
        links: [...document.querySelectorAll("a[href]")].map(
            a => [a.innerText.trim().replace(/\\s+/g, " ").toLowerCase(), a.getAttribute("href")]
        ),
        width: document.documentElement.scrollWidth,
    };
}"""
# Only violations are read, so only they are collected in full: the same rules run, and axe no longer
# gathers every passing node (a third of its time on the pathway map, and 9 times the data).
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}


def _inspect(page) -> dict:
    found = page.evaluate(INSPECT, AXE_OPTIONS)
    if found is None:
        page.evaluate(AXE_SOURCE)
        found = page.evaluate(INSPECT, AXE_OPTIONS)
    return found


def _assert_accessible(page) -> None:
    found = _inspect(page)
    violations = found["violations"]
    assert not violations, f"axe found {len(violations)} violation(s) on {page.url}:\n{_describe(violations)}"

    assert found["headings"] == 1, f"{page.url} should have exactly one <h1>"
    assert found["lang"] == "en", f"{page.url} should declare lang=en"
    assert found["skipLinks"] == ["#maincontent"], f"{page.url} needs one skip link to #maincontent"
    assert found["mains"] == 1, f"{page.url} has no <main id=maincontent>"

    destinations: dict[str, set[str]] = {}
    for text, href in found["links"]:
        if text:
            destinations.setdefault(text, set()).add(href)
    ambiguous = {text: hrefs for text, hrefs in destinations.items() if len(hrefs) > 1}
    assert not ambiguous, f"{page.url} has links with the same text going to different places: {ambiguous}"

    width, window = found["width"], page.viewport_size["width"]
    assert width <= window, f"{page.url} is {width}px wide in a {window}px window"
