"""Test data builders: factory-boy factories, and helpers that add content in bulk."""

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group
from django.utils.text import slugify

from accounts.models import User
from pathways import content_version
from pathways.models import Capability, Framework, LivedExample, Profession
from resources.models import Provider, Resource

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A signed-up person whose e-mail address is verified, so they can sign in."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"educator{n}@example.nhs.uk")
    profession = "physiotherapists"
    educator_role = "practice-educator"
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(
                user=self, email=self.email, verified=extracted is not False, primary=True
            )

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            for name in extracted:
                self.groups.add(Group.objects.get(name=name))


def with_totp(user: User) -> User:
    """The person with an authenticator app set up (two-factor authentication), as staff must have."""
    TOTP.activate(user, generate_totp_secret())
    return user


class ProviderFactory(factory.django.DjangoModelFactory):
    """A training provider; one "Health Education" unless a test names another."""

    class Meta:
        model = Provider
        django_get_or_create = ("slug",)

    name = "Health Education"
    slug = factory.LazyAttribute(lambda provider: slugify(provider.name))
    kind = Provider.Kind.NHS


class ResourceFactory(factory.django.DjangoModelFactory):
    """A published e-learning resource, free and online; its title is its slug in words."""

    class Meta:
        model = Resource

    slug = factory.Sequence(lambda n: f"training-{n}")
    title = factory.LazyAttribute(lambda resource: resource.slug.replace("-", " ").capitalize())
    summary = "Something useful for practice educators."
    provider = factory.SubFactory(ProviderFactory)
    url = factory.LazyAttribute(lambda resource: f"https://example.org/{resource.slug}")
    format = Resource.Format.E_LEARNING
    delivery = Resource.Delivery.ONLINE_SELF_PACED
    cost = Resource.Cost.FREE
    status = Resource.Status.PUBLISHED


def add_capabilities_to_every_cell(framework: Framework, *, per_cell: int) -> None:
    """`per_cell` more capabilities in every domain at every level, coded X<domain>.<level>.<n>."""
    Capability.objects.bulk_create(
        Capability(
            code=f"X{domain.number}.{level.position}.{index}",
            domain=domain,
            level=level,
            position=100 + index,
            statement=f"An extra capability number {index}.",
        )
        for domain in framework.domains.all()
        for level in framework.levels.all()
        for index in range(per_cell)
    )
    content_version.content_changed()  # bulk_create sends no signals: say so, as any bulk writer must


def add_lived_examples(framework: Framework, count: int) -> None:
    """`count` more lived examples spread over the levels, each linked to every domain and to D1.L3.1
    (in bulk: a handful of queries, however many)."""
    profession = Profession.objects.first()
    levels = list(framework.levels.all())
    domains = list(framework.domains.all())
    capabilities = list(Capability.objects.filter(code="D1.L3.1"))
    examples = LivedExample.objects.bulk_create(
        LivedExample(
            framework=framework,
            slug=f"extra-{n}",
            title=f"Extra example {n}",
            person="Sam",
            profession=profession,
            level=levels[n % len(levels)],
            setting="practice",
            story=["One."],
        )
        for n in range(count)
    )
    LivedExample.domains.through.objects.bulk_create(
        LivedExample.domains.through(livedexample=example, domain=domain)
        for example in examples
        for domain in domains
    )
    LivedExample.capabilities.through.objects.bulk_create(
        LivedExample.capabilities.through(livedexample=example, capability=capability)
        for example in examples
        for capability in capabilities
    )
    content_version.content_changed()  # bulk_create sends no signals: say so, as any bulk writer must


def remember_pathway_context(client, **context: str) -> None:
    """Give `client` the cookie that holds this profession and step (pathways/context.py), as a visitor
    has after their first tailored page."""
    from pathways.context import PathwayContext, cookie_name

    client.cookies[cookie_name()] = PathwayContext(**context).cookie_value
