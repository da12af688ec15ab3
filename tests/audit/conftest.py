"""Fixtures for the auditor's scenarios: the notifier's real databases and clones (from tests/notify), the site
built from this repository, and the legal site served on 127.0.0.1 together with the API under /api/, as in
production (notifier.api_url), so the banner's consent records reach a real API and database.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete
from sqlalchemy.engine import Engine

from notifier.config.settings import load as load_settings
from notifier.delivery import store
from notifier.delivery.store.consents import records
from notifier.publishing.repository import PolicyRepository
from notifier.site.build import build_site
from tests.notify.conftest import database_url, repo_root, source_clone, world  # noqa: F401 (fixtures)

REPO = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 25)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(REPO, site_dir=tmp_path_factory.mktemp("site"), as_of=AS_OF)


@dataclass
class LegalSite:
    """The built site at /, the API at /api/, one origin on 127.0.0.1; `engine` holds the consent log."""

    url: str
    engine: Engine
    api_up: threading.Event

    def records(self) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(records.select().order_by(records.c.id))]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def legal_site(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LegalSite]:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.middleware.cors import CORSMiddleware
    from starlette.responses import PlainTextResponse
    from starlette.routing import Mount
    from starlette.staticfiles import StaticFiles

    from notifier.delivery.http.api import create_app

    repository = PolicyRepository.open(REPO)
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'notifier.sqlite3'}"
    settings = load_settings(repository.config, {"DATABASE_URL": url, "POLICIES_SECRET_KEY": "test"})
    engine = store.open_engine(url)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("POLICIES_CONSENT_RATE_LIMIT", "1000")  # every test's browser is the same client address
        api = create_app(repository, settings, engine)
    api_up = threading.Event()
    api_up.set()

    # the manifests the pop-up reads, open to the storefront's origin as the README asks
    site_api = CORSMiddleware(StaticFiles(directory=site / "api"), allow_origins=["*"])

    async def api_or_outage(scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        """The API, or a 503 while a test simulates an outage (the banner must keep the record)."""
        if not scope["path"].removeprefix(scope.get("root_path", "")).startswith("/v1/"):
            await site_api(scope, receive, send)
        elif api_up.is_set():
            await api(scope, receive, send)
        else:
            await PlainTextResponse("down", status_code=503)(scope, receive, send)

    app = Starlette(routes=[Mount("/api", app=api_or_outage), Mount("/", app=StaticFiles(directory=site, html=True))])
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        time.sleep(0.01)
    assert server.started, "the legal site did not start"
    yield LegalSite(f"http://127.0.0.1:{port}/", engine, api_up)
    server.should_exit = True
    thread.join()


@pytest.fixture
def consent_log(legal_site: LegalSite) -> LegalSite:
    """The legal site with an empty consent log and the API answering."""
    with legal_site.engine.begin() as conn:
        conn.execute(delete(records))
    legal_site.api_up.set()
    return legal_site
