"""Writes a person makes about catalogue resources (bookmarks, completions, ratings) and public
suggestions. Each is one small function, keyword-only, validated with full_clean() inside a transaction."""

from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone

from config.rate_limits import ONE_HOUR, take_from_allowance, use_allowance_quietly
from config.rate_limits import RateLimited as RateLimited  # the views catch services.RateLimited
from resources.models import Bookmark, Completion, Rating, Resource, Suggestion

RATING_CHANGES_PER_HOUR = 20
SUGGESTIONS_PER_HOUR = 5


@dataclass(frozen=True)
class PersonalState:
    """What one person has recorded about one resource, for the detail page's personal actions."""

    bookmarked: bool = False
    done: bool = False
    rating: Rating | None = None


# One round trip for all three, in SQL both databases speak. The ORM takes about a millisecond just to
# compile the same question as Exists() annotations, and the resource page asks it on every signed-in view.
PERSONAL_STATE_SQL = """
SELECT
    EXISTS (SELECT 1 FROM {bookmark} WHERE user_id = %(user)s AND resource_id = %(resource)s),
    EXISTS (SELECT 1 FROM {completion} WHERE user_id = %(user)s AND resource_id = %(resource)s),
    (SELECT id FROM {rating} WHERE user_id = %(user)s AND resource_id = %(resource)s)
"""


def personal_state_for(user, resource: Resource) -> PersonalState:
    """One query (two when they have rated it)."""
    if not getattr(user, "is_authenticated", False):
        return PersonalState()
    tables = {"bookmark": Bookmark, "completion": Completion, "rating": Rating}
    sql = PERSONAL_STATE_SQL.format(
        **{name: connection.ops.quote_name(model._meta.db_table) for name, model in tables.items()}
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, {"user": user.pk, "resource": resource.pk})
        bookmarked, done, rating_pk = cursor.fetchone()
    rating = Rating.objects.get(pk=rating_pk) if rating_pk else None
    return PersonalState(bookmarked=bool(bookmarked), done=bool(done), rating=rating)


@transaction.atomic
def bookmark_toggle(*, user, resource: Resource) -> bool:
    """Add the resource to the person's learning list, or take it off. Returns True when now bookmarked."""
    deleted, _ = Bookmark.objects.filter(user=user, resource=resource).delete()
    if deleted:
        return False
    bookmark = Bookmark(user=user, resource=resource)
    bookmark.full_clean()
    bookmark.save()
    return True


@transaction.atomic
def bookmark_add(*, user, resource: Resource) -> None:
    """Put the resource on the person's learning list; saving it twice keeps one."""
    if not Bookmark.objects.filter(user=user, resource=resource).exists():
        bookmark = Bookmark(user=user, resource=resource)
        bookmark.full_clean()
        bookmark.save()


@transaction.atomic
def bookmark_remove(*, user, resource: Resource) -> None:
    Bookmark.objects.filter(user=user, resource=resource).delete()


@transaction.atomic
def completion_toggle(*, user, resource: Resource) -> bool:
    """Mark the resource done today, or undo that. Returns True when now done."""
    deleted, _ = Completion.objects.filter(user=user, resource=resource).delete()
    if deleted:
        return False
    completion = Completion(user=user, resource=resource, completed_on=timezone.localdate())
    completion.full_clean()
    completion.save()
    return True


@transaction.atomic
def completion_remove(*, user, resource: Resource) -> None:
    Completion.objects.filter(user=user, resource=resource).delete()


@transaction.atomic
def rating_record(*, user, resource: Resource, score: int, comment: str = "") -> Rating:
    """Create or change the person's one rating of a resource. Raises RateLimited after
    RATING_CHANGES_PER_HOUR saves in an hour, before anything is written."""
    take_from_allowance(
        key=f"rate-limit:rating:{user.pk}", limit=RATING_CHANGES_PER_HOUR, window_seconds=ONE_HOUR
    )
    rating = Rating.objects.select_for_update().filter(user=user, resource=resource).first()
    if rating is None:
        rating = Rating(user=user, resource=resource)
    rating.score = score
    rating.comment = comment
    rating.full_clean()
    rating.save()
    return rating


@transaction.atomic
def suggestion_submit(
    *,
    title: str,
    url: str,
    provider_name: str = "",
    reason: str = "",
    user=None,
    email: str = "",
    client_address: str,
) -> Suggestion:
    """Store a public suggestion. The client address only keys the rate limit; it is never stored.
    Raises RateLimited after SUGGESTIONS_PER_HOUR from one address in an hour."""
    take_from_allowance(
        key=f"rate-limit:suggestion:{client_address}", limit=SUGGESTIONS_PER_HOUR, window_seconds=ONE_HOUR
    )
    signed_in = user is not None and user.is_authenticated
    suggestion = Suggestion(
        title=title,
        url=url,
        provider_name=provider_name,
        reason=reason,
        user=user if signed_in else None,
        email="" if signed_in else email,
    )
    suggestion.full_clean()
    suggestion.save()
    return suggestion


def suggestion_allowance_use(*, client_address: str) -> None:
    """A honeypot hit still counts against the address's allowance, so a bot cannot probe for free."""
    use_allowance_quietly(
        key=f"rate-limit:suggestion:{client_address}", limit=SUGGESTIONS_PER_HOUR, window_seconds=ONE_HOUR
    )
