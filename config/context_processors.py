from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse


@dataclass(frozen=True)
class NavigationItem:
    text: str
    href: str
    current: bool  # this exact page
    active: bool  # a page within this section


@cache
def _url(name: str) -> str:
    """Every page renders a dozen of these links: reverse each once per process (they never change)."""
    return reverse(name)


def _navigation(request: HttpRequest) -> list[NavigationItem]:
    entries = [
        ("Pathway", _url("pathways:map")),
        ("Stories", _url("pathways:examples")),
        ("Training", _url("resources:catalogue")),
        ("My pathway", _url("accounts:my_pathway")),
    ]
    user = getattr(request, "user", None)  # absent when a request fails before the auth middleware
    if user is not None and user.is_authenticated:
        entries.append(("Sign out", _url("account_logout")))
    else:
        entries.append(("Sign in", _url("account_login")))
    # The section is the longest link the path starts with: /pathway/examples/ is in Stories, not Pathway.
    section = max((href for _, href in entries if request.path.startswith(href)), key=len, default=None)
    return [
        NavigationItem(text=text, href=href, current=request.path == href, active=href == section)
        for text, href in entries
    ]


def _account_navigation(request: HttpRequest) -> list[dict[str, str]]:
    links = [{"text": "Help", "href": _url("help")}]
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        links.append({"text": "Your profile", "href": _url("accounts:profile")})
    return links


FOOTER_LINKS = [
    ("About this service", "about"),
    ("Accessibility statement", "accessibility"),
    ("Privacy notice", "privacy"),
    ("Cookies", "cookies"),
    ("Contact us", "contact"),
]


def service(request: HttpRequest) -> dict[str, object]:
    return {
        "service_name": settings.SITE_NAME,
        "contact_email": settings.CONTACT_EMAIL,
        "navigation": _navigation(request),
        "account_navigation": _account_navigation(request),
        "footer_links": [{"text": text, "href": _url(name)} for text, name in FOOTER_LINKS],
    }
