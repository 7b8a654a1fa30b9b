from allauth.account.forms import LoginForm
from django import forms

from accounts.choices import EducatorRole, Profession, Region
from accounts.models import User


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["profession", "educator_role", "region", "employer"]
        widgets = {
            "profession": forms.RadioSelect,
            "educator_role": forms.RadioSelect,
            "region": forms.Select,
        }
        help_texts = {
            "profession": "We use this to show examples and roles from your profession.",
            "educator_role": "Choose the one closest to what you do now. You can change it at any time.",
            "region": "Optional. Helps you find training near you.",
            "employer": "Optional. For example, the trust, university or practice you work for.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The model allows blank (a new account has no profile yet); the form does not offer it.
        self.fields["profession"].choices = Profession.choices
        self.fields["educator_role"].choices = EducatorRole.choices
        self.fields["profession"].required = True
        self.fields["educator_role"].required = True
        self.fields["profession"].error_messages["required"] = "Select your profession"
        self.fields["educator_role"].error_messages["required"] = "Select your current educator role"
        self.fields["region"].choices = [("", "Not chosen"), *Region.choices]
        self.fields["employer"].label = "Employer (optional)"
        self.fields["region"].label = "NHS England region (optional)"


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=(
            "I understand that my account and everything saved in it will be deleted and cannot be recovered"
        ),
        error_messages={"required": "Confirm that you understand your account will be deleted"},
    )


class SignInForm(LoginForm):
    """allauth's sign-in form without the reset link in the password hint: the page shows it after the
    button instead (templates/account/login.html), so keyboard users Tab from e-mail to password."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].help_text = ""
