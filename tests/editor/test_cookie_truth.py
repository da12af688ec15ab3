"""The cookie list is released like the text: what readers see is the inventory of the version in force.

Scenarios on a clone of the shipped repository (its real 2023 history), built as readers see the site on a day.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from notifier.site.build import build_site
from tests.editor.conftest import EditorRepo

SHIPPED = Path(__file__).resolve().parents[2]
TIKTOK = {
    "name": "_ttp",
    "provider": "TikTok Technology Limited",
    "category": "marketing",
    "purpose": {"en": "Measures the effect of our TikTok adverts.", "fr": "Mesure l’effet de nos publicités TikTok."},
    "lifetime_days": 390,
}
SUMMARIES = ("--summary", "en=A TikTok advertising cookie.", "--summary", "fr=Un cookie publicitaire TikTok.")


@pytest.fixture
def shipped(tmp_path: Path) -> EditorRepo:
    """The editor's clone of the shipped repository, with this checkout's site and configuration files."""
    root = tmp_path / "shipped"
    subprocess.run(["git", "clone", "-q", str(SHIPPED), str(root)], check=True)
    editor = EditorRepo(root)
    editor.git("config", "user.name", "Legal Editor")
    editor.git("config", "user.email", "legal@example.com")
    for name in ("mkdocs.yml", "policies.yml"):
        shutil.copy(SHIPPED / name, root / name)
    editor.git("add", "-A")
    editor.git("commit", "-q", "--allow-empty", "-m", "site files under test")
    return editor


def add_cookie(repo: EditorRepo, cookie: dict[str, object]) -> None:
    inventory = yaml.safe_load(repo.read("data/cookies.yml"))
    inventory["cookies"].append(cookie)
    repo.write("data/cookies.yml", yaml.safe_dump(inventory, allow_unicode=True, sort_keys=False))


def built(repo: EditorRepo, day: str, tmp_path: Path) -> Path:
    return build_site(repo.root, site_dir=tmp_path / f"site-{day}", as_of=date.fromisoformat(day))


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_a_new_advertising_vendor_is_major_with_reconsent_from_the_first_cookie_change(shipped: EditorRepo) -> None:
    add_cookie(shipped, TIKTOK)
    check = shipped.policies("check")
    assert "data/cookies.yml; detected class: major" in check.output  # against the data released in 2023
    purpose = "Measures the effect of our TikTok adverts."
    assert f"new provider TikTok Technology Limited; marketing: {purpose}" in check.output
    refused = shipped.release("--on", "2026-11-28", policy="cookies")
    assert refused.exit_code == 1 and "needs a summary of the changes in en" in refused.output
    result = shipped.release("--on", "2026-11-28", *SUMMARIES, policy="cookies")
    assert result.exit_code == 0, result.output
    record = yaml.safe_load(shipped.read("policy_versions/cookies/2026-11-28.yml"))
    assert (record["class"], record["reconsent"], record["effective_at"]) == ("major", True, "2026-12-28")
    assert record["data"]["blob"] == shipped.git("rev-parse", "HEAD:data/cookies.yml")
    assert shipped.git("status", "--porcelain", "policy_versions/cookies/2023-02-01.yml") == ""
    assert shipped.policies("check").exit_code == 0


def test_readers_see_the_released_cookies_of_the_version_in_force(shipped: EditorRepo, tmp_path: Path) -> None:
    add_cookie(shipped, TIKTOK)
    assert shipped.release("--on", "2026-11-28", *SUMMARIES, policy="cookies").exit_code == 0
    add_cookie(shipped, {**TIKTOK, "name": "_unreleased_draft"})  # working file only, never released
    before = built(shipped, "2026-12-21", tmp_path)
    for text in (page(before, "en/cookies"), (before / "assets/policies/consent-config.js").read_text("utf-8")):
        assert "_fbp" in text and "_ttp" not in text and "_unreleased_draft" not in text
    assert "_ttp" in page(before, "en/cookies/v/2026-11-28") and "_ttp" in page(before, "fr/cookies/v/2026-11-28")
    archived = page(before, "en/cookies/v/2023-02-01")
    assert 'id="cookie-table"' in archived and "_fbp" in archived and "_ttp" not in archived
    after = built(shipped, "2026-12-28", tmp_path)
    assert "_ttp" in page(after, "en/cookies") and "_unreleased_draft" not in page(after, "en/cookies")
    config = (after / "assets/policies/consent-config.js").read_text("utf-8")
    assert "_ttp" in config and "_unreleased_draft" not in config
    assert page(before, "en/cookies/v/2023-02-01") == page(after, "en/cookies/v/2023-02-01")


def test_the_redline_of_a_cookie_release_shows_the_rows_that_changed(shipped: EditorRepo, tmp_path: Path) -> None:
    add_cookie(shipped, TIKTOK)
    inventory = yaml.safe_load(shipped.read("data/cookies.yml"))
    matomo = next(c for c in inventory["cookies"] if c["name"] == "_pk_id")
    matomo["lifetime_days"] = 182
    inventory["cookies"] = [c for c in inventory["cookies"] if c["name"] != "_fbp"]
    shipped.write("data/cookies.yml", yaml.safe_dump(inventory, allow_unicode=True, sort_keys=False))
    assert shipped.release("--on", "2026-11-28", *SUMMARIES, policy="cookies").exit_code == 0
    site = built(shipped, "2026-11-28", tmp_path)
    english = page(site, "en/cookies/changes/2026-11-28")
    table = english[english.index('id="cookie-table-changes"') :]
    assert "TikTok Technology Limited" in table and "<ins" in table and "Measures the effect" in table
    assert "_fbp" in table and "<del" in table
    assert "_pk_id" in table and "13\u00a0months" in table and "6\u00a0months" in table  # lifetimes never wrap
    assert "cc_cookie" not in table  # unchanged rows stay out
    assert "visually-hidden" in table
    french = page(site, "fr/cookies/changes/2026-11-28")
    assert "Mesure l’effet de nos publicités TikTok." in french[french.index('id="cookie-table-changes"') :]


def test_a_yaml_alias_in_the_cookie_inventory_is_refused(shipped: EditorRepo) -> None:
    text = shipped.read("data/cookies.yml").replace("categories:", "categories: &all", 1)
    shipped.write("data/cookies.yml", text + "copy: *all\n")
    check = shipped.policies("check")
    assert check.exit_code == 1 and "data/cookies.yml:" in check.output and "alias" in check.output
    refused = shipped.release("--on", "2026-11-28", *SUMMARIES, policy="cookies")
    assert refused.exit_code == 1 and "alias" in refused.output


def test_an_inventory_the_banner_could_not_show_is_never_released(shipped: EditorRepo) -> None:
    """Released data is immutable and every later build reads it: it is checked before, not after."""
    add_cookie(shipped, {**TIKTOK, "lifetime_days": 400})
    refused = shipped.release("--on", "2026-11-28", *SUMMARIES, policy="cookies")
    assert refused.exit_code == 1
    assert "cookie _ttp lives 400 days, more than 13 months (395 days)" in refused.output
    assert not (shipped.root / "policy_versions/cookies/2026-11-28.yml").exists()


def test_a_provider_named_per_language_reads_in_the_readers_language(shipped: EditorRepo, tmp_path: Path) -> None:
    """The shipped data names Matomo's host in French for /fr/; translating a name is no new provider."""
    check = shipped.policies("check")
    assert check.exit_code == 0 and "new provider" not in check.output, check.output
    assert shipped.release("--on", "2026-11-28", policy="cookies").exit_code == 0
    site = built(shipped, "2026-11-28", tmp_path)
    french, english = page(site, "fr/cookies"), page(site, "en/cookies")
    assert "Matomo (hébergé par 24 Sèvres)" in french and "hosted by" not in french
    assert "Matomo (hosted by 24 Sèvres)" in english and "hébergé" not in english
    banner = json.loads(
        (site / "assets/policies/consent-config.js").read_text("utf-8").split(" = ", 1)[1].rstrip(";\n")
    )
    providers = {
        lang: {row["provider"] for section in words["preferencesModal"]["sections"] for row in _rows(section)}
        for lang, words in banner["translations"].items()
    }
    assert "Matomo (hébergé par 24 Sèvres)" in providers["fr"] and "Matomo (hosted by 24 Sèvres)" in providers["en"]


def _rows(section: dict[str, Any]) -> list[dict[str, str]]:
    return section.get("cookieTable", {}).get("body", [])
