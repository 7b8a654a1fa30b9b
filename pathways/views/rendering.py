"""How the public pages render, in one place for every app that has them (pathways, resources, config).

- `public_page`: the view answers GET and HEAD only, and says its page is the same for every signed-out
  visitor (`Cache-Control: public`), so config/page_cache.py may keep it.
- `render_page`: one view, two renderings. The whole page, or for an htmx request the named partial of
  the same template. htmx's history restore (Back or Forward to a page whose snapshot it no longer has)
  sends `HX-Request` together with `HX-History-Restore-Request` and swaps the answer in for the whole
  page, so it must get the whole page. Both headers are in `Vary`, so no cache, ours or the browser's,
  mixes the renderings up. With `shared=True` the page's title, breadcrumbs and content are kept per
  content version for signed-in people too (`{% shared_fragment %}` in templates/base.html); `vary`
  names anything else they depend on.
- `lazy_context`: the context as lazy values, computed only when a template needs them; a kept page or
  fragment needs none, so it costs no queries.
"""

import operator
from collections.abc import Callable, Iterable
from functools import partial, wraps

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

HTMX_VARY = ["HX-Request", "HX-History-Restore-Request"]


def public_page(view: Callable) -> Callable:
    @wraps(view)
    def view_of_a_public_page(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # The whole page may be kept for signed-out visitors, so its shared fragments need not be too.
        request.renders_public_page = True
        return view(request, *args, **kwargs)

    return require_safe(cache_control(public=True)(view_of_a_public_page))


def wants_partial(request: HttpRequest) -> bool:
    return bool(request.htmx) and not request.htmx.history_restore_request


def render_page(
    request: HttpRequest,
    template_name: str,
    context: dict,
    *,
    partial: str | None = None,
    shared: bool = False,
    vary: tuple = (),
) -> HttpResponse:
    as_partial = partial is not None and wants_partial(request)
    name = f"{template_name}#{partial}" if as_partial else template_name
    # Templates add out-of-band swaps (counts, live-region text) to the partial alone: `htmx_partial`.
    context = {**context, "htmx_partial": as_partial}
    if shared:
        # Signed in or not is always part of the key: shared parts may hold signed-in people's buttons.
        context["shared_page"] = ("shared", request.user.is_authenticated, *vary)
    response = render(request, name, context)
    if partial is not None:
        patch_vary_headers(response, HTMX_VARY)
    return response


def lazy_context(build: Callable[[], dict], names: Iterable[str]) -> dict:
    """`build()` returns the context; each name becomes a lazy value, and `build` runs at most once."""
    state = SimpleLazyObject(build)
    return {name: SimpleLazyObject(partial(operator.getitem, state, name)) for name in names}
