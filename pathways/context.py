"""The visitor's place on the pathway, kept from page to page: their profession and their step.

Two carriers, so that it both stays and can be shared:
- **the query string**, `?profession=paramedics&here=registered-practitioner`, which every pathway and
  training link carries (`PathwayContext.query`), so a link sent to a colleague opens the same view;
- **the session**, which remembers the last context a visitor chose, so pages reached without it (the
  header's links, the home page, a bookmark) still know it. Signed out too: the session cookie is
  strictly necessary for a choice the visitor made, and holds two slugs, nothing personal.

`PathwayContextMiddleware` reads the context into `request.pathway_context` (the query's values win,
each on its own; then the session's) and remembers what the query brought. Slugs only: nothing here
reads the database, so a kept page costs nothing. Pages resolve the slugs against what they already
read, and ignore a slug the framework does not have. A visitor whose session holds a context is never
served a kept page (config/page_cache.py serves only visitors with no session data), so the pages they
see are rendered for their context; pages name the context in their shared-fragment key (`vary`).
"""

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.http import urlencode

SESSION_KEY = "pathway_context"
NAMES = ("profession", "here")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


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
    def suffix(self) -> str:
        """The query for a link with none of its own: "?profession=…", or ""."""
        return f"?{self.query}" if self else ""

    @property
    def vary(self) -> tuple[str, ...]:
        """What a shared fragment rendered for this context must be kept under."""
        return ("pathway-context", self.query)

    def replace(self, **values: str) -> "PathwayContext":
        return PathwayContext(**{**asdict(self), **values})


def _slug(value: Any) -> str:
    return value if isinstance(value, str) and SLUG.match(value) else ""


def from_query(request: HttpRequest) -> dict[str, str]:
    """The context values the query string brings (an empty value clears one: "Any profession")."""
    return {name: _slug(request.GET[name]) for name in NAMES if name in request.GET}


def remembered(request: HttpRequest) -> PathwayContext:
    session = getattr(request, "session", None)  # absent when a request fails before the session middleware
    stored = (session.get(SESSION_KEY) if session is not None else None) or {}
    return PathwayContext(**{name: _slug(stored.get(name)) for name in NAMES})


def remember(request: HttpRequest, context: PathwayContext) -> None:
    """Keep `context` in the session, writing only when it changed (an unchanged session costs nothing)."""
    if remembered(request) != context:
        request.session[SESSION_KEY] = asdict(context)
    request.pathway_context = context


def context_of(request: HttpRequest) -> PathwayContext:
    """The context of this request: set by the middleware; worked out here for requests it did not see."""
    if not hasattr(request, "pathway_context"):
        request.pathway_context = remembered(request).replace(**from_query(request))
    return request.pathway_context


# Where a context in the query string is the visitor's choice. (The catalogue's own `profession` is a
# filter that may name several: it is not taken as a context, though links into it carry one.)
CONTEXT_PATHS = ("/pathway/", "/resources/for/")
# The starting point's answers: the step they lead to is worked out by the view (pathways/views), so a
# page that carries them is always rendered, never served kept, and the view remembers the step.
ANSWERS = "registered"


def with_context(url: str, context: PathwayContext) -> str:
    """`url` carrying `context`: "/pathway/levels/x/?here=…" or "/pathway/next/?from=y&here=…"."""
    if not context:
        return url
    path, hash_mark, fragment = url.partition("#")
    joiner = "&" if "?" in path else "?"
    return f"{path}{joiner}{context.query}{hash_mark}{fragment}"


class PathwayContextMiddleware:
    """After the session middleware and before the page cache, which must see what it remembers."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        context = remembered(request)
        if request.method in {"GET", "HEAD"} and request.path.startswith(CONTEXT_PATHS):
            brought = from_query(request)
            if brought:
                context = context.replace(**brought)
                remember(request, context)
            if ANSWERS in request.GET:
                request.page_cache_bypass = True
        request.pathway_context = context
        return self.get_response(request)


def template_context(request: HttpRequest) -> dict[str, PathwayContext]:
    """A context processor: `pathway_context` for every template (links carry it: `with_context`)."""
    return {"pathway_context": context_of(request)}
