"""One version stamp for everything the public pages show, so that caches of those pages can be kept
until the content really changes, and no longer.

Every public page is built from curated content: the framework (here) and the training catalogue
(resources), plus the few things visitors add that public pages show (ratings). Their models say so
with a class attribute: `staff_curated = True` (curators edit them in admin) or
`shown_on_public_pages = True`. Any save, delete or many-to-many change of such a model (admin, the
framework import, admin bulk actions, which save row by row) moves the stamp on; page caches put the
stamp in their keys, so a change makes every cached page stale at once, on every instance that shares
the cache. `bulk_create()`, `QuerySet.update()` and raw SQL send no signals: code that changes public
content that way calls `content_changed()` itself (check_links and generate_scale_data do).

The stamp moves twice: at once (so the change is seen at once by whoever made it, and in tests) and
again when the transaction commits. The second move closes a race: a request that read the new stamp
while the transaction was still open could have cached the old content under it.
"""

import uuid

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

CACHE_KEY = "content-version"


def current() -> str:
    """The stamp now. The first call after the cache was emptied starts a new one."""
    version = cache.get(CACHE_KEY)
    if version is None:
        cache.add(CACHE_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(CACHE_KEY)
    return version


def move_on() -> None:
    cache.set(CACHE_KEY, uuid.uuid4().hex, timeout=None)


def content_changed() -> None:
    move_on()
    # One move per transaction is enough, however many rows it changes (an import saves hundreds).
    # run_on_commit holds the callbacks of the open transaction, without those of rolled-back savepoints.
    if connection.in_atomic_block and any(func is move_on for _, func, _ in connection.run_on_commit):
        return
    transaction.on_commit(move_on)


def is_public_content(model) -> bool:
    """What curators keep is shown on public pages, unless the model says it is not (`shown_on_public_pages
    = False`: a moderation queue, which the public writes to and no page shows); and a few models the
    public writes to are shown (`shown_on_public_pages = True`: ratings)."""
    return bool(getattr(model, "shown_on_public_pages", getattr(model, "staff_curated", False)))


def _after_change(sender, **kwargs) -> None:
    if is_public_content(sender):
        content_changed()


def _after_m2m_change(sender, instance, action, **kwargs) -> None:
    if action in {"post_add", "post_remove", "post_clear"} and is_public_content(type(instance)):
        content_changed()


def connect_signals() -> None:
    """Called once, from PathwaysConfig.ready: the receivers look at every model, in every app."""
    post_save.connect(_after_change, dispatch_uid="content_version.post_save")
    post_delete.connect(_after_change, dispatch_uid="content_version.post_delete")
    m2m_changed.connect(_after_m2m_change, dispatch_uid="content_version.m2m_changed")
