"""Every HTML page the service has, with the HTTP status it answers, for the sweep in test_every_page.py.

The sweep runs with the demo framework and catalogue loaded, so object pages (a domain, a level, a
capability, a lived example, a resource, the training for a domain) are swept with real content.
test_every_page_is_listed fails when a URL pattern is neither here nor in NOT_SWEPT, so a new page
cannot escape the sweep unnoticed.
"""

# Pages anyone can open, and the status each answers (the status of the page a redirect ends on).
PUBLIC_PAGES = {
    "/": 200,
    "/about/": 200,
    "/accessibility/": 200,
    "/privacy/": 200,
    "/cookies/": 200,
    "/contact/": 200,
    "/help/": 200,
    "/pathway/": 200,
    "/pathway/?registered=yes&supervises=yes&signs_off=yes&leads=no&academic=no&profession=paramedics": 200,
    "/pathway/cells/responsibility-and-accountability/practice-educator/": 200,
    "/pathway/compare/": 200,
    "/pathway/compare/?from=practice-educator&to=senior-educator": 200,
    "/pathway/next/": 200,
    "/pathway/next/?from=registered-practitioner&profession=paramedics": 200,
    "/pathway/next/?from=consultant-educator": 200,
    "/pathway/domains/responsibility-and-accountability/": 200,
    "/pathway/levels/practice-educator/?profession=paramedics": 200,
    "/pathway/capabilities/D1.L3.1/": 200,
    "/pathway/examples/": 200,
    "/pathway/examples/share/": 200,
    "/pathway/examples/share/thank-you/": 200,
    "/pathway/examples/feedback-between-jobs/": 200,
    "/pathway/about/": 200,
    "/resources/": 200,
    "/resources/advance-he-fellowship/": 200,
    "/resources/for/domain/responsibility-and-accountability/": 200,
    "/resources/for/level/practice-educator/": 200,
    "/resources/for/capability/D1.L3.1/": 200,
    "/resources/suggest/": 200,
    "/resources/suggest/thank-you/": 200,
    "/my/": 200,
    "/accounts/login/": 200,
    "/accounts/signup/": 200,
    "/accounts/password/reset/": 200,
    "/accounts/password/reset/done/": 200,
    "/accounts/password/reset/key/done/": 200,
    "/accounts/confirm-email/": 200,
    "/accounts/inactive/": 200,
    "/no-such-page/": 404,  # the 404 page
}

# Pages that need a signed-in person, and the status each answers them.
SIGNED_IN_PAGES = {
    "/resources/my-learning-list/": 200,
    "/resources/advance-he-fellowship/rate/": 200,
    "/my/profile/": 200,
    "/my/profile/edit/": 200,
    "/my/delete/": 200,
    "/accounts/logout/": 200,
    "/accounts/email/": 200,
    "/accounts/password/change/": 200,
    "/accounts/reauthenticate/": 200,
    "/accounts/2fa/": 200,
    "/accounts/2fa/totp/activate/": 200,
    "/evaluation/": 403,  # an ordinary person gets the NHS 403 page here
}

EVERY_PAGE = PUBLIC_PAGES | SIGNED_IN_PAGES

# Routes the sweep does not visit, each with the reason.
NOT_SWEPT = {
    "pathway/framework.case.json": "a JSON download of the framework (tests/pathways/test_exports.py)",
    "pathway/framework.csv": "a CSV download of the framework (tests/pathways/test_exports.py)",
    "healthz": "JSON for load balancers, not a page",
    "robots.txt": "plain text for search engines (tests/config/test_service_pages.py)",
    "my/data.json": "a JSON download, not a page",
    "resources/<slug:slug>/go": "counts the visit and redirects to the provider (tests/resources/)",
    "resources/<slug:slug>/bookmark/": "POST only; tests/system/test_learning_journeys.py presses it",
    "resources/<slug:slug>/done/": "POST only (tests/resources/test_learning.py)",
    "accounts/confirm-email/(?P<key>[-:\\w]+)/$": (
        "needs the key from a sign-up e-mail (tests/system/test_account_journeys.py)"
    ),
    "accounts/password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": (
        "needs the key from a reset e-mail (tests/accounts/test_password_reset.py)"
    ),
    "accounts/password/set/": "only for accounts without a password, which e-mail sign-up never creates",
    "accounts/login/code/confirm/": "sign-in by code is switched off; the URL redirects",
    "accounts/2fa/authenticate/": "only reachable mid-sign-in for a person with two-factor set up",
    "accounts/2fa/reauthenticate/": "only reachable for a person with two-factor set up",
    "accounts/2fa/totp/deactivate/": "only for a person with an authenticator",
    "accounts/2fa/recovery-codes/": "only for a person with an authenticator",
    "accounts/2fa/recovery-codes/generate/": "only for a person with an authenticator",
    "accounts/2fa/recovery-codes/download/": "a text download, not a page",
}
