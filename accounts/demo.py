"""Demo accounts for trying the service locally; created only when DEBUG is on (`make run`)."""

from django.conf import settings

from accounts.models import User

DEMO_PASSWORD = "demo-password-1234"  # noqa: S105 - printed for local use; DEBUG only


def seed_demo(*, stdout) -> None:
    from allauth.account.models import EmailAddress

    if not settings.DEBUG:
        stdout.write("Skipping demo accounts: DEBUG is off.")
        return
    user, created = User.objects.get_or_create(
        email="demo.learner@example.nhs.uk",
        defaults={
            "profession": "physiotherapists",
            "educator_role": "practice-educator",
            "region": "south-east",
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    stdout.write(f"Demo account: {user.email} / {DEMO_PASSWORD}")
