"""The cookie inventory is released with the cookie policy and compared as facts, not prose (R15-R17)."""

from __future__ import annotations

import yaml

from tests.editor.conftest import EditorRepo

COOKIES_EN = "# Cookie Policy\n\n## 1. What we use {#use}\n\nThe cookies listed below.\n"
COOKIES_FR = "# Politique de cookies\n\n## 1. Ce que nous utilisons {#use}\n\nLes cookies listés ci-dessous.\n"


def words() -> dict[str, dict[str, str]]:
    """A category's title and description in both languages (new dicts each time: YAML aliases are refused)."""
    return {"title": {"en": "Cookies", "fr": "Cookies"}, "description": {"en": "What for.", "fr": "Pour quoi."}}


def purpose() -> dict[str, dict[str, str]]:
    return {"purpose": {"en": "Why.", "fr": "Pourquoi."}}


INVENTORY = {  # one the consent banner can show: words in every language, the consent cookie itself
    "categories": [{"id": "necessary", "required": True, **words()}, {"id": "analytics", "required": False, **words()}],
    "cookies": [
        {"name": "cc_cookie", "provider": "Example Shop", "category": "necessary", "lifetime_days": 182, **purpose()},
        {"name": "session", "provider": "Example Shop", "category": "necessary", "lifetime_days": 0, **purpose()},
        {"name": "_stats", "provider": "Example Shop", "category": "analytics", "lifetime_days": 180, **purpose()},
    ],
}


def cookie_repo(repo: EditorRepo) -> EditorRepo:
    repo.edit(
        "policies.yml",
        "variables:",
        "  cookies:\n    role: cookies\n    title: {en: Cookie Policy, fr: Politique de cookies}\n"
        "    data: data/cookies.yml\nvariables:",
    )
    repo.write("docs/en/cookies.md", COOKIES_EN)
    repo.write("docs/fr/cookies.md", COOKIES_FR)
    repo.write("data/cookies.yml", yaml.safe_dump(INVENTORY))
    repo.commit_all("cookie policy")
    result = repo.release("--on", "2026-01-10", "--class", "minor", policy="cookies")
    assert result.exit_code == 0, result.output
    return repo


def test_the_inventory_is_released_and_proven_with_the_policy(repo: EditorRepo) -> None:
    cookie_repo(repo)
    record = yaml.safe_load(repo.read("policy_versions/cookies/2026-01-10.yml"))
    assert record["data"]["path"] == "data/cookies.yml"
    assert record["data"]["blob"] == repo.git("rev-parse", "HEAD:data/cookies.yml")
    assert repo.policies("check").exit_code == 0


def test_a_new_advertising_vendor_in_the_inventory_is_major_and_asks_consent_again(repo: EditorRepo) -> None:
    cookie_repo(repo)
    inventory = yaml.safe_load(repo.read("data/cookies.yml"))
    inventory["categories"].append({"id": "marketing", "required": False, **words()})
    inventory["cookies"].append(
        {"name": "_ads", "provider": "AdNetwork Inc.", "category": "marketing", "lifetime_days": 90, **purpose()}
    )
    repo.write("data/cookies.yml", yaml.safe_dump(inventory))
    check = repo.policies("check")  # the texts did not change, the facts did
    assert "cookies: unreleased changes since 2026-01-10 in data/cookies.yml; detected class: major" in check.output
    refused = repo.release("--on", "2026-02-01", "--class", "minor", policy="cookies")
    assert refused.exit_code == 1
    assert "--class: minor is lower than the detected class major (R15" in refused.output
    released = repo.release(
        "--on", "2026-02-01",
        "--summary", "en=Advertising cookies from AdNetwork Inc.",
        "--summary", "fr=Cookies publicitaires d’AdNetwork Inc.",
        policy="cookies",
    )  # fmt: skip
    assert released.exit_code == 0, released.output
    record = yaml.safe_load(repo.read("policy_versions/cookies/2026-02-01.yml"))
    assert (record["class"], record["reconsent"], record["effective_at"]) == ("major", True, "2026-03-01")
    assert "data/cookies.yml" in repo.git("show", "--name-only", "--format=", "HEAD").splitlines()


def test_a_cookie_removed_from_the_inventory_is_minor(repo: EditorRepo) -> None:
    cookie_repo(repo)
    inventory = yaml.safe_load(repo.read("data/cookies.yml"))
    inventory["cookies"] = inventory["cookies"][:2]
    repo.write("data/cookies.yml", yaml.safe_dump(inventory))
    result = repo.release("--on", "2026-02-01", policy="cookies")
    assert result.exit_code == 0, result.output
    record = yaml.safe_load(repo.read("policy_versions/cookies/2026-02-01.yml"))
    assert (record["class"], record["reconsent"]) == ("minor", False)
    assert any(reason.startswith("R17") for reason in record["reasons"]), record["reasons"]
