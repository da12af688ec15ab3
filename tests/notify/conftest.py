"""Fixtures for the notifier's scenarios: a real clone of this repository (ledger and git history), a real
database (SQLite always; PostgreSQL when the server answers), and the fake SendGrid / a local SMTP server.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from notifier.config import settings as settings_module
from notifier.config.settings import Settings
from notifier.delivery import store
from notifier.publishing.repository import PolicyRepository

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
RELEASE_DAY = date(2026, 11, 21)


@pytest.fixture(scope="session")
def source_clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone of this repository (history and ledger), with the working tree's notifier files on top."""
    target = tmp_path_factory.mktemp("origin") / "repo"
    subprocess.run(["git", "clone", "-q", str(REPO), str(target)], check=True)
    for path in ("policies.yml", "templates", "examples"):
        source = REPO / path
        if source.is_dir():
            shutil.copytree(source, target / path, dirs_exist_ok=True)
        else:
            shutil.copy2(source, target / path)
    git = ["git", "-C", str(target)]
    subprocess.run([*git, "config", "user.email", "tests@example.com"], check=True)
    subprocess.run([*git, "config", "user.name", "Tests"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "notifier files under test"], check=True)
    return target


@pytest.fixture
def repo_root(source_clone: Path, tmp_path: Path) -> Path:
    target = tmp_path / "repo"
    subprocess.run(["git", "clone", "-q", str(source_clone), str(target)], check=True)
    for key, value in (("user.email", "tests@example.com"), ("user.name", "Tests")):
        subprocess.run(["git", "-C", str(target), "config", key, value], check=True)
    return target


def _postgres_available() -> str | None:
    try:
        engine = create_engine(PG_URL)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
    except Exception as exc:
        return f"PostgreSQL at 127.0.0.1:5432 does not answer ({type(exc).__name__}: {str(exc)[:120]})"
    return None


@contextmanager
def fresh_database(engine: str, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, empty database: a SQLite file, or a PostgreSQL schema dropped afterwards."""
    if engine == "sqlite":
        yield f"sqlite:///{tmp_path / 'notifier.sqlite3'}"
        return
    reason = _postgres_available()
    if reason:
        pytest.skip(reason)
    schema = f"notify_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    try:
        yield url
    finally:
        store.open_engine(url).dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database per test, on each engine."""
    with fresh_database(request.param, tmp_path) as url:
        yield url


@dataclass
class World:
    """Everything a scenario needs, opened like the CLI opens it."""

    root: Path
    repository: PolicyRepository
    settings: Settings
    engine: Engine

    def reopen(self, **env: str) -> World:
        repository = PolicyRepository.open(self.root)
        base = {"DATABASE_URL": self.settings.database_url, "POLICIES_SECRET_KEY": "test-secret"}
        settings = settings_module.load(repository.config, base | env)
        return World(self.root, repository, settings, store.open_engine(settings.database_url))


@pytest.fixture
def world(repo_root: Path, database_url: str) -> World:
    repository = PolicyRepository.open(repo_root)
    settings = settings_module.load(
        repository.config, {"DATABASE_URL": database_url, "POLICIES_SECRET_KEY": "test-secret"}
    )
    return World(repo_root, repository, settings, store.open_engine(database_url))
