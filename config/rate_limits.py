"""Limits on what the public can send (suggestions, ratings, stories), counted in the shared cache.

Keyed by what the caller gives (an address, an account); the address only keys the count and is never
stored. Issue 11 records that Django's database cache resets the timeout on `incr`; the fix belongs here,
once, for every limit.
"""

import contextlib

from django.core.cache import cache

ONE_HOUR = 60 * 60


class RateLimited(Exception):
    """Too many attempts in the window; nothing was saved."""


def take_from_allowance(*, key: str, limit: int, window_seconds: int) -> None:
    """Count one attempt against a fixed window in the shared cache; raise RateLimited once over the limit.
    cache.add starts the window atomically; incr is atomic on Redis and the database cache is good enough."""
    cache.add(key, 0, timeout=window_seconds)
    try:
        used = cache.incr(key)
    except ValueError:  # the key expired between add and incr: start again
        cache.set(key, 1, timeout=window_seconds)
        used = 1
    if used > limit:
        raise RateLimited


def use_allowance_quietly(*, key: str, limit: int, window_seconds: int) -> None:
    """A honeypot hit still counts against the allowance, so a bot cannot probe for free."""
    with contextlib.suppress(RateLimited):
        take_from_allowance(key=key, limit=limit, window_seconds=window_seconds)


def client_address(request) -> str:
    # REMOTE_ADDR only: forwarded headers can be forged by anyone. Used as a cache key, never stored.
    return request.META.get("REMOTE_ADDR", "") or "unknown"
