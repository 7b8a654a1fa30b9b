"""The visitor's place on the pathway, kept from page to page: their profession and their step.

Two carriers, so that it both stays and can be shared:
- **the query string**, `?profession=paramedics&here=registered-practitioner`, which every pathway and
  training link carries (`{{ url|with_context:pathway_context }}`), so a link sent to a colleague opens
  the same view;
- **a browser-session cookie** (`pathway`, `__Host-pathway` in production), which remembers the last
  context the visitor chose until they close the browser, so pages reached without it (the header's
  links, the home page, "back to the pathway") still know it. It holds two slugs, nothing personal, and
  nothing is stored on the server: no session row for every visitor who follows a shared link, and
  kept pages stay kept (docs/adr/0012-the-visitors-place-in-query-and-cookie.md has the numbers).

`PathwayContextMiddleware` reads the context into `request.pathway_context` (the query's values win,
each on its own; then the cookie's), names it among what a kept page varies on, and on the way out
sets the cookie when the context changed. A view that works a context out (the starting point's answers
lead to a step) calls `remember()`; the page cache keeps that with the page, so a visitor served the
kept page is remembered too. Slugs only: nothing here reads the database. Pages resolve the slugs
against what they already read and ignore one the framework does not have.
"""

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode

from pathways.presenters.browse import shows_illustrative_content

NAMES = ("profession", "here")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Where a context in the query string is the visitor's choice: the pathway, and training pages (the
# training for a domain, level or capability; a resource's own page). The catalogue's own `profession`
# is a filter that may name several: it is not taken as a context, though links into it carry one.
CONTEXT_PATHS = ("/pathway/", "/resources/")
NOT_CONTEXT_PATHS = ("/resources/", "/resources/suggest/", "/resources/my-learning-list/")


def takes_context(path: str) -> bool:
    return path.startswith(CONTEXT_PATHS) and path not in NOT_CONTEXT_PATHS


def cookie_name() -> str:
    return getattr(settings, "PATHWAY_COOKIE_NAME", "pathway")


@dataclass(frozen=True)
class PathwayContext:
    profession: str = ""
    here: str = ""

    def __bool__(self) -> bool:
        return bool(self.profession or self.here)

    @property
    def query(self) -> str:
        """ "profession=paramedics&here=practice-educator" (only what is known), or ""."""
        return urlencode({name: value for name, value in asdict(self).items() if value})

    @property
    def vary(self) -> tuple[str, ...]:
        """What a shared fragment rendered for this context must be kept under."""
        return ("pathway-context", self.query)

    @property
    def cookie_value(self) -> str:
        """ "paramedics.practice-educator": slugs never hold a full stop, and cookies take it unquoted."""
        return f"{self.profession}.{self.here}"

    def replace(self, **values: str) -> "PathwayContext":
        return PathwayContext(**{**asdict(self), **values})


def _slug(value: Any) -> str:
    return value if isinstance(value, str) and SLUG.match(value) else ""


def from_query(request: HttpRequest) -> dict[str, str]:
    """The context values the query string brings (an empty value clears one: "Any profession")."""
    if not takes_context(request.path):
        return {}
    return {name: _slug(request.GET[name]) for name in NAMES if name in request.GET}


def remembered(request: HttpRequest) -> PathwayContext:
    """The context the visitor's cookie holds (anything malformed counts as nothing)."""
    profession, _, here = request.COOKIES.get(cookie_name(), "").partition(".")
    return PathwayContext(profession=_slug(profession), here=_slug(here))


def remember(request: HttpRequest, context: PathwayContext) -> None:
    """Make `context` this request's, to be kept in the cookie on the way out (and kept with the page,
    for visitors later served it: config/page_cache.py restores `state_to_keep`)."""
    request.pathway_context = context
    if not hasattr(request, "state_to_keep"):
        request.state_to_keep = {}
    request.state_to_keep["pathway_context"] = context


def context_of(request: HttpRequest) -> PathwayContext:
    """The context of this request: set by the middleware; worked out here for requests it did not see."""
    if not hasattr(request, "pathway_context"):
        request.pathway_context = remembered(request).replace(**from_query(request))
    return request.pathway_context


def with_context(url: str, context: PathwayContext) -> str:
    """`url` carrying `context`: "/pathway/levels/x/?here=…" or "/pathway/next/?from=y&here=…"."""
    if not context:
        return url
    path, hash_mark, fragment = url.partition("#")
    joiner = "&" if "?" in path else "?"
    return f"{path}{joiner}{context.query}{hash_mark}{fragment}"


def template_context(request: HttpRequest) -> dict[str, Any]:
    """A context processor: `pathway_context` for every template (links carry it: `with_context`), and
    `illustrative_content` for the pages that show the framework (read only if a template asks)."""
    return {
        "pathway_context": context_of(request),
        "illustrative_content": SimpleLazyObject(shows_illustrative_content),
    }


class PathwayContextMiddleware:
    """Before the page cache, which keys kept pages on `page_cache_vary` and restores `state_to_keep`."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        before = remembered(request)
        request.pathway_context = before.replace(**from_query(request))
        # What a page shows depends on the context, wherever it came from: one kept page for each.
        request.page_cache_vary = (*getattr(request, "page_cache_vary", ()), request.pathway_context.query)
        response = self.get_response(request)
        after = request.pathway_context
        if after != before:
            if after:
                response.set_cookie(
                    cookie_name(),
                    after.cookie_value,
                    secure=settings.SESSION_COOKIE_SECURE,
                    httponly=True,
                    samesite="Lax",
                )  # no expiry: gone when the browser closes, as on a shared computer it should be
            else:
                response.delete_cookie(cookie_name(), samesite="Lax")
        return response
