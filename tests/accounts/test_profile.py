import re

from django.urls import reverse

from accounts.choices import Profession

VALID = {
    "profession": "dietitians",
    "educator_role": "clinical-supervisor",
    "region": "north-west",
    "employer": "Example NHS Foundation Trust",
}


def edit(client, **changes):
    return client.post(reverse("accounts:edit_profile"), {**VALID, **changes})


def radio_values(html: str, name: str) -> list[str]:
    inputs = re.findall(rf'<input(?=[^>]*type="radio")(?=[^>]*name="{name}")[^>]*>', html)
    return [re.search(r'value="([^"]*)"', tag).group(1) for tag in inputs]


def test_profile_requires_sign_in(client, db):
    response = client.get(reverse("accounts:profile"))

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={reverse('accounts:profile')}"


def test_edit_profile_requires_sign_in(client, db):
    response = client.get(reverse("accounts:edit_profile"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_profile_shows_the_signed_in_persons_details(signed_in_client, user):
    response = signed_in_client.get(reverse("accounts:profile"))

    html = response.content.decode()
    assert response.status_code == 200
    assert user.email in html
    assert "Physiotherapists" in html
    assert "Practice educator" in html


def test_edit_profile_with_valid_data_saves_it(signed_in_client, user):
    response = edit(signed_in_client)

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    user.refresh_from_db()
    assert (user.profession, user.educator_role, user.region, user.employer) == (
        "dietitians",
        "clinical-supervisor",
        "north-west",
        "Example NHS Foundation Trust",
    )


def test_edit_profile_confirms_it_was_saved(signed_in_client):
    response = edit(signed_in_client, profession="paramedics")
    page = signed_in_client.get(response["Location"])

    assert "Your profile has been saved" in page.content.decode()
    assert "Paramedics" in page.content.decode()


def test_region_and_employer_are_optional(signed_in_client, user):
    response = edit(signed_in_client, region="", employer="")

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.region == ""
    assert user.employer == ""


def test_missing_profession_and_role_are_refused_with_an_error_summary(
    signed_in_client, user, error_summary, page_title
):
    response = edit(signed_in_client, profession="", educator_role="")

    assert response.status_code == 200
    assert page_title(response).startswith("Error: ")
    summary = error_summary(response)
    assert summary.startswith("There is a problem")
    assert "Select your profession" in summary
    assert "Select your current educator role" in summary
    assert "nhsuk-form-group--error" in response.content.decode()
    user.refresh_from_db()
    assert user.profession == "physiotherapists"


def test_error_summary_links_to_the_first_radio_of_each_missing_field(
    signed_in_client, element_ids, error_summary_links
):
    response = edit(signed_in_client, profession="", educator_role="")

    links = error_summary_links(response)
    assert links == ["id_profession_0", "id_educator_role_0"]
    assert set(links) <= element_ids(response)


def test_error_summary_links_point_at_a_real_choice_not_a_blank_one(signed_in_client, error_summary_links):
    response = edit(signed_in_client, profession="", educator_role="")

    html = response.content.decode()
    for target in error_summary_links(response):
        tag = re.search(rf'<input[^>]*id="{target}"[^>]*>', html).group(0)
        assert 'value=""' not in tag, f"#{target} is the blank choice"


def test_profession_radios_offer_exactly_the_fourteen_professions(signed_in_client):
    html = signed_in_client.get(reverse("accounts:edit_profile")).content.decode()

    assert radio_values(html, "profession") == list(Profession.values)
    assert len(Profession.values) == 14


def test_educator_role_radios_offer_no_blank_choice(signed_in_client):
    html = signed_in_client.get(reverse("accounts:edit_profile")).content.decode()

    assert "" not in radio_values(html, "educator_role")


def test_a_profession_outside_the_fourteen_is_refused(signed_in_client, user, error_summary):
    response = edit(signed_in_client, profession="nurses")

    assert response.status_code == 200
    assert "Select a valid choice." in error_summary(response)
    user.refresh_from_db()
    assert user.profession == "physiotherapists"


def test_an_unknown_region_is_refused(signed_in_client, user):
    response = edit(signed_in_client, region="atlantis")

    assert response.status_code == 200
    assert 'href="#id_region"' in response.content.decode()
    user.refresh_from_db()
    assert user.region == ""


def test_an_overlong_employer_is_refused(signed_in_client, user):
    response = edit(signed_in_client, employer="x" * 201)

    assert response.status_code == 200
    assert 'href="#id_employer"' in response.content.decode()
    user.refresh_from_db()
    assert user.employer == ""


def test_editing_a_profile_cannot_change_the_email_or_staff_flags(signed_in_client, user):
    edit(signed_in_client, email="attacker@example.com", is_staff="on", is_superuser="on")

    user.refresh_from_db()
    assert user.email != "attacker@example.com"
    assert user.is_staff is False
    assert user.is_superuser is False


def test_profile_change_links_point_at_fields_that_exist_on_the_edit_page(signed_in_client, element_ids):
    profile = signed_in_client.get(reverse("accounts:profile")).content.decode()
    edit_page = signed_in_client.get(reverse("accounts:edit_profile"))

    anchors = re.findall(rf'href="{reverse("accounts:edit_profile")}#([^"]+)"', profile)
    assert anchors
    assert set(anchors) <= element_ids(edit_page)
