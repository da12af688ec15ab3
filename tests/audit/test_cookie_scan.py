"""`policies cookies scan` in Chromium: the built site is clean; a storefront that sets a tracker before consent,
an undeclared cookie and a 25-month cookie is caught, one line per finding, with the rule (B1, B4, B8)."""

from __future__ import annotations

import functools
import http.server
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from notifier.audit.scanner import cookie_inventory, format_findings, scan
from notifier.publishing.repository import PolicyRepository
from tests.audit.conftest import AS_OF

REPO = Path(__file__).resolve().parents[2]
STOREFRONT = Path(__file__).parent / "storefront"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def storefront(legal_site, tmp_path_factory) -> Iterator[str]:
    """The test storefront on 127.0.0.1, embedding the legal site's banner; its tracker answers as `localhost`."""
    folder = tmp_path_factory.mktemp("storefront")
    handler = functools.partial(_Quiet, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    port = httpd.server_address[1]
    page = (STOREFRONT / "index.html").read_text(encoding="utf-8")
    page = page.replace("{legal}", legal_site.url).replace("{tracker}", f"http://localhost:{port}/")
    (folder / "index.html").write_text(page, encoding="utf-8")
    (folder / "pixel.js").write_bytes((STOREFRONT / "pixel.js").read_bytes())
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{port}/"
    httpd.shutdown()
    httpd.server_close()


def test_the_built_site_stores_only_what_it_declares(browser, legal_site) -> None:
    inventory = cookie_inventory(PolicyRepository.open(REPO), AS_OF)
    urls = [legal_site.url + "en/", legal_site.url + "fr/cookies/"]
    report = scan(urls, inventory, time.time(), browser)
    assert report["findings"] == [], format_findings(report)
    after_accept = report["pages"][0]["phases"]["after accept all"]
    assert {c["name"] for c in after_accept["cookies"]} == {"cc_cookie"}
    assert after_accept["hosts"] == ["127.0.0.1"]


def test_the_misbehaving_storefront_is_caught(storefront, tmp_path) -> None:
    report_file = tmp_path / "scan.json"
    # its own process: the tests' browser already runs Playwright in this thread
    command = [sys.executable, "-m", "notifier", "cookies", "scan", storefront, "--json", str(report_file)]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    report = json.loads(report_file.read_text(encoding="utf-8"))
    found = {(f["phase"], f["item"], f["rule"]) for f in report["findings"]}
    assert found == {
        ("before choice", "cookie _fbp", "B1"),
        ("before choice", "cookie promo_seen", "B4"),
        ("before choice", "cookie session_id", "B8"),
        ("before choice", "host localhost", "B4"),
        ("after reject all", "cookie _fbp", "B1"),
        ("after reject all", "cookie promo_seen", "B4"),
        ("after reject all", "cookie session_id", "B8"),
        ("after accept all", "cookie promo_seen", "B4"),
        ("after accept all", "cookie session_id", "B8"),
    }
    lines = result.stdout.splitlines()
    assert f"{storefront}: cookie _fbp (before choice): non-essential (marketing) present before choice [B1]" in lines
    session_cookie = f"{storefront}: cookie session_id (before choice): lives 400 days"  # Chromium caps at 400
    assert f"{session_cookie}, more than 13 months (395 days) [B8]" in lines
    assert f"{session_cookie}, declared as a session cookie [B8]" in lines
    assert lines[-1].startswith("1 page(s) scanned against data/cookies.yml as released and in force on ")
    assert lines[-1].endswith(": 12 finding(s)")
