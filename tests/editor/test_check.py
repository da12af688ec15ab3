"""`policies check` tells a legal editor exactly what is wrong, where, and what to do."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from notifier.problems import PolicyError
from notifier.publishing.repository import PolicyRepository
from tests.editor.conftest import EditorRepo

RECORD = "policy_versions/privacy/2023-02-01.yml"


def check(repo: EditorRepo) -> tuple[int, str]:
    result = repo.policies("check")
    return result.exit_code, result.output


def test_a_clean_repository_passes(released: EditorRepo) -> None:
    code, output = check(released)
    assert code == 0, output
    assert "privacy: no change since 2023-02-01" in output
    assert "ok: 1 policies, 1 released versions checked" in output


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "class: minor",
            "class: important",
            "policy_versions/privacy/2023-02-01.yml:5 (class): class must be one of "
            "editorial | minor | major | rights_reducing, not 'important'",
        ),
        (
            "effective_at: '2023-02-01'",
            "effective_at: 1st of February",
            "(effective_at): effective_at must be a date written YYYY-MM-DD, not '1st of February'",
        ),
        (
            "version: '2023-02-01'",
            "version: '2023-02-02'",
            "(version): version '2023-02-02' does not match the file name '2023-02-01.yml'",
        ),
        (
            "class: minor",
            "class: major",
            "(effective_at): effective_at 2023-02-01 is too early: a major change "
            "published on 2023-02-01 takes effect on 2023-03-01 at the earliest (T1)",
        ),
        ("class: minor", "class: major", "(summary): a major release needs a summary of the changes in en"),
        ("reconsent: false", "reconsent: false\nsigned_by: me", "(signed_by): unknown field 'signed_by'"),
        ("policy: privacy\n", "", "policy_versions/privacy/2023-02-01.yml:1: required field 'policy' is missing"),
        ("reasons:", "reasons: [", "policy_versions/privacy/2023-02-01.yml:7: not valid YAML"),
    ],
    ids=["class", "date", "version", "too-early", "summary", "unknown-field", "missing-field", "yaml"],
)
def test_every_broken_record_is_reported_by_field(released: EditorRepo, old: str, new: str, message: str) -> None:
    released.edit(RECORD, old, new)
    code, output = check(released)
    assert code == 1
    assert message in output


def test_a_record_changed_after_release_fails_even_when_committed(released: EditorRepo) -> None:
    released.edit(RECORD, "First published version.", "First version.")
    released.commit_all("tidy the ledger")
    code, output = check(released)
    assert code == 1
    assert f"{RECORD}: changed after release (released in commit " in output
    assert "released versions are immutable: restore it with `git checkout" in output


def test_a_tampered_hash_stops_the_build_with_what_to_do(released: EditorRepo) -> None:
    text = released.read(RECORD)
    sha = text.split("sha256: ")[1].split("\n")[0]
    released.write(RECORD, text.replace(sha, "ab" * 32))
    repository = PolicyRepository.open(released.root)
    version = repository.ledger.get("privacy", "2023-02-01")
    with pytest.raises(PolicyError) as error:
        repository.released_markdown(version, "en")
    assert str(error.value) == (
        f"{RECORD} (texts.en): the text in git does not match the recorded sha256 abababababab…: "
        "the record was edited after release; restore it with `git checkout` from its release commit"
    )


def test_a_shallow_clone_cannot_prove_old_versions_and_says_how_to_fix_it(released: EditorRepo, tmp_path: Path) -> None:
    released.fix_punctuation()
    assert released.release("--on", "2023-03-01", "--class", "editorial").exit_code == 0
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{released.root}", str(shallow)], check=True)
    repository = PolicyRepository.open(shallow)
    old = repository.ledger.get("privacy", "2023-02-01")
    with pytest.raises(PolicyError, match=r"is not in git: this clone is shallow: run `git fetch --unshallow`"):
        repository.released_markdown(old, "en")
    assert "about your data!" in repository.released_markdown(repository.ledger.get("privacy", "2023-03-01"), "en")
    code, output = check(EditorRepo(shallow))
    assert code == 1
    assert "2023-02-01.yml (texts.en): released text" in output
    assert "is missing from git: run `git fetch --unshallow`" in output


def test_released_texts_are_read_back_from_git_with_the_values_of_their_day(released: EditorRepo) -> None:
    released.edit("policies.yml", "dpo@example.com", "privacy@example.com")
    released.edit("docs/en/privacy.md", "about your data.", "about your data!")
    repository = PolicyRepository.open(released.root)
    first = repository.ledger.get("privacy", "2023-02-01")
    text = repository.released_markdown(first, "en")
    assert "Write to dpo@example.com." in text  # the address published then, not today's
    assert "We care about your data." in text  # the released text, not the working copy
    assert "Write to privacy@example.com." in repository.working_markdown("privacy", "en")


def test_a_missing_section_in_one_language_is_reported_with_the_id_to_use(repo: EditorRepo) -> None:
    text = repo.read("docs/fr/privacy.md")
    repo.write("docs/fr/privacy.md", text.split("## 2. Vos droits")[0])
    code, output = check(repo)
    assert code == 1
    assert (
        "docs/fr/privacy.md: section 'rights' (docs/en/privacy.md:9) is missing in fr; "
        "translate it with the same id {#rights}" in output
    )


def test_a_section_changed_in_one_language_only_is_reported(released: EditorRepo) -> None:
    released.edit("docs/fr/privacy.md", "Vos nom", "Vos prénom, nom")
    code, output = check(released)
    assert code == 1
    assert "docs/en/privacy.md: section 'data' changed since the last release in fr" in output


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "## 2. Your rights {#rights}",
            "## 2. Your rights",
            "docs/en/privacy.md:9: heading '2. Your rights' needs a stable id: write `{#rights}`, "
            "the id the fr text uses for this section",
        ),
        ("{#rights}", "{#data}", "docs/en/privacy.md:9: section id 'data' is already used on line 5"),
        (
            "{{ dpo_email }}",
            "{{ dpo_mail }}",
            "docs/en/privacy.md:11: unknown variable 'dpo_mail' (did you mean 'dpo_email'?); "
            "define it under variables in policies.yml",
        ),
        ("{{ dpo_email }}", "{{ dpo_email }", "docs/en/privacy.md:11: '{{' without its closing '}}'"),
        ("Write to", "See [our contact page]() or write to", "docs/en/privacy.md:11: link without a target"),
    ],
    ids=["no-id", "duplicate-id", "unknown-variable", "unclosed-variable", "empty-link"],
)
def test_markdown_problems_name_the_line(repo: EditorRepo, old: str, new: str, message: str) -> None:
    repo.edit("docs/en/privacy.md", old, new)
    code, output = check(repo)
    assert code == 1
    assert message in output


def test_asking_readers_to_check_the_page_regularly_is_a_warning_not_a_failure(repo: EditorRepo) -> None:
    repo.edit("docs/en/privacy.md", "We care about your data.", "Please check this page regularly.")
    code, output = check(repo)
    assert code == 0, output
    assert "docs/en/privacy.md:3: warning: R19: asking readers to check the page regularly" in output


def test_a_variable_set_for_one_language_only_fails_for_the_other(repo: EditorRepo) -> None:
    repo.edit("policies.yml", "dpo_email: dpo@example.com", "dpo_email: {en: dpo@example.com}")
    code, output = check(repo)
    assert code == 1
    assert "docs/fr/privacy.md:11: variable 'dpo_email' has no value for fr; set variables.dpo_email" in output


def test_a_broken_configuration_names_the_line(repo: EditorRepo) -> None:
    repo.edit("policies.yml", "url: https://legal.example.com/", "url: legal.example.com")
    code, output = check(repo)
    assert code == 1
    assert "policies.yml:3: site.url must be the absolute https:// address of the site" in output


def test_this_repository_passes_its_own_check_and_shows_the_upcoming_privacy_version() -> None:
    root = Path(__file__).resolve().parents[2]
    if not (root / ".git").exists():
        pytest.skip("not a git checkout")
    repo = EditorRepo(root)
    code, output = check(repo)
    assert code == 0, output
    result = repo.policies("timeline", "--as-of", "2026-11-25")
    assert result.exit_code == 0
    assert "2023-02-01    2023-02-01  2023-02-01  minor            in force" in result.output
    assert "2026-11-21    2026-11-21  2026-12-21  major            upcoming" in result.output


def test_a_heading_missing_its_id_in_one_language_is_one_problem_with_the_id_the_other_uses(
    released: EditorRepo,
) -> None:
    released.edit("docs/fr/privacy.md", "## 2. Vos droits {#rights}", "## 2. Vos droits")
    code, output = check(released)
    assert code == 1
    problems = [line for line in output.splitlines() if line.startswith("docs/")]
    assert problems == [
        "docs/fr/privacy.md:9: heading '2. Vos droits' needs a stable id: "
        "write `{#rights}`, the id the en text uses for this section"
    ], output


def test_an_unknown_variable_suggests_the_closest_defined_one(repo: EditorRepo) -> None:
    repo.edit("docs/fr/privacy.md", "{{ dpo_email }}", "{{ dpo_emial }}")
    code, output = check(repo)
    assert code == 1
    assert (
        "docs/fr/privacy.md:11: unknown variable 'dpo_emial' (did you mean 'dpo_email'?); "
        "define it under variables in policies.yml" in output
    )


def test_what_check_shows_is_written_for_an_editor(released: EditorRepo) -> None:
    """Classes and reasons in words: variables filled in, no Python values."""
    released.edit("docs/en/privacy.md", "Write to {{ dpo_email }}.", "Write to us.")
    released.edit("docs/fr/privacy.md", "Écrivez à {{ dpo_email }}.", "Écrivez-nous.")
    code, output = check(released)
    assert code == 0, output
    assert "R14 [rights]: “dpo@example.com” → “us”" in output
    assert "{{" not in output and "dpo_email" not in output


def test_an_impossible_date_says_that_day_does_not_exist(released: EditorRepo) -> None:
    released.fix_punctuation()
    result = released.policies("release", "privacy", "--on", "2026-02-30")
    assert result.exit_code == 2
    assert "30 February 2026 does not exist" in result.output
    released.edit(RECORD, "effective_at: '2023-02-01'", "effective_at: '2023-02-29'")
    code, output = check(released)
    assert code == 1 and "(effective_at): effective_at: 29 February 2023 does not exist" in output
    released.edit(RECORD, "effective_at: '2023-02-29'", "effective_at: 2023-02-29")  # a YAML date, unquoted
    code, output = check(released)
    assert code == 1 and f"{RECORD}:4: 29 February 2023 does not exist" in output
