"""`policies evidence`: one folder proving what users of a version saw, when, and what they answered (T4, T5,
B9), made from a real clone and database after the README's main job (users import, tick)."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from notifier.audit import consents
from notifier.audit.proof import user_proof
from notifier.cli import cli
from notifier.delivery.notices import find_user, record
from notifier.delivery.store import consents as consent_log
from tests.notify.helpers import import_sample, run_tick

RELEASE_DAY_TICK = "2026-11-25"
BUNDLE_FILES = [
    "SHA256SUMS",
    "evidence.json",
    "index.html",
    "ledger.yml",
    "notice/en.html",
    "notice/en.txt",
    "notice/fr.html",
    "notice/fr.txt",
    "redline/en.html",
    "redline/fr.html",
    "texts/en.md",
    "texts/fr.md",
    "users/u-0001.json",
]


def _invoke(world, *args: str):
    env = {
        "POLICIES_ROOT": str(world.root),
        "DATABASE_URL": world.settings.database_url,
        "POLICIES_SECRET_KEY": "test-secret",
        "POLICIES_OUTBOX": str(world.settings.outbox),
    }
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def told(world):
    """The main job ran: 14 users emailed about privacy 2026-11-21; u-0001 acknowledged it in the pop-up."""
    from datetime import date

    import_sample(world)
    run_tick(world, date.fromisoformat(RELEASE_DAY_TICK))
    user = find_user(world.engine, world.repository, "u-0001")
    record(world.engine, world.repository, user, "privacy/2026-11-21", "acknowledge", "popup")
    return world


def test_the_bundle_of_privacy_2026_11_21(told, tmp_path) -> None:
    out = tmp_path / "evidence"
    result = _invoke(told, "evidence", "privacy", "2026-11-21", "--out", str(out), "--user", "u-0001")
    assert result.exit_code == 0, result.output
    assert _files(out) == BUNDLE_FILES
    listed = dict(reversed(line.split("  ")) for line in (out / "SHA256SUMS").read_text().splitlines())
    assert sorted(listed) == [f for f in BUNDLE_FILES if f != "SHA256SUMS"]
    for name, sha in listed.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == sha, name

    evidence = json.loads((out / "evidence.json").read_text(encoding="utf-8"))
    version = told.repository.ledger.get("privacy", "2026-11-21")
    for lang in ("en", "fr"):
        assert listed[f"texts/{lang}.md"] == version.texts[lang].sha256, "the text as released, proven by sha256"
        assert evidence["texts"][lang]["redline_from"] == "2023-02-01"
        assert evidence["notice"][lang]["same_as_sent"] is True
    added = subprocess.run(
        ["git", "-C", str(told.root), "log", "--diff-filter=A", "--format=%H %an", "--", version.record_path],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split(maxsplit=1)
    assert evidence["release_commit"]["id"] == added[0] and evidence["release_commit"]["author"].startswith(
        added[1].strip()
    )
    counts = evidence["counts"]
    assert counts["deliveries"] == [{"status": "sent", "provider_status": None, "count": 14}]
    assert counts["acknowledgements"] == [{"action": "acknowledge", "channel": "popup", "locale": "fr", "count": 1}]
    assert "consent_log" not in counts, "consent counts belong to cookie-policy versions"
    proof = json.loads((out / "users/u-0001.json").read_text(encoding="utf-8"))
    assert proof == json.loads(json.dumps(user_proof(told.engine, "u-0001"), default=str))
    page = (out / "index.html").read_text(encoding="utf-8")
    assert '<section lang="en">' in page and '<section lang="fr">' in page
    assert "Preuves : politique privacy, version 2026-11-21" in page and "same as sent" in page
    assert result.output.splitlines()[-1] == f"evidence for privacy 2026-11-21 written to {out}"


def test_a_cookie_policy_bundle_counts_the_consent_log(world, tmp_path) -> None:
    base = {
        "consent_id": "0b8e5c1a-2f4d-4e6a-9c3b-7d1e2f3a4b5c",
        "categories": {"necessary": True, "analytics": False, "marketing": False},
        "config_hash": "a1b2c3d4e5f6",
        "cookie_policy_version": "2023-02-01",
        "language": "en",
        "at": "2026-11-25T09:30:00Z",
    }
    for index, act in enumerate(("reject_all", "reject_all", "accept_all", "withdraw")):
        row = consents.validate(base | {"record_id": f"r-{index:020d}", "act": act}, world.repository)
        consent_log.append(world.engine, row)
    out = tmp_path / "cookies"
    assert _invoke(world, "evidence", "cookies", "2023-02-01", "--out", str(out)).exit_code == 0
    evidence = json.loads((out / "evidence.json").read_text(encoding="utf-8"))
    assert evidence["counts"]["consent_log"] == {"reject_all": 2, "accept_all": 1, "withdraw": 1}
    assert evidence["notice"] == {}, "a minor version is not notified"
    assert _files(out) == ["SHA256SUMS", "evidence.json", "index.html", "ledger.yml", "texts/en.md", "texts/fr.md"]


def test_refusals_name_what_is_wrong(told, tmp_path) -> None:
    tmp_path = tmp_path / "bundles"  # the fixture's database and clone live in tmp_path itself
    (tmp_path / "used").mkdir(parents=True)
    (tmp_path / "used" / "notes.txt").write_text("mine")
    result = _invoke(told, "evidence", "privacy", "2026-11-21", "--out", str(tmp_path / "used"))
    assert result.exit_code == 1 and "is not empty" in result.output
    result = _invoke(told, "evidence", "privacy", "2099-01-01", "--out", str(tmp_path / "a"))
    assert result.exit_code == 1 and "2099-01-01" in result.output
    result = _invoke(told, "evidence", "privacy", "2026-11-21", "--out", str(tmp_path / "b"), "--user", "nobody")
    assert result.exit_code == 1 and "--user nobody: no such user in the store" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["used"], "nothing written when refused"


def test_a_record_whose_text_does_not_match_git_is_refused(world, tmp_path) -> None:
    record_path = world.root / "policy_versions/privacy/2026-11-21.yml"
    text = record_path.read_text(encoding="utf-8")
    tampered = text.replace("4fc92bb43927d6616b2de81b1a826c1f86f9857608a9d3023530b52cbbcfc86c", "a" * 64)
    assert tampered != text
    record_path.write_text(tampered, encoding="utf-8")
    bundles = tmp_path / "bundles"
    result = _invoke(world, "evidence", "privacy", "2026-11-21", "--out", str(bundles / "out"))
    assert result.exit_code == 1
    assert "policy_versions/privacy/2026-11-21.yml (texts.en)" in result.output
    assert "does not match the recorded sha256" in result.output
    assert list(bundles.iterdir()) == [], "no partial bundle is left behind"
