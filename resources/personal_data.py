"""What the catalogue holds about a person, for /my/data.json. Deletion needs nothing extra: every row
cascades from the user."""

from typing import Any


def export_training(user) -> dict[str, Any]:
    return {
        "learning_list": [
            {"resource": bookmark.resource.title, "url": bookmark.resource.url, "added": bookmark.created_at}
            for bookmark in user.bookmarks.select_related("resource")
        ],
        "completed": [
            {"resource": completion.resource.title, "completed_on": completion.completed_on}
            for completion in user.completions.select_related("resource")
        ],
        "ratings": [
            {
                "resource": rating.resource.title,
                "score": rating.score,
                "comment": rating.comment,
                "updated_at": rating.updated_at,
            }
            for rating in user.ratings.select_related("resource")
        ],
        "suggestions": [
            {
                "title": suggestion.title,
                "url": suggestion.url,
                "provider": suggestion.provider_name,
                "reason": suggestion.reason,
                "status": suggestion.get_status_display(),
                "suggested_at": suggestion.created_at,
            }
            for suggestion in user.suggestions.all()
        ],
    }
