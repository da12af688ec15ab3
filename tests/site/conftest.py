"""Fixtures for the site tests: sites built from real git repositories, served on 127.0.0.1, and Chromium.

Builds are session-scoped (two cores are shared): the shipped repository as of 2026-11-25, the same as of
2026-12-25 (byte-stability of permanent pages), and a clone where the cookie policy got a reconsent version.
Chromium is Debian's /usr/bin/chromium driven by Playwright (the `browser` fixture of tests/conftest.py);
nothing is downloaded.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from notifier.analysis.change_class import ChangeClass
from notifier.publishing.release import ReleaseRequest, release
from notifier.publishing.repository import PolicyRepository
from notifier.site.build import build_site
from tests.browser import ARTIFACTS

REPO = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 25)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(REPO, site_dir=tmp_path_factory.mktemp("site"), as_of=AS_OF)


@pytest.fixture(scope="session")
def site_later(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(REPO, site_dir=tmp_path_factory.mktemp("site-later"), as_of=date(2026, 12, 25))


def _clone(tmp_path_factory: pytest.TempPathFactory, name: str) -> PolicyRepository:
    """A clone of this repository whose site files (mkdocs.yml, policies.yml, data/) are this checkout's."""
    clone = tmp_path_factory.mktemp(name) / "repo"
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(REPO), str(clone)], check=True)
    for key, value in (("user.name", "Test"), ("user.email", "test@example.invalid")):
        subprocess.run(["git", "-C", str(clone), "config", key, value], check=True)
    # The site's own files come from this checkout, so the clone tests this code, not the committed one.
    for name in ("mkdocs.yml", "policies.yml"):
        shutil.copy(REPO / name, clone / name)
    shutil.copytree(REPO / "data", clone / "data", dirs_exist_ok=True)
    _commit(clone, "site files")
    return PolicyRepository.open(clone)


def _commit(clone: Path, message: str) -> None:
    subprocess.run(["git", "-C", str(clone), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(clone), "commit", "--quiet", "--allow-empty", "-m", message], check=True)


def _release_on(day: date, repository: PolicyRepository, request: ReleaseRequest) -> None:
    with pytest.MonkeyPatch.context() as env:
        env.setenv("GIT_COMMITTER_DATE", f"{day}T12:00:00+01:00")  # released that day
        release(repository, request)


@pytest.fixture(scope="session")
def reconsent_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone of the repository where the cookie policy was released again with the reconsent flag (B7)."""
    repository = _clone(tmp_path_factory, "reconsent-repo")
    _release_on(
        AS_OF,
        repository,
        ReleaseRequest(
            policy="cookies",
            change_class=ChangeClass.MINOR,
            summaries={"en": "Contact details.", "fr": "Coordonnées."},
            reasons=("test: a version that asks for consent again",),
            published_on=AS_OF,
            effective_on=None,
            reconsent=True,
        ),
    )
    return build_site(repository.root, site_dir=tmp_path_factory.mktemp("site-reconsent"), as_of=AS_OF)


THIRD_PRIVACY_VERSION = "2026-11-25"
PHONE = {"old": "+33 (0) 1 70 37 14 79", "new": "+33 (0) 1 70 37 14 80"}


@pytest.fixture(scope="session")
def three_versions_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone where the privacy policy has a third version (a new Customer Care number, minor, both languages),
    so that 2023-02-01 and 2026-11-25 are two versions with another one in between."""
    repository = _clone(tmp_path_factory, "three-versions-repo")
    for lang in ("en", "fr"):
        text = repository.root / f"docs/{lang}/privacy.md"
        text.write_text(text.read_text(encoding="utf-8").replace(PHONE["old"], PHONE["new"]), encoding="utf-8")
    _commit(repository.root, "privacy: new Customer Care number")
    _release_on(
        AS_OF,
        repository,
        ReleaseRequest(
            policy="privacy",
            change_class=ChangeClass.MINOR,
            summaries={"en": "New Customer Care number.", "fr": "Nouveau numéro du Service Client."},
            reasons=("test: a third version",),
            published_on=AS_OF,
        ),
    )
    return build_site(repository.root, site_dir=tmp_path_factory.mktemp("site-three-versions"), as_of=AS_OF)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        # The builds swap under one origin: the browser must not keep the previous consent-config.js.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


class SiteServer:
    """A static server on 127.0.0.1 whose folder can be swapped, so one origin can show two builds in turn."""

    def __init__(self, root: Path):
        self.root = root
        handler = functools.partial(self._handler)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def _handler(self, *args: object, **kwargs: object) -> _Quiet:
        return _Quiet(*args, directory=str(self.root), **kwargs)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[SiteServer]:
    srv = SiteServer(site)
    yield srv
    srv.close()


@pytest.fixture(autouse=True)
def _serve_main_site(server: SiteServer, site: Path) -> Iterator[None]:
    server.root = site
    yield
    server.root = site


@pytest.fixture
def context(browser: object) -> Iterator[object]:
    ctx = browser.new_context(viewport={"width": 1200, "height": 900})
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: object, server: SiteServer) -> object:
    pg = context.new_page()
    pg.set_default_timeout(5000)
    errors: list[str] = []
    pg.on("pageerror", lambda error: errors.append(str(error)))
    pg.js_errors = errors
    return pg


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
