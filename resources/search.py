"""One search function for the catalogue, whatever the database.

On PostgreSQL: full-text search, stemmed with the English configuration, ranked, title weighted above
summary, served by a GIN expression index (migration 0002) on exactly the expression below. On SQLite
(the zero-set-up default) a simple fallback: every word must appear in the title or summary, titles
ranked first.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

# The index in migrations/0002 is built on this expression; keep the two identical.
SEARCH_VECTOR = SearchVector("title", weight="A", config="english") + SearchVector(
    "summary", weight="B", config="english"
)


def search_resources(queryset: QuerySet, text: str) -> QuerySet:
    """Resources matching `text`, annotated with `relevance` (higher is better). Blank text: all."""
    words = text.split()
    if not words:
        return queryset.annotate(relevance=Value(0, output_field=IntegerField()))
    if connection.vendor == "postgresql":
        query = SearchQuery(text, search_type="websearch", config="english")
        return queryset.annotate(search=SEARCH_VECTOR, relevance=SearchRank(SEARCH_VECTOR, query)).filter(
            search=query
        )
    matches = Q()
    title_hits = Q()
    for word in words:
        matches &= Q(title__icontains=word) | Q(summary__icontains=word)
        title_hits &= Q(title__icontains=word)
    return queryset.filter(matches).annotate(
        relevance=Case(When(title_hits, then=Value(2)), default=Value(1), output_field=IntegerField())
    )
