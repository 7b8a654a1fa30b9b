import pytest
from django.urls import reverse

from accounts.staff_groups import grant_group_permissions
from pathways.models import (
    Capability,
    Domain,
    EducatorRole,
    Framework,
    Level,
    LivedExample,
    Profession,
    StepForDevelopment,
)
from tests.factories import UserFactory, with_totp

pytestmark = pytest.mark.django_db

CURATED_MODELS = [
    Framework,
    Level,
    Domain,
    Capability,
    StepForDevelopment,
    EducatorRole,
    Profession,
    LivedExample,
]


def admin_url(model, action: str, *args) -> str:
    return reverse(f"admin:pathways_{model._meta.model_name}_{action}", args=args)


@pytest.fixture
def admin_client(client, demo_framework):
    client.force_login(with_totp(UserFactory(is_superuser=True, is_staff=True)))
    return client


@pytest.fixture
def curator(db):
    grant_group_permissions()
    return with_totp(UserFactory(groups=["Curators"]))


@pytest.mark.parametrize("model", CURATED_MODELS, ids=lambda model: model.__name__)
def test_superuser_can_open_each_list(admin_client, model):
    response = admin_client.get(admin_url(model, "changelist"))

    assert response.status_code == 200
    assert response.context["cl"].result_count == model.objects.count() > 0


@pytest.mark.parametrize("model", CURATED_MODELS, ids=lambda model: model.__name__)
def test_superuser_can_open_each_change_page(admin_client, model):
    instance = model.objects.first()

    response = admin_client.get(admin_url(model, "change", instance.pk))

    assert response.status_code == 200


@pytest.mark.parametrize("model", CURATED_MODELS, ids=lambda model: model.__name__)
def test_superuser_can_open_each_history_page(admin_client, model):
    instance = model.objects.first()

    response = admin_client.get(admin_url(model, "history", instance.pk))

    assert response.status_code == 200


def test_capability_search_finds_by_code(admin_client):
    response = admin_client.get(admin_url(Capability, "changelist"), {"q": "D2.L3.1"})

    assert response.status_code == 200
    assert [capability.code for capability in response.context["cl"].result_list] == ["D2.L3.1"]
    assert f'href="{reverse("pathways:capability", kwargs={"code": "D2.L3.1"})}"' in response.content.decode()


def test_capability_list_filters_by_level(admin_client):
    level = Level.objects.get(slug="practice-educator")

    response = admin_client.get(admin_url(Capability, "changelist"), {"level__id__exact": level.pk})

    assert response.status_code == 200
    assert {capability.level_id for capability in response.context["cl"].result_list} == {level.pk}


def test_capability_page_offers_a_preview_on_the_site(admin_client):
    capability = Capability.objects.get(code="D2.L3.1")

    response = admin_client.get(admin_url(Capability, "change", capability.pk))

    assert "View on site" in response.content.decode()


def test_editing_a_capability_is_kept_in_its_history(admin_client):
    capability = Capability.objects.get(code="D2.L3.1")
    capability.statement = "Edited by a curator."
    capability.save()

    response = admin_client.get(admin_url(Capability, "history", capability.pk))

    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count >= 1
    assert capability.history.latest().statement == "Edited by a curator."


def test_curator_is_made_staff_and_may_change_capabilities(client, curator, demo_framework):
    capability = Capability.objects.get(code="D2.L3.1")
    client.force_login(curator)

    assert curator.is_staff
    assert curator.has_perm("pathways.change_capability")
    assert client.get(admin_url(Capability, "change", capability.pk)).status_code == 200


def test_curator_may_not_change_accounts(client, curator):
    client.force_login(curator)

    assert not curator.has_perm("accounts.change_user")
    assert client.get(reverse("admin:accounts_user_changelist")).status_code == 403
