"""The content version moves on whenever published content changes, and only then."""

from pathways import content_version
from pathways.models import Framework, Profession
from tests.factories import UserFactory


def test_saving_curated_content_moves_the_version_on(db):
    before = content_version.current()
    Profession.objects.create(name="Dietitians", slug="dietitians")
    assert content_version.current() != before


def test_deleting_curated_content_moves_the_version_on(db):
    profession = Profession.objects.create(name="Dietitians", slug="dietitians")
    before = content_version.current()
    profession.delete()
    assert content_version.current() != before


def test_a_rating_moves_the_version_on_because_its_average_is_public(db):
    from resources.models import Provider, Rating, Resource

    provider = Provider.objects.create(name="Trust", slug="trust", kind=Provider.Kind.NHS)
    resource = Resource.objects.create(
        title="Rated", slug="rated", summary="s", provider=provider, url="https://example.org/",
        format=Resource.Format.COURSE, delivery=Resource.Delivery.BLENDED, cost=Resource.Cost.FREE,
    )  # fmt: skip
    before = content_version.current()
    Rating.objects.create(user=UserFactory(), resource=resource, score=4)
    assert content_version.current() != before


def test_a_persons_own_data_leaves_the_version_alone(db):
    before = content_version.current()
    user = UserFactory()
    user.profession = "dietitians"
    user.save()
    assert content_version.current() == before


def test_the_version_moves_again_when_the_transaction_commits(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        Framework.objects.create(name="One", version="1", publisher="p")
        Framework.objects.create(name="Two", version="1", publisher="p")
        Profession.objects.create(name="Dietitians", slug="dietitians")
    # Once per transaction, however many rows changed.
    assert callbacks == [content_version.move_on]
    before = content_version.current()
    callbacks[0]()
    assert content_version.current() != before


def test_the_version_survives_an_empty_cache(db):
    from django.core.cache import cache

    cache.clear()
    first = content_version.current()
    assert first
    assert content_version.current() == first
