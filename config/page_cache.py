"""Pages that are the same for everyone, rendered once per content version.

Most of the service is public reading: the pathway, the framework item by item, the catalogue. Those
pages take tens of milliseconds to render (Django templates) and only change when curators change
content, so they are kept:

- **Whole pages for signed-out visitors** (`SignedOutPageCacheMiddleware`). A view says its page is the
  same for every signed-out visitor by marking the response `Cache-Control: public` (Django's
  `cache_control(public=True)`). The middleware keeps such a response, and serves it again to any
  visitor with no account session and no session data, keyed by the content version, the release, the
  absolute URL with its query string and the htmx headers the page varies on. A signed-in person never gets a
  kept page and never has theirs kept; their copy is marked `private`.
- **Fragments for signed-in people** (`{% shared_fragment %}`, config/templatetags/shared_fragments.py):
  the part of a page that is the same for everyone, kept under the same kind of key; their header,
  messages and personal actions are rendered fresh around it. Views pass lazy presenters
  (`SimpleLazyObject`), so a kept fragment costs no queries.

Keys hold the content version (pathways/content_version.py), which any change to published content
moves on, so nothing is ever served stale after an edit; and a fingerprint of the release's templates
and code, so a deploy never serves markup rendered by the previous release. Entries live in the `pages`
cache: shared Redis when REDIS_URL is set, otherwise each worker's own memory (safe, because the
version itself is read from the shared default cache on every request).

Decisions and numbers: docs/adr/0011-cache-public-pages-by-content-version.md, docs/performance.md.
"""

import hashlib
from collections.abc import Callable
from functools import cache as memoise

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import split_header_value

from pathways import content_version

PAGES_CACHE = "pages"
# Kept entries expire on their own too, so keys of past versions do not linger in a shared cache.
TIMEOUT = 60 * 60
# How long browsers and any CDN may keep a signed-out page. A CDN cannot hear our version stamp, so
# this is the longest an edit can take to show behind one.
PUBLIC_MAX_AGE = 60
# Request headers a kept page may vary on. Cookie is handled by serving kept pages only to visitors with
# no session data; a page that varies on anything else is not kept.
VARY_HEADERS = {
    "cookie": None,
    "hx-request": "HTTP_HX_REQUEST",
    "hx-history-restore-request": "HTTP_HX_HISTORY_RESTORE_REQUEST",
    "hx-target": "HTTP_HX_TARGET",
}
SOURCE_SUFFIXES = {".py", ".html", ".css", ".js", ".json"}


@memoise
def release_fingerprint() -> str:
    """A digest of every template, module and static file of ours: it changes with any deploy."""
    digest = hashlib.sha256()
    for folder in ("config", "accounts", "pathways", "resources", "evaluation", "templates", "static"):
        for path in sorted((settings.BASE_DIR / folder).rglob("*")):
            if path.suffix in SOURCE_SUFFIXES and "__pycache__" not in path.parts:
                digest.update(path.relative_to(settings.BASE_DIR).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def version_for(request: HttpRequest) -> str:
    """The content version, read once per request (one cache read), shared by page and fragments."""
    if not hasattr(request, "_content_version"):
        request._content_version = content_version.current()
    return request._content_version


def _digest(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def _page_digest(request: HttpRequest) -> str:
    """Release, content version, absolute URL (scheme and host too: pages such as the CASE export name
    their own address) and htmx headers: what every key of this request starts from. Once per request."""
    if not hasattr(request, "_page_digest"):
        request._page_digest = _digest(
            release_fingerprint(),
            version_for(request),
            request.build_absolute_uri(),
            *htmx_headers(request),
            *getattr(request, "page_cache_vary", ()),  # e.g. the visitor's place (pathways/context.py)
        )
    return request._page_digest


def cache_key(kind: str, request: HttpRequest, *parts: str) -> str:
    """The key of this request's page, or of one of its fragments (`parts`: what else it varies on)."""
    return f"{kind}:{_digest(_page_digest(request), *parts)}"


def site_wide_key(kind: str, *parts: str) -> str:
    """The key of a part of every page that published content never changes (the head's assets, the
    header, the footer), given `parts`: only the release, so pages with nothing shared read no version."""
    return f"{kind}:{_digest(release_fingerprint(), *parts)}"


def htmx_headers(request: HttpRequest) -> list[str]:
    return [request.META.get(meta, "") for meta in VARY_HEADERS.values() if meta]


def serves_kept_pages(request: HttpRequest) -> bool:
    """Signed out, with nothing in the session and no messages waiting: what they see is what anyone sees."""
    if request.method not in {"GET", "HEAD"} or "HTTP_AUTHORIZATION" in request.META:
        return False
    if request.COOKIES.get(CookieStorage.cookie_name):  # messages waiting to be shown
        return False
    return not request.user.is_authenticated and not request.session.keys()


def header_items(response: HttpResponse, header: str) -> set[str]:
    """The comma-separated items of a header, lower case, without values (`max-age=60` is `max-age`)."""
    items = split_header_value(response.get(header, ""))
    return {item.split("=")[0].strip().lower() for item in items if item.strip()}


def is_marked_public(response: HttpResponse) -> bool:
    return "public" in header_items(response, "Cache-Control")


def can_keep(response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    return is_marked_public(response) and header_items(response, "Vary") <= VARY_HEADERS.keys()


class SignedOutPageCacheMiddleware:
    """After the session, auth, messages and htmx middleware, which it reads."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not serves_kept_pages(request):
            response = self.get_response(request)
            if is_marked_public(response):
                # The page carries this person's own header (or session): for them alone.
                patch_cache_control(response, private=True)
            return response
        request.page_cache_keeps_whole_page = True  # so {% shared_fragment %} need not keep its parts too
        pages = caches[PAGES_CACHE]
        key = cache_key("page", request)
        kept = pages.get(key)
        if kept is not None:
            return self.rebuild(kept, request)
        response = self.get_response(request)
        if can_keep(response) and not request.session.modified:
            patch_cache_control(response, max_age=PUBLIC_MAX_AGE)
            pages.set(key, self.freeze(response, request), TIMEOUT)
        return response

    @staticmethod
    def freeze(response: HttpResponse, request: HttpRequest) -> tuple:
        """The response, and what the view set on the request for the middleware around this one
        (`state_to_keep`: the step the starting point's answers lead to, say), so a visitor served the
        kept page gets the same."""
        state = dict(getattr(request, "state_to_keep", {}))
        return response.status_code, response.content, list(response.headers.items()), state

    @staticmethod
    def rebuild(kept: tuple, request: HttpRequest) -> HttpResponse:
        status, content, headers, state = kept
        for name, value in state.items():
            setattr(request, name, value)
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response.headers[name] = value
        return response
