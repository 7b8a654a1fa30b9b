from typing import Any

from django.db import transaction
from django.utils import timezone

from accounts import personal_data
from accounts.models import User


def personal_data_collect(*, user: User) -> dict[str, Any]:
    """Everything this service holds about a person, gathered from every app that registered."""
    collected: dict[str, Any] = {
        "service": "AHP Educator Pathways",
        "generated_at": timezone.now().isoformat(),
    }
    for source in personal_data.registered_sources():
        if source.export is not None:
            collected[source.key] = source.export(user)
    return collected


@transaction.atomic
def account_delete(*, user: User) -> None:
    """Erase a person: first what each app erases itself, then the user row, whose cascade takes the rest."""
    for source in personal_data.registered_sources():
        if source.erase is not None:
            source.erase(user)
    user.delete()
