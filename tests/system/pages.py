"""Every HTML page the service has, for the accessibility sweep in test_every_page.py.

test_every_page_is_listed fails when a URL pattern is neither here nor in NOT_SWEPT, so a new page
cannot escape the sweep unnoticed.
"""

# Pages anyone can open.
PUBLIC_PAGES = [
    "/",
    "/about/",
    "/accessibility/",
    "/privacy/",
    "/cookies/",
    "/contact/",
    "/help/",
    "/pathway/",
    "/pathway/?profession=paramedics&role=practice-educator",
    "/pathway/cells/responsibility-and-accountability/practice-educator/",
    "/pathway/compare/",
    "/pathway/compare/?from=practice-educator&to=senior-educator",
    "/pathway/examples/",  # 404 with no published framework; tests/system/test_browse_journeys.py has data
    "/pathway/about/",
    "/resources/",
    "/resources/suggest/",
    "/resources/suggest/thank-you/",
    "/my/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/password/reset/done/",
    "/accounts/password/reset/key/done/",
    "/accounts/confirm-email/",
    "/accounts/inactive/",
    "/no-such-page/",  # the 404 page
]

# Pages that need a signed-in person.
SIGNED_IN_PAGES = [
    "/resources/my-learning-list/",
    "/my/profile/",
    "/my/profile/edit/",
    "/my/delete/",
    "/accounts/logout/",
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/reauthenticate/",
    "/accounts/2fa/",
    "/accounts/2fa/totp/activate/",
    "/evaluation/",  # an ordinary person gets the NHS 403 page here
]

# Routes the sweep does not visit, each with the reason.
NOT_SWEPT = {
    "pathway/framework.case.json": "a JSON download of the framework (tests/pathways/test_exports.py)",
    "pathway/framework.csv": "a CSV download of the framework (tests/pathways/test_exports.py)",
    "healthz": "JSON for load balancers, not a page",
    "robots.txt": "plain text for search engines (tests/config/test_service_pages.py)",
    "my/data.json": "a JSON download, not a page",
    "accounts/password/set/": "only for accounts without a password, which e-mail sign-up never creates",
    "accounts/login/code/confirm/": "sign-in by code is switched off; the URL redirects",
    "accounts/2fa/authenticate/": "only reachable mid-sign-in for a person with two-factor set up",
    "accounts/2fa/reauthenticate/": "only reachable for a person with two-factor set up",
    "accounts/2fa/totp/deactivate/": "only for a person with an authenticator",
    "accounts/2fa/recovery-codes/": "only for a person with an authenticator",
    "accounts/2fa/recovery-codes/generate/": "only for a person with an authenticator",
    "accounts/2fa/recovery-codes/download/": "a text download, not a page",
}
