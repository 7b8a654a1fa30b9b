"""`{% shared_fragment "name" [vary ...] [site_wide=True] [when=condition] %}…{% endshared_fragment %}`:
a part of a page that is the same for everyone who asks for the same URL, kept per content version
(config/page_cache.py).

    {% load shared_fragments %}
    {% shared_fragment "resource-about" %}
      … facts about a resource, from lazy presenters …
    {% endshared_fragment %}

The key holds the release, the content version, the absolute URL with its query string, the htmx
headers and the `vary` values given (for anything else the fragment depends on, such as a profile
answer used as a form's initial value). With `site_wide=True` the URL, the htmx headers and the content
version are left out of the key, for parts of every page that no content changes, given their `vary`
values (the header, by the state of its navigation; the footer). With `when=`, the fragment is kept
only when the condition is true: templates/base.html wraps its title, breadcrumbs and content that
way, for the views that say their page is shared (`shared_page` in the context, set by
pathways.views.rendering). Nothing personal may go inside: no user, no messages, and no CSRF token but
through `{% csrf_input %}`, which inside a fragment leaves a placeholder that each request's own token
replaces as the fragment is served (a form for signed-in people, such as "Save" on a training list).

A fragment is not kept when the middleware keeps the whole page anyway (a signed-out visitor to a public
page); on a page that is not kept whole, a form's page say, fragments are kept for everyone.
"""

from django import template
from django.core.cache import caches
from django.middleware.csrf import get_token
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from config.page_cache import PAGES_CACHE, TIMEOUT, cache_key, site_wide_key

register = template.Library()

# Stands for the request's CSRF token in a kept fragment; never a token itself (tokens are alphanumeric).
CSRF_PLACEHOLDER = "{{shared-fragment-csrf-token}}"


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary, when, site_wide):
        self.nodelist = nodelist
        self.name = name
        self.vary = vary
        self.when = when
        self.site_wide = site_wide

    def render(self, context):
        request = context.get("request")
        when = self.when.resolve(context) if self.when is not None else True
        kept_whole = getattr(request, "page_cache_keeps_whole_page", False) and getattr(
            request, "renders_public_page", False
        )
        if not when or request is None or kept_whole:
            return self.nodelist.render(context)
        vary = [repr(when), *(repr(value.resolve(context)) for value in self.vary)]
        name = f"fragment:{self.name.resolve(context)}"
        key = site_wide_key(name, *vary) if self.site_wide else cache_key(name, request, *vary)
        pages = caches[PAGES_CACHE]
        html = pages.get(key)
        if html is None:
            request.rendering_shared_fragment = True
            try:
                html = self.nodelist.render(context)
            finally:
                request.rendering_shared_fragment = False
            pages.set(key, html, TIMEOUT)
        if CSRF_PLACEHOLDER in html:
            html = mark_safe(html.replace(CSRF_PLACEHOLDER, get_token(request)))  # noqa: S308 - kept markup and a token
        return html


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f'{bits[0]} needs a name: {{% {bits[0]} "name" [vary…] %}}')
    when = None
    site_wide = False
    vary = []
    for bit in bits[2:]:
        if bit.startswith("when="):
            when = parser.compile_filter(bit.removeprefix("when="))
        elif bit == "site_wide=True":
            site_wide = True
        else:
            vary.append(parser.compile_filter(bit))
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(nodelist, parser.compile_filter(bits[1]), vary, when, site_wide)


@register.simple_tag(takes_context=True)
def csrf_input(context) -> str:
    """The CSRF hidden input, safe inside a shared fragment: there it is a placeholder, filled in with each
    request's own token as the fragment is served. Needs `request` in the context."""
    request = context.get("request")
    if request is None:
        return ""
    token = CSRF_PLACEHOLDER if getattr(request, "rendering_shared_fragment", False) else get_token(request)
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)
