from django.contrib.auth.models import Group

from tests.factories import UserFactory


def test_migrations_create_the_curators_group(db):
    assert Group.objects.filter(name="Curators").exists()


def test_migrations_create_the_evaluators_group(db):
    assert Group.objects.filter(name="Evaluators").exists()


def test_curators_have_no_permission_over_people(db):
    codenames = set(Group.objects.get(name="Curators").permissions.values_list("codename", flat=True))

    assert {"change_user", "view_user", "delete_user"}.isdisjoint(codenames)


def test_evaluators_have_no_permission_over_people(db):
    codenames = set(Group.objects.get(name="Evaluators").permissions.values_list("codename", flat=True))

    assert {"change_user", "view_user", "delete_user"}.isdisjoint(codenames)


def test_member_of_a_staff_group_must_use_mfa(db):
    assert UserFactory(groups=["Curators"]).must_use_mfa is True
    assert UserFactory(groups=["Evaluators"]).must_use_mfa is True
    assert UserFactory().must_use_mfa is False
