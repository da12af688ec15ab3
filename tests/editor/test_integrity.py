"""The ledger cannot be rewritten quietly: deleted, backdated or booby-trapped records stop `policies check`."""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from tests.editor.conftest import EditorRepo

SHIPPED = Path(__file__).resolve().parents[2]
HISTORY = "ledger:\n  published_before_repository: [privacy/2023-02-01]\n"


def check(repo: EditorRepo) -> tuple[int, str]:
    result = repo.policies("check")
    return result.exit_code, result.output


def hand_written_record(repo: EditorRepo, version: str, **fields: str) -> str:
    """A record written by hand for the working texts, as if released on `version`, without `policies release`."""
    record = yaml.safe_load(repo.read("policy_versions/privacy/2023-02-01.yml"))
    record.update(version=version, published_at=version, effective_at=version, **fields)
    for text in record["texts"].values():
        data = (repo.root / text["path"]).read_bytes()
        text["blob"] = repo.git("hash-object", "-w", text["path"])
        text["sha256"] = hashlib.sha256(data).hexdigest()
    path = f"policy_versions/privacy/{version}.yml"
    repo.write(path, yaml.safe_dump(record, sort_keys=False, allow_unicode=True))
    return path


def test_a_released_record_deleted_with_git_rm_fails_check(released: EditorRepo) -> None:
    released.fix_punctuation()
    assert released.release("--on", "2023-03-01", "--class", "editorial").exit_code == 0
    released.git("rm", "-q", "policy_versions/privacy/2023-03-01.yml")
    released.git("commit", "-qm", "tidy the ledger")

    code, output = check(released)

    assert code == 1
    released_in = released.git("log", "--format=%H", "--diff-filter=A", "--", "policy_versions/privacy/2023-03-01.yml")
    assert (
        f"policy_versions/privacy/2023-03-01.yml: released in commit {released_in[:12]} and deleted since: released "
        f"versions are permanent; restore it with `git checkout {released_in[:12]} -- "
        "policy_versions/privacy/2023-03-01.yml`"
    ) in output


def test_a_record_deleted_from_the_working_tree_fails_check(released: EditorRepo) -> None:
    (released.root / "policy_versions/privacy/2023-02-01.yml").unlink()
    code, output = check(released)
    assert code == 1
    assert "policy_versions/privacy/2023-02-01.yml: released in commit" in output


def test_a_hand_written_record_backdated_before_its_commit_fails_check(released: EditorRepo) -> None:
    released.fix_punctuation()
    path = hand_written_record(released, "2023-03-01", **{"class": "editorial"})
    released.commit_all("Release privacy 2023-03-01")  # committed today, dated a long time ago

    code, output = check(released)

    assert code == 1
    commit = released.git("log", "-1", "--format=%H %cs")
    sha, day = commit.split()
    assert (
        f"{path} (published_at): published_at 2023-03-01 is earlier than the release commit {sha[:12]} of {day}: "
        "a version is published when it is recorded; remove this record and release with `policies release`"
    ) in output


def test_releasing_a_major_change_on_a_past_date_is_refused(released: EditorRepo) -> None:
    released.slow_down_answers()
    result = released.policies(
        "release", "privacy", "--on", "2026-01-05", "--class", "major",
        "--summary", "en=Slower answers.", "--summary", "fr=Réponses plus lentes.",
    )  # fmt: skip
    assert result.exit_code == 1
    assert "--on: 2026-01-05 is before the day of the release commit (" in result.output
    assert "a version is published when it is released; leave out --on or give a later day" in result.output
    assert not (released.root / "policy_versions/privacy/2026-01-05.yml").exists()


def test_a_release_on_a_later_day_is_accepted(released: EditorRepo) -> None:
    released.fix_punctuation()
    result = released.policies("release", "privacy", "--on", "2099-01-01", "--class", "editorial")
    assert result.exit_code == 0, result.output
    assert check(released)[0] == 0


def test_a_yaml_alias_bomb_in_a_record_is_refused_before_it_expands(released: EditorRepo) -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 12)]
    released.write("policy_versions/privacy/2023-02-01.yml", released.read(
        "policy_versions/privacy/2023-02-01.yml") + "\n".join(lines) + "\n")  # fmt: skip

    code, output = check(released)

    assert code == 1
    assert (
        "policy_versions/privacy/2023-02-01.yml:24: YAML anchors and aliases (&name, *name) are not allowed here; "
        "write every value out" in output
    )


def test_an_alias_in_policies_yml_is_refused_with_its_line(repo: EditorRepo) -> None:
    repo.write("policies.yml", repo.read("policies.yml") + "extra: &x [1]\nmore: *x\n")
    code, output = check(repo)
    assert code == 1
    assert "policies.yml:12: YAML anchors and aliases (&name, *name) are not allowed here" in output


def test_the_shipped_versions_published_before_the_repository_pass_check() -> None:
    code, output = check(EditorRepo(SHIPPED))
    assert code == 0, output


def test_a_version_published_before_the_repository_is_released_once_listed_in_policies_yml(repo: EditorRepo) -> None:
    repo.write("policies.yml", repo.read("policies.yml") + HISTORY)
    repo.commit_all("The privacy policy was published on 1 February 2023, before this repository")

    result = repo.policies("release", "privacy", "--on", "2023-02-01", "--class", "minor", "--reason", "First.")

    assert result.exit_code == 0, result.output
    code, output = check(repo)
    assert code == 0, output


def test_an_unlisted_version_cannot_be_released_on_a_past_day(repo: EditorRepo) -> None:
    result = repo.policies("release", "privacy", "--on", "2023-02-01", "--class", "minor", "--reason", "First.")
    assert result.exit_code == 1
    assert "ledger.published_before_repository in policies.yml" in result.output


def test_a_version_published_before_the_repository_cannot_announce_a_major_change(repo: EditorRepo) -> None:
    repo.write("policies.yml", repo.read("policies.yml") + HISTORY)
    repo.commit_all("history")
    result = repo.policies(
        "release", "privacy", "--on", "2023-02-01", "--class", "major",
        "--summary", "en=Everything.", "--summary", "fr=Tout.",
    )  # fmt: skip
    assert result.exit_code == 1
    assert (
        "--class: privacy/2023-02-01 was published before this repository: it can only be recorded as "
        "editorial or minor, in force from its publication day, so it never starts or shortens a notice"
    ) in result.output


def test_history_cannot_be_inserted_after_the_first_release(released: EditorRepo) -> None:
    """Listing a backdated record in policies.yml later does not make it history: it came after a release."""
    released.write("docs/en/privacy.md", released.read("docs/en/privacy.md") + "\nOld.\n")
    released.write("docs/fr/privacy.md", released.read("docs/fr/privacy.md") + "\nAncien.\n")
    path = hand_written_record(released, "2023-01-15")
    released.write("policies.yml", released.read("policies.yml") + HISTORY.replace("2023-02-01", "2023-01-15"))
    released.commit_all("An older version we forgot")

    code, output = check(released)

    assert code == 1
    assert (
        f"{path}: listed in policies.yml (ledger.published_before_repository) but recorded after the release of "
        "privacy 2023-02-01: only versions recorded before every other release can be history; remove this record "
        "and its entry"
    ) in output
