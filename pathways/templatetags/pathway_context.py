"""`{{ url|with_context:pathway_context }}`: a pathway or training link that carries the visitor's
profession and step (pathways/context.py), so the page it opens, and anyone it is shared with, sees the
same view. `pathway_context` is in every template's context (pathways.context.template_context)."""

from django import template

from pathways import context

register = template.Library()


@register.filter(name="with_context")
def with_context(url, pathway_context) -> str:
    if not isinstance(pathway_context, context.PathwayContext):
        return str(url)
    return context.with_context(str(url), pathway_context)
