"""Check that catalogue web addresses still work, with the standard library only.

Each check follows up to MAX_REDIRECTS redirects itself (so loops are named, not just refused), uses a HEAD
request and falls back to GET where a server does not allow HEAD, and gives up after `timeout` seconds.
"""

import http.client
import socket
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

MAX_REDIRECTS = 5
USER_AGENT = "AHP-Educator-Pathways-link-checker/1.0"


@dataclass(frozen=True)
class LinkResult:
    url: str
    ok: bool
    result: str


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # we follow redirects ourselves, to count them and spot loops


_opener = urllib.request.build_opener(_NoRedirects)


def _format_seconds(seconds: float) -> str:
    return f"{seconds:g}s"


def _status_text(status: int) -> str:
    try:
        return f"{status} {http.client.responses[status]}"
    except KeyError:
        return str(status)


def _request(url: str, method: str, timeout: float):
    # check_url only lets http and https addresses through, so no file: or custom scheme reaches here.
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})  # noqa: S310
    try:
        response = _opener.open(request, timeout=timeout)
    except urllib.error.HTTPError as error:  # 3xx (not followed), 4xx, 5xx
        error.close()
        return error.code, error.headers
    with response:
        return response.status, response.headers


def check_url(url: str, *, timeout: float = 10) -> LinkResult:
    seen = {url}
    current = url
    try:
        for _ in range(MAX_REDIRECTS + 1):
            if urllib.parse.urlsplit(current).scheme not in ("http", "https"):
                return LinkResult(url, False, "not a web address (http or https)")
            status, headers = _request(current, "HEAD", timeout)
            if status in (405, 501):  # HEAD not allowed here: ask properly
                status, headers = _request(current, "GET", timeout)
            if status in (301, 302, 303, 307, 308) and headers.get("Location"):
                current = urllib.parse.urljoin(current, headers["Location"])
                if current in seen:
                    return LinkResult(url, False, "redirect loop")
                seen.add(current)
                continue
            return LinkResult(url, 200 <= status < 300, _status_text(status))
        return LinkResult(url, False, f"too many redirects (more than {MAX_REDIRECTS})")
    except TimeoutError:
        return LinkResult(url, False, f"timed out after {_format_seconds(timeout)}")
    except urllib.error.URLError as error:
        if isinstance(error.reason, (TimeoutError, socket.timeout)):
            return LinkResult(url, False, f"timed out after {_format_seconds(timeout)}")
        return LinkResult(url, False, f"could not connect: {error.reason}"[:200])
    except (http.client.HTTPException, OSError, ValueError) as error:
        return LinkResult(url, False, f"failed: {error.__class__.__name__}: {error}"[:200])


def check_urls(urls: list[str], *, workers: int = 8, timeout: float = 10) -> dict[str, LinkResult]:
    """Check each distinct address once, at most `workers` at a time."""
    distinct = list(dict.fromkeys(urls))
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        results = pool.map(lambda url: check_url(url, timeout=timeout), distinct)
        return {result.url: result for result in results}
