"""policies.yml is read one way: every field declared with its type, and each mistake named by line and field.

An editor who misspells a setting, writes a word where a number goes or forgets which policy drives the
cookie banner is told where and what to write, in one message each, never with a traceback. Reading the
settings writes nothing: the demo signing key is made by an explicit command.
"""

from __future__ import annotations

import stat

import pytest

from notifier.config import project, settings
from notifier.problems import PolicyError
from tests.editor.conftest import EditorRepo
from tests.editor.test_cookie_facts import cookie_repo

NOTIFIER = """\
notifier:
  from: {email: privacy@example.com, name: Example Shop}
  token_ttl_days: 90
"""
KEY = {"POLICIES_SECRET_KEY": "test-secret"}


def line_of(repo: EditorRepo, text: str) -> int:
    """The line of policies.yml where `text` is written (1-based)."""
    lines = repo.read("policies.yml").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def settings_problems(repo: EditorRepo, env: dict[str, str] | None = None) -> list[str]:
    with pytest.raises(PolicyError) as error:
        settings.load(project.load(repo.root), KEY if env is None else env)
    return [str(problem) for problem in error.value.problems]


def test_a_word_where_a_number_goes_names_the_line_the_setting_and_the_range(repo: EditorRepo) -> None:
    repo.write(
        "policies.yml", repo.read("policies.yml") + NOTIFIER.replace("token_ttl_days: 90", "token_ttl_days: ninety")
    )
    line = line_of(repo, "token_ttl_days")
    assert settings_problems(repo) == [
        f"policies.yml:{line} (notifier.token_ttl_days): must be a whole number from 1 to 3650, not 'ninety'"
    ]


def test_a_misspelt_setting_is_refused_with_the_closest_known_one(repo: EditorRepo) -> None:
    repo.write("policies.yml", repo.read("policies.yml") + NOTIFIER + "  replyto: dpo@example.com\n")
    (problem,) = settings_problems(repo)
    assert problem.startswith(f"policies.yml:{line_of(repo, 'replyto')} (notifier.replyto): ")
    assert "unknown field 'replyto' (did you mean 'reply_to'?)" in problem


def test_a_misspelt_block_fails_the_check_with_the_closest_known_one(repo: EditorRepo) -> None:
    repo.write("policies.yml", repo.read("policies.yml") + NOTIFIER.replace("notifier:", "notifer:"))
    result = repo.policies("check")
    assert result.exit_code == 1
    assert (
        f"policies.yml:{line_of(repo, 'notifer')} (notifer): unknown field 'notifer' (did you mean 'notifier'?)"
        in result.output
    )
    assert "Traceback" not in result.output


def test_cookie_data_without_the_cookies_role_says_which_role_to_add(repo: EditorRepo) -> None:
    cookie_repo(repo)
    repo.edit("policies.yml", "    role: cookies\n", "")
    result = repo.policies("check")
    assert result.exit_code == 1
    assert (
        f"policies.yml:{line_of(repo, 'data: data/cookies.yml')} (policies.cookies.data): only the policy with "
        "`role: cookies` has cookie data: add `role: cookies` under policies.cookies"
    ) in result.output


def test_a_misspelt_role_names_the_roles_there_are(repo: EditorRepo) -> None:
    cookie_repo(repo)
    repo.edit("policies.yml", "    role: cookies\n", "    role: cookie\n")
    result = repo.policies("check")
    assert result.exit_code == 1
    assert (
        f"policies.yml:{line_of(repo, 'role: cookie')} (policies.cookies.role): "
        "'cookie' is not one of privacy, cookies (did you mean 'cookies'?)"
    ) in result.output


def test_one_role_is_played_by_one_policy(repo: EditorRepo) -> None:
    repo.edit("policies.yml", "  privacy:\n", "  privacy:\n    role: privacy\n")
    repo.edit(
        "policies.yml", "variables:", "  terms:\n    role: privacy\n    title: {en: Terms, fr: Conditions}\nvariables:"
    )
    with pytest.raises(PolicyError) as error:
        project.load(repo.root)
    lines = repo.read("policies.yml").splitlines()
    second = max(number for number, line in enumerate(lines, start=1) if "role: privacy" in line)
    assert [str(p) for p in error.value.problems] == [
        f"policies.yml:{second} (policies.terms.role): policy 'privacy' already has role privacy; one policy per role"
    ]


def test_the_banner_needs_a_policy_with_the_cookies_role(repo: EditorRepo) -> None:
    repo.write("policies.yml", repo.read("policies.yml") + "consent:\n  expiry_months: 6\n")
    result = repo.policies("check")
    assert result.exit_code == 1
    assert "policies.yml: no policy has `role: cookies`: the consent banner shows that policy's cookie data" in (
        result.output
    )


def test_a_cookie_provider_must_be_named_in_every_language_when_named_per_language(repo: EditorRepo) -> None:
    cookie_repo(repo)
    repo.write("policies.yml", repo.read("policies.yml") + "consent:\n  expiry_months: 6\n")  # the banner is on
    repo.edit("data/cookies.yml", "provider: Example Shop\n  purpose", "provider: {en: Example Shop}\n  purpose")
    result = repo.policies("check")
    assert result.exit_code == 1
    assert "(cookies[0].provider): cookie cc_cookie: provider has no text for fr (B10)" in result.output


def test_loading_the_settings_writes_no_key_and_signing_says_how_to_make_a_demo_one(repo: EditorRepo) -> None:
    repo.write("policies.yml", repo.read("policies.yml") + NOTIFIER)
    key = repo.root / "var" / "secret.key"
    loaded = settings.load(project.load(repo.root), {})
    assert not key.exists()
    with pytest.raises(PolicyError) as error:
        loaded.check_signing_key()
    assert str(error.value) == (
        "POLICIES_SECRET_KEY: not set, and no demo key in var/secret.key: set it in production, "
        "or run `policies keys --demo` to make a local key for a demo"
    )
    tick = repo.policies("tick", env={"DATABASE_URL": f"sqlite:///{repo.root / 'var' / 'db.sqlite3'}"})
    assert tick.exit_code == 1 and "run `policies keys --demo`" in tick.output and not key.exists()
    made = repo.policies("keys", "--demo")
    assert made.exit_code == 0 and "var/secret.key: written" in made.output
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    first = key.read_text(encoding="utf-8")
    assert settings.load(project.load(repo.root), {}).secret_key == first.encode()
    again = repo.policies("keys", "--demo")
    assert "already there, kept" in again.output and key.read_text(encoding="utf-8") == first
