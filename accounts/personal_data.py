"""A registry of the personal data each app holds, so that `accounts` can export and erase everything
about a person without knowing the apps (they register in their AppConfig.ready).

    personal_data.register(key="assessments", export=export_assessments, erase=erase_assessments)

`export(user)` returns JSON-serialisable data; `erase(user)` deletes what the cascade from the user row
would not reach (for example rows that keep no foreign key to the user). Both are optional.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser


@dataclass(frozen=True)
class PersonalDataSource:
    key: str
    export: Callable[[AbstractBaseUser], Any] | None
    erase: Callable[[AbstractBaseUser], None] | None


_sources: dict[str, PersonalDataSource] = {}


def register(*, key: str, export=None, erase=None) -> None:
    _sources[key] = PersonalDataSource(key=key, export=export, erase=erase)


def registered_sources() -> list[PersonalDataSource]:
    return list(_sources.values())


def export_account(user) -> dict[str, Any]:
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    return {
        "email": user.email,
        "profession": user.profession,
        "educator_role": user.educator_role,
        "region": user.region,
        "employer": user.employer,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        # Say which second factors exist, never their secrets.
        "two_factor_methods": sorted(Authenticator.objects.filter(user=user).values_list("type", flat=True)),
        "groups": sorted(user.groups.values_list("name", flat=True)),
    }
