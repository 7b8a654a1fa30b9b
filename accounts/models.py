from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models

from accounts.choices import EducatorRole, Profession, Region

STAFF_GROUPS = ("Curators", "Evaluators")


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """Someone with an account. E-mail is the login; there are no usernames.

    The profile is deliberately small: what the pathway needs to tailor itself, nothing more.
    """

    username = None
    first_name = None
    last_name = None
    email = models.EmailField("e-mail address", unique=True)
    profession = models.CharField(max_length=64, choices=Profession.choices, blank=True)
    educator_role = models.CharField(
        "current educator role", max_length=64, choices=EducatorRole.choices, blank=True
    )
    region = models.CharField("NHS England region", max_length=64, choices=Region.choices, blank=True)
    employer = models.CharField(max_length=200, blank=True)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = "user"
        verbose_name_plural = "users"
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email

    def get_full_name(self) -> str:
        return self.email

    def get_short_name(self) -> str:
        return self.email

    @property
    def must_use_mfa(self) -> bool:
        """Staff who can reach admin or evaluation data must enrol in two-factor authentication."""
        if self.is_superuser or self.is_staff:
            return True
        return self.groups.filter(name__in=STAFF_GROUPS).exists()

    @property
    def has_profile(self) -> bool:
        return bool(self.profession and self.educator_role)
