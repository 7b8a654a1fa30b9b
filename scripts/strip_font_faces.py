"""Blank out the @font-face rules of the vendored nhsuk-frontend CSS (run after each nhsuk-frontend upgrade).

nhsuk-frontend's CSS asks assets.nhs.uk for the Frutiger web font. We make no third-party requests at
all (docs/adr/0002), so the browser would be refused by our CSP and log an error on every page; without
the rules it never asks, and text uses the design system's own fallback stack (Arial). Each rule is
replaced by spaces of the same length, so the vendored source map still lines up column for column.

    .venv/bin/python scripts/strip_font_faces.py     # idempotent; prints what it blanked
"""

import re
import sys
from pathlib import Path

VENDORED = Path(__file__).resolve().parent.parent / "static" / "vendor" / "nhsuk-frontend"
CSS = VENDORED / "nhsuk-frontend.min.css"
FONT_FACE = re.compile(r"@font-face\{[^}]*\}")


def main() -> int:
    css = CSS.read_text(encoding="utf-8")
    rules = FONT_FACE.findall(css)
    blanked = FONT_FACE.sub(lambda match: " " * len(match.group(0)), css)
    CSS.write_text(blanked, encoding="utf-8")
    print(f"Blanked {len(rules)} @font-face rule(s) in {CSS.name}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
