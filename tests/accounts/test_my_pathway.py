from django.urls import reverse

from tests.factories import UserFactory


def test_my_pathway_works_signed_out_and_offers_sign_up_and_sign_in(client, db):
    response = client.get(reverse("accounts:my_pathway"))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="{reverse("account_signup")}"' in html
    assert f'href="{reverse("account_login")}"' in html
    assert "You do not need an account" in html


def test_my_pathway_signed_in_links_to_profile_password_and_two_factor(signed_in_client):
    response = signed_in_client.get(reverse("accounts:my_pathway"))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="{reverse("accounts:profile")}"' in html
    assert f'href="{reverse("account_change_password")}"' in html
    assert f'href="{reverse("mfa_index")}"' in html
    assert f'href="{reverse("account_signup")}"' not in html


def test_my_pathway_asks_someone_without_a_profile_to_complete_it(client, db):
    client.force_login(UserFactory(profession="", educator_role=""))

    html = client.get(reverse("accounts:my_pathway")).content.decode()

    assert "Complete your profile" in html
    assert f'href="{reverse("accounts:edit_profile")}"' in html


def test_my_pathway_does_not_nag_someone_whose_profile_is_complete(signed_in_client):
    html = signed_in_client.get(reverse("accounts:my_pathway")).content.decode()

    assert "Complete your profile" not in html


def test_my_pathway_refuses_post(client, db):
    response = client.post(reverse("accounts:my_pathway"))

    assert response.status_code == 405
