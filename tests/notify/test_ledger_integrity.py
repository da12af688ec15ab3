"""An operator's tick and site build refuse a ledger that fails its integrity checks: nobody is emailed, nothing
is published, and the message says which record and what to do."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from helpers import import_sample, outbox, run_tick

from notifier.problems import PolicyError
from notifier.site.build import build_site

MAJOR = "policy_versions/privacy/2026-11-21.yml"


def _git(world, *args: str) -> None:
    subprocess.run(["git", "-C", str(world.root), *args], check=True, capture_output=True)


def _backdate_the_major_release(world) -> None:
    """A hand edit: the major change 'published a month earlier', so it would take effect at once."""
    path = world.root / MAJOR
    text = path.read_text(encoding="utf-8")
    path.unlink()
    backdated = world.root / "policy_versions/privacy/2026-10-21.yml"
    backdated.write_text(
        text.replace("version: '2026-11-21'", "version: '2026-10-21'")
        .replace("published_at: '2026-11-21'", "published_at: '2026-10-21'")
        .replace("effective_at: '2026-12-21'", "effective_at: '2026-11-21'"),
        encoding="utf-8",
    )
    _git(world, "add", "-A")
    _git(world, "commit", "-qm", "Publish the privacy change a month earlier")


def test_a_tick_refuses_to_email_from_a_backdated_ledger(world):
    import_sample(world)
    _backdate_the_major_release(world)
    world = world.reopen()

    with pytest.raises(PolicyError) as error:
        run_tick(world, date(2026, 11, 22))

    messages = [str(problem) for problem in error.value.problems]
    assert any(m.startswith(f"{MAJOR}: released in commit ") for m in messages), messages
    assert any("2026-10-21.yml (published_at): published_at 2026-10-21 is earlier than" in m for m in messages)
    assert outbox(world) == []


def test_a_site_build_refuses_a_ledger_with_a_deleted_release(world, tmp_path):
    _git(world, "rm", "-q", MAJOR)
    _git(world, "commit", "-qm", "Withdraw the privacy change")

    with pytest.raises(PolicyError) as error:
        build_site(world.root, site_dir=tmp_path / "site", as_of=date(2026, 11, 25))

    assert any(str(p).startswith(f"{MAJOR}: released in commit ") for p in error.value.problems)
    assert not (tmp_path / "site" / "en").exists()


def test_plain_mkdocs_build_refuses_it_too(world, tmp_path):
    _backdate_the_major_release(world)
    mkdocs = Path(sys.executable).parent / "mkdocs"

    done = subprocess.run(
        [str(mkdocs), "build", "-q", "-f", str(world.root / "mkdocs.yml"), "-d", str(tmp_path / "site")],
        capture_output=True,
        text=True,
    )

    assert done.returncode == 1
    assert "2026-10-21.yml (published_at): published_at 2026-10-21 is earlier than the release commit" in done.stderr
    assert not (tmp_path / "site" / "en" / "privacy").exists()
