"""`make lighthouse`: Lighthouse's best-practices, SEO and accessibility scores for the main pages.

It serves production settings with gunicorn on loopback (a throwaway SQLite database with the demo
content; TLS is the load balancer's job, so the HTTPS redirect is off here), runs Lighthouse 12 from
the npm registry (installed once into .cache/lighthouse, never a browser: it drives Debian's
/usr/bin/chromium) against each page, prints the scores and any audit that failed, and writes the table
into docs/performance.md between the lighthouse markers. Exits 1 when a best-practices or SEO score is
below 1.0.
"""

import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import PERFORMANCE_DOC, ROOT, manage, wait_until_serving, write_doc

LIGHTHOUSE_DIR = ROOT / ".cache" / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PAGES = [
    "/",
    "/pathway/",
    "/pathway/domains/formal-knowledge-and-skills/",
    "/pathway/capabilities/D2.L3.1/",
    "/pathway/compare/?from=practice-educator&to=senior-educator",
    "/pathway/examples/",
    "/resources/",
    "/resources/ahp-practice-education-webinar-series/",
    "/accounts/login/",
]
CATEGORIES = ("best-practices", "seo", "accessibility")
MUST_BE_PERFECT = ("best-practices", "seo")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking "
    "--disable-component-update --disable-sync --disable-dev-shm-usage"
)


def install_lighthouse() -> None:
    if LIGHTHOUSE.exists():
        return
    if not shutil.which("npm"):
        sys.exit("npm is needed to install Lighthouse (Debian: apt-get install npm).")
    LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
    print("==> Installing Lighthouse 12 into .cache/lighthouse", flush=True)
    subprocess.run(  # noqa: S603 -- fixed arguments
        ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(LIGHTHOUSE_DIR), "lighthouse@12"],  # noqa: S607
        check=True,
    )


def audit(url: str) -> dict:
    with tempfile.TemporaryDirectory() as output:
        report = Path(output) / "report.json"
        subprocess.run(  # noqa: S603
            [
                str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
                f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}",
                "--form-factor=mobile", "--throttling-method=provided",
            ],
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            check=True,
            capture_output=True,
        )  # fmt: skip
        return json.loads(report.read_text(encoding="utf-8"))


def failed_audits(result: dict, category: str) -> list[str]:
    refs = result["categories"][category]["auditRefs"]
    audits = result["audits"]
    return [
        ref["id"]
        for ref in refs
        if ref["weight"] > 0 and audits[ref["id"]]["score"] is not None and audits[ref["id"]]["score"] < 1
    ]


def main() -> int:
    install_lighthouse()
    port = int(os.environ.get("LIGHTHOUSE_PORT", "8766"))
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": f"sqlite:///{folder}/lighthouse.sqlite3",
            "DJANGO_LOG_LEVEL": "WARNING",
        }
        env.pop("REDIS_URL", None)
        print("==> Demo content in a throwaway SQLite database", flush=True)
        for command in (["migrate", "--no-input"], ["createcachetable"], ["seed_demo"]):
            manage(env, *command)
        manage(env, "collectstatic", "--no-input", "--clear")
        base_url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(  # noqa: S603
            [str(Path(sys.executable).with_name("gunicorn")), "config.wsgi", "--bind", f"127.0.0.1:{port}",
             "--workers", "2", "--access-logfile", "/dev/null"],
            env=env, cwd=ROOT, start_new_session=True,
        )  # fmt: skip
        try:
            wait_until_serving(base_url, server)
            rows, problems = [], []
            for path in PAGES:
                result = audit(base_url + path)
                scores = {category: result["categories"][category]["score"] for category in CATEGORIES}
                rows.append((path, scores))
                for category in CATEGORIES:
                    for audit_id in failed_audits(result, category):
                        problems.append(f"`{path}` {category}: {audit_id}")
                print(f"    {path:<60} " + "  ".join(f"{c} {s:.2f}" for c, s in scores.items()), flush=True)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)

    lines = ["| page | " + " | ".join(CATEGORIES) + " |", "|---|" + "---:|" * len(CATEGORIES)]
    lines += [
        f"| `{path}` | " + " | ".join(f"{scores[c]:.2f}" for c in CATEGORIES) + " |" for path, scores in rows
    ]
    below = [(path, c) for path, scores in rows for c in MUST_BE_PERFECT if scores[c] < 1]
    summary = (
        "Every page scores 1.00 for best practices and SEO."
        if not below
        else ("Below 1.00: " + ", ".join(f"`{path}` {category}" for path, category in below) + ".")
    )
    if problems:
        summary += " Failed audits: " + "; ".join(problems) + "."
    report = "\n".join(lines)
    print(f"\n{report}\n\n{summary}")
    version = subprocess.run(  # noqa: S603
        [str(LIGHTHOUSE), "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    header = (
        f"Lighthouse {version} (`make lighthouse`), mobile form factor, Debian Chromium, production settings "
        "under gunicorn with the demo content."
    )
    write_doc(
        f"{header}\n\n{report}\n\n{summary}", start="<!-- lighthouse:start -->", end="<!-- lighthouse:end -->"
    )
    print(f"Written to {PERFORMANCE_DOC.relative_to(ROOT)}.")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
