"""check_links against a local HTTP server on 127.0.0.1 only: no test here contacts any other address."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import CommandError, call_command

from resources.link_checker import check_url
from resources.models import Resource
from tests.factories import ResourceFactory


class Handler(BaseHTTPRequestHandler):
    def _respond(self):
        if self.path == "/ok":
            self.send_response(200)
        elif self.path == "/missing":
            self.send_response(404)
        elif self.path == "/broken":
            self.send_response(500)
        elif self.path == "/loop-a":
            self.send_response(302)
            self.send_header("Location", "/loop-b")
        elif self.path == "/loop-b":
            self.send_response(302)
            self.send_header("Location", "/loop-a")
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        elif self.path == "/no-head" and self.command == "HEAD":
            self.send_response(405)
        elif self.path == "/no-head":
            self.send_response(200)
        elif self.path == "/slow":
            time.sleep(3)
            self.send_response(200)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = _respond
    do_HEAD = _respond

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def local_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)  # port 0: the system picks a free one
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("path", "ok", "result"),
    [
        ("/ok", True, "200 OK"),
        ("/moved", True, "200 OK"),
        ("/no-head", True, "200 OK"),
        ("/missing", False, "404 Not Found"),
        ("/broken", False, "500 Internal Server Error"),
        ("/loop-a", False, "redirect loop"),
    ],
)
def test_check_url_names_what_happened(local_server, path, ok, result):
    checked = check_url(local_server + path, timeout=2)

    assert (checked.ok, checked.result) == (ok, result)


def test_check_url_gives_up_after_the_timeout(local_server):
    checked = check_url(local_server + "/slow", timeout=1)

    assert (checked.ok, checked.result) == (False, "timed out after 1s")


def test_check_links_records_results_and_fails_when_any_link_is_broken(local_server, db, capsys):
    resources = {}
    for path in ["/ok", "/missing", "/broken", "/loop-a", "/slow"]:
        resource = ResourceFactory(slug=f"resource{path.replace('/', '-')}")
        Resource.objects.filter(pk=resource.pk).update(url=local_server + path)
        resources[path] = resource
    draft = ResourceFactory(slug="draft-is-skipped", status=Resource.Status.DRAFT)

    with pytest.raises(CommandError) as failed:
        call_command("check_links", "--timeout", "1", "--workers", "3")

    assert failed.value.returncode == 1
    expected = {
        "/ok": (True, "200 OK"),
        "/missing": (False, "404 Not Found"),
        "/broken": (False, "500 Internal Server Error"),
        "/loop-a": (False, "redirect loop"),
        "/slow": (False, "timed out after 1s"),
    }
    for path, (ok, result) in expected.items():
        resource = Resource.objects.get(pk=resources[path].pk)
        assert (resource.last_link_ok, resource.last_link_result) == (ok, result), path
        assert resource.last_link_check is not None
    draft.refresh_from_db()
    assert draft.last_link_check is None
    output = capsys.readouterr().out
    assert "Checked 5 published resources: 4 broken." in output
    assert f"{local_server}/missing): 404 Not Found" in output
    assert "/ok)" not in output


def test_check_links_exits_cleanly_when_every_link_works(local_server, db, capsys):
    resource = ResourceFactory()
    Resource.objects.filter(pk=resource.pk).update(url=local_server + "/ok")

    call_command("check_links", "--timeout", "2")

    assert "Checked 1 published resources: 0 broken." in capsys.readouterr().out


def test_check_links_can_report_without_failing(local_server, db):
    resource = ResourceFactory()
    Resource.objects.filter(pk=resource.pk).update(url=local_server + "/missing")

    call_command("check_links", "--timeout", "2", "--no-fail-on-broken")

    resource.refresh_from_db()
    assert resource.last_link_ok is False


def test_a_link_check_is_not_an_editorial_change(local_server, db):
    resource = ResourceFactory()
    Resource.objects.filter(pk=resource.pk).update(url=local_server + "/ok")
    versions = resource.history.count()

    call_command("check_links", "--timeout", "2")

    assert resource.history.count() == versions


def test_only_web_addresses_are_opened(tmp_path):
    checked = check_url((tmp_path / "secret.txt").as_uri(), timeout=1)

    assert (checked.ok, checked.result) == (False, "not a web address (http or https)")
