from collections.abc import Callable

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

# Paths behind which sit other people's data or the power to change what everyone sees.
PROTECTED_PREFIXES = ("/admin/", "/evaluation/")


class RequireStaffMFAMiddleware:
    """Staff (superusers, Curators, Evaluators) must enrol in two-factor authentication before they can
    reach admin or evaluation data. Signed-out visitors are left to each view's own login handling."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            request.path.startswith(PROTECTED_PREFIXES)
            and user.is_authenticated
            and user.must_use_mfa
            and not is_mfa_enabled(user)
        ):
            messages.warning(
                request,
                "Set up two-factor authentication before you use staff pages. "
                "It keeps other people's data safe.",
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
