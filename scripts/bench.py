"""`make bench`: every page's throughput under load, as a ratio of /healthz in the same run.

What it does, from a fresh clone, never touching your own database:
1. creates a throwaway PostgreSQL database (`ahp_bench`; BENCH_DATABASE_URL chooses another), runs every
   migration, loads the demo content and adds scale data (10,000 resources, `generate_scale_data`);
2. collects static files and serves production settings with gunicorn on loopback (BENCH_WORKERS
   workers), behind a pretend TLS proxy (`X-Forwarded-Proto: https`, as a load balancer sends);
3. loads each page with wrk (BENCH_CONNECTIONS connections for BENCH_SECONDS seconds, after a
   warm-up), signed out and, for the pages a signed-in person sees, signed in with a real session;
4. prints a table (requests per second, p50, p95, p99, errors, ratio to /healthz, target) and writes it
   into docs/performance.md between the bench markers; exits 1 if any target is missed.

Targets (issue 7): every signed-out page at least 0.4x the requests per second of /healthz, signed-in
pages at least 0.25x, p95 under 150 ms, no errors. /healthz is measured first and last; the ratio uses
the mean of the two, so a machine that speeds up or slows down during the run shows in the numbers.

Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/ahp_bench), BENCH_SECONDS
(default 8), BENCH_CONNECTIONS (16), BENCH_WORKERS (4), BENCH_PORT (8765), BENCH_KEEP_DB=1 to reuse a
database from an earlier run (skips the set-up), BENCH_ONLY=<substring> to run only matching pages.
"""

import datetime
import json
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PERFORMANCE_DOC = ROOT / "docs" / "performance.md"
START_MARKER = "<!-- bench:start -->"
END_MARKER = "<!-- bench:end -->"

SIGNED_OUT_TARGET = 0.4
SIGNED_IN_TARGET = 0.25
P95_TARGET_MS = 150

# (path, signed in?) in the order they run. /healthz comes first and last, as the yardstick.
PAGES = [
    ("/", False),
    ("/about/", False),
    ("/pathway/", False),
    (
        "/pathway/?registered=yes&supervises=yes&signs_off=yes&leads=no&academic=no&profession=paramedics",
        False,
    ),
    ("/pathway/domains/formal-knowledge-and-skills/", False),
    ("/pathway/levels/practice-educator/", False),
    ("/pathway/capabilities/D2.L3.1/", False),
    ("/pathway/cells/formal-knowledge-and-skills/practice-educator/", False),
    ("/pathway/compare/?from=practice-educator&to=senior-educator", False),
    ("/pathway/next/?from=registered-practitioner&profession=paramedics", False),
    ("/pathway/?here=practice-educator&profession=paramedics", False),
    ("/pathway/examples/", False),
    ("/pathway/examples/?profession=paramedics", False),
    ("/pathway/examples/share/", False),
    ("/pathway/about/", False),
    ("/resources/", False),
    ("/resources/?q=supervision", False),
    ("/resources/?q=feedback&cost=free&level=practice-educator", False),
    ("/resources/ahp-practice-education-webinar-series/", False),
    ("/resources/for/domain/formal-knowledge-and-skills/", False),
    ("/resources/suggest/", False),
    ("/my/", True),
    ("/my/profile/", True),
    ("/resources/my-learning-list/", True),
    ("/", True),
    ("/pathway/", True),
    ("/pathway/domains/formal-knowledge-and-skills/", True),
    ("/pathway/examples/", True),
    ("/resources/", True),
    ("/resources/?q=supervision", True),
    ("/resources/ahp-practice-education-webinar-series/", True),
]

WRK_SCRIPT = """
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "connect": %d, "read": %d, "write": %d, "status": %d, ' ..
    '"timeout": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d}\\n',
    summary.requests, summary.duration, errors.connect, errors.read, errors.write, errors.status,
    errors.timeout, latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


@dataclass
class Result:
    path: str
    signed_in: bool
    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    errors: int
    ratio: float = 0.0

    @property
    def target(self) -> float:
        return SIGNED_IN_TARGET if self.signed_in else SIGNED_OUT_TARGET

    @property
    def met(self) -> bool:
        return self.ratio >= self.target and self.p95_ms < P95_TARGET_MS and self.errors == 0


def say(message: str) -> None:
    print(f"==> {message}", flush=True)


def settings_env(database_url: str, port: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url,
        DJANGO_LOG_LEVEL="WARNING",
    )
    env.pop("REDIS_URL", None)  # the database cache, unless the run asks for Redis
    if "BENCH_REDIS_URL" in os.environ:
        env["REDIS_URL"] = os.environ["BENCH_REDIS_URL"]
    return env


def manage(env: dict[str, str], *args: str) -> str:
    completed = subprocess.run(  # noqa: S603 -- our own manage.py, arguments we build
        [PYTHON, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if completed.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{completed.stdout}\n{completed.stderr}")
    return completed.stdout


def recreate_database(database_url: str) -> None:
    import psycopg

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        sys.exit(f"BENCH_DATABASE_URL must name a plain database (letters, digits, _), not {name!r}.")
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {name}")


SESSION_SCRIPT = """
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
SessionStore = import_module(settings.SESSION_ENGINE).SessionStore
from accounts.models import User
from allauth.account.models import EmailAddress
user, _ = User.objects.get_or_create(email="bench.educator@example.nhs.uk",
    defaults={"profession": "paramedics", "educator_role": "practice-educator"})
user.set_password("bench-password-1234"); user.save()
EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(session.session_key)
"""


def prepare(env: dict[str, str], keep_db: bool) -> str:
    database_url = env["DATABASE_URL"]
    if not keep_db:
        say(f"Creating {urlsplit(database_url).path.lstrip('/')} with migrations, demo and scale data")
        recreate_database(database_url)
        manage(env, "migrate", "--no-input")
        manage(env, "createcachetable")
        manage(env, "seed_demo")
        manage(env, "generate_scale_data")
    say("Collecting static files")
    manage(env, "collectstatic", "--no-input", "--clear")
    return manage(env, "shell", "-c", SESSION_SCRIPT).strip().splitlines()[-1]


def wait_until_serving(base_url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    request = urllib.request.Request(base_url + "/healthz", headers={"X-Forwarded-Proto": "https"})  # noqa: S310
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("gunicorn stopped before it served a request.")
        try:
            with urllib.request.urlopen(request, timeout=2) as response:  # noqa: S310 -- loopback
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    sys.exit("gunicorn did not answer /healthz within a minute.")


def check_status(base_url: str, path: str, headers: dict[str, str]) -> int:
    request = urllib.request.Request(base_url + path, headers=headers)  # noqa: S310 -- loopback only
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 -- loopback
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def run_wrk(url: str, headers: dict[str, str], *, seconds: int, connections: int, script: Path) -> dict:
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script)]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    completed = subprocess.run([*command, url], capture_output=True, text=True, check=True)  # noqa: S603
    return json.loads(completed.stdout.strip().splitlines()[-1])


def wait_until_drained(base_url: str, seconds: float = 120) -> None:
    """A sync worker finishes every request it has queued even after wrk hangs up, so a slow page would
    slow the next page's measurement: wait until /healthz answers quickly again."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.monotonic()
        check_status(base_url, "/healthz", {"X-Forwarded-Proto": "https"})
        if time.monotonic() - started < 0.05:
            return
    print("    (the server was still busy after two minutes)", flush=True)


def measure(base_url, path, headers, *, seconds, connections, script, signed_in) -> Result:
    wait_until_drained(base_url)
    run_wrk(base_url + path, headers, seconds=1, connections=connections, script=script)  # warm-up
    stats = run_wrk(base_url + path, headers, seconds=seconds, connections=connections, script=script)
    wait_until_drained(base_url)
    errors = sum(stats[kind] for kind in ("connect", "read", "write", "status", "timeout"))
    return Result(
        path=path,
        signed_in=signed_in,
        rps=stats["requests"] / (stats["duration_us"] / 1e6),
        p50_ms=stats["p50_us"] / 1000,
        p95_ms=stats["p95_us"] / 1000,
        p99_ms=stats["p99_us"] / 1000,
        errors=errors,
    )


def table(results: list[Result], healthz: float) -> str:
    lines = [
        "| page | signed in | req/s | p50 ms | p95 ms | p99 ms | errors | ratio to /healthz | target | met |",
        "|---|:-:|---:|---:|---:|---:|---:|---:|---:|:-:|",
        f"| `/healthz` (mean of first and last) | | {healthz:,.0f} | | | | | 1.00 | | |",
    ]
    for r in results:
        met = "yes" if r.met else "**no**"
        lines.append(
            f"| `{r.path}` | {'yes' if r.signed_in else ''} | {r.rps:,.0f} | {r.p50_ms:.1f} | {r.p95_ms:.1f} "
            f"| {r.p99_ms:.1f} | {r.errors} | {r.ratio:.2f} | {r.target:.2f} | {met} |"
        )
    return "\n".join(lines)


def write_doc(text: str, *, start: str = START_MARKER, end: str = END_MARKER) -> None:
    """Replace what stands between the two markers in docs/performance.md (or add both at the end)."""
    current = PERFORMANCE_DOC.read_text(encoding="utf-8")
    if start in current and end in current:
        before, rest = current.split(start, 1)
        after = rest.split(end, 1)[1]
        PERFORMANCE_DOC.write_text(f"{before}{start}\n{text}\n{end}{after}", encoding="utf-8")
    else:
        PERFORMANCE_DOC.write_text(f"{current}\n{start}\n{text}\n{end}\n", encoding="utf-8")


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        names = re.findall(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        cpu = names[0] if names else cpu
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def main() -> int:
    if not shutil.which("wrk"):
        sys.exit(
            "wrk is needed for the load (Debian: apt-get install wrk). `make bench` installs it as root."
        )
    seconds = int(os.environ.get("BENCH_SECONDS", "8"))
    connections = int(os.environ.get("BENCH_CONNECTIONS", "16"))
    workers = int(os.environ.get("BENCH_WORKERS", "4"))
    port = int(os.environ.get("BENCH_PORT", "8765"))
    only = os.environ.get("BENCH_ONLY", "")
    database_url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ahp_bench")
    env = settings_env(database_url, port)
    session_key = prepare(env, keep_db=os.environ.get("BENCH_KEEP_DB") == "1")

    base_url = f"http://127.0.0.1:{port}"
    say(f"Serving production settings with gunicorn ({workers} workers) on {base_url}")
    server = subprocess.Popen(  # noqa: S603
        [str(Path(PYTHON).with_name("gunicorn")), "config.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--access-logfile", "/dev/null", "--error-logfile", "-"],
        env=env, cwd=ROOT, start_new_session=True,
    )  # fmt: skip
    try:
        wait_until_serving(base_url, server)
        proxy = {"X-Forwarded-Proto": "https"}
        signed_in = {**proxy, "Cookie": f"__Host-sessionid={session_key}"}
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script_file:
            script_file.write(WRK_SCRIPT)
        script = Path(script_file.name)
        pages = [(path, is_signed_in) for path, is_signed_in in PAGES if only in path]
        for path, is_signed_in in pages:
            status = check_status(base_url, path, signed_in if is_signed_in else proxy)
            if status != 200:
                sys.exit(f"{path} answered {status}, not 200{' (signed in)' if is_signed_in else ''}.")
        load = {"seconds": seconds, "connections": connections, "script": script}
        say(f"Loading each page for {seconds} s with {connections} connections")
        first = measure(base_url, "/healthz", proxy, signed_in=False, **load)
        results = []
        for path, is_signed_in in pages:
            result = measure(
                base_url, path, signed_in if is_signed_in else proxy, signed_in=is_signed_in, **load
            )
            results.append(result)
            print(
                f"    {path:<60} {'signed in' if is_signed_in else '':<9} {result.rps:8,.0f} req/s",
                flush=True,
            )
        last = measure(base_url, "/healthz", proxy, signed_in=False, **load)
        healthz = (first.rps + last.rps) / 2
        for result in results:
            result.ratio = result.rps / healthz
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    report = table(results, healthz)
    print()
    print(report)
    missed = [r for r in results if not r.met]
    summary = (
        "Every target met."
        if not missed
        else f"{len(missed)} of {len(results)} pages missed a target: "
        + ", ".join(f"`{r.path}`{' (signed in)' if r.signed_in else ''}" for r in missed)
        + "."
    )
    print(f"\n{summary}")
    if not only:
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
        header = (
            f"Run by `make bench` on {stamp}. {machine_description()}; gunicorn {workers} sync workers, "
            f"production settings, PostgreSQL on the same machine, database cache"
            f"{' (Redis)' if 'BENCH_REDIS_URL' in os.environ else ''}; wrk with {connections} connections, "
            f"{seconds} s a page after a 1 s warm-up. /healthz: first {first.rps:,.0f}, last {last.rps:,.0f} "
            "req/s."
        )
        write_doc(f"{header}\n\n{report}\n\n{summary}")
        print(f"Written to {PERFORMANCE_DOC.relative_to(ROOT)}.")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
