"""Time to render 200 NHS cards: our Django include, the NHS's Jinja macro, and plain Jinja2.

    .venv/bin/python scripts/benchmark_components.py

Results and their meaning: docs/adr/0009-nhs-components-as-django-includes-held-to-the-jinja-port.md.
"""

import os
import statistics
import sys
import timeit
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
django.setup()

from django.template import engines  # noqa: E402
from jinja2 import ChainableUndefined, Environment, PackageLoader  # noqa: E402

CARDS = [
    {"heading": f"Resource {n}", "href": f"/resources/{n}/", "description": "Practice education"}
    for n in range(200)
]

django_page = engines["django"].from_string(
    '{% for card in cards %}{% include "components/card.html" with heading=card.heading href=card.href'
    " description=card.description only %}{% endfor %}"
)
jinja = Environment(
    loader=PackageLoader("nhsuk_frontend_jinja"), undefined=ChainableUndefined, autoescape=True
)
macro_page = jinja.from_string(
    '{% from "nhsuk/components/card/macro.jinja" import card %}{% for c in cards %}'
    '{{ card({"heading": c.heading, "href": c.href, "description": c.description, "clickable": true}) }}'
    "{% endfor %}"
)
plain_page = jinja.from_string(
    "{% for c in cards %}"
    '<div class="nhsuk-card nhsuk-card--clickable"><div class="nhsuk-card__content">'
    '<h2 class="nhsuk-card__heading"><a class="nhsuk-card__link" href="{{ c.href }}">{{ c.heading }}</a></h2>'
    '<p class="nhsuk-card__description">{{ c.description }}</p></div></div>'
    "{% endfor %}"
)

RENDERERS = {
    "Django includes (ours)": lambda: django_page.render({"cards": CARDS}),
    "nhsuk-frontend-jinja macros": lambda: macro_page.render(cards=CARDS),
    "plain Jinja2, markup inline": lambda: plain_page.render(cards=CARDS),
}

if __name__ == "__main__":
    for name, render in RENDERERS.items():
        render()  # warm: templates compiled and cached
        times = timeit.repeat(render, number=20, repeat=7)
        per_page = [t / 20 * 1000 for t in times]
        median, fastest, slowest = statistics.median(per_page), min(per_page), max(per_page)
        print(f"{name:32} median {median:7.2f} ms  (min {fastest:.2f}, max {slowest:.2f})")
