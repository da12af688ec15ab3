"""A legal editor releases versions; the ledger and git prove what was published and when."""

from __future__ import annotations

import hashlib

import yaml

from tests.editor.conftest import EditorRepo


def record(repo: EditorRepo, version: str) -> dict:
    return yaml.safe_load(repo.read(f"policy_versions/privacy/{version}.yml"))


def test_three_releases_and_what_is_in_force_before_between_and_after(repo: EditorRepo) -> None:
    assert repo.release("--on", "2026-01-05", "--class", "minor", "--reason", "First published version.").exit_code == 0

    repo.fix_punctuation()
    assert repo.release("--on", "2026-01-31", "--class", "editorial").exit_code == 0

    repo.collect_location()
    result = repo.release(
        "--on", "2026-01-31", "--class", "major",
        "--summary", "en=We now collect your location.",
        "--summary", "fr=Nous collectons désormais votre position.",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "effective 2026-02-28" in result.output  # 31 January + 1 calendar month

    repo.edit(
        "docs/en/privacy.md",
        "within one month.",
        "within one month. You may also ask us to stop sending you newsletters at any time.",
    )
    repo.edit(
        "docs/fr/privacy.md",
        "d’un mois.",
        "d’un mois. Vous pouvez également nous demander de cesser de vous envoyer "
        "des lettres d’information à tout moment.",
    )
    result = repo.release("--on", "2026-02-10")
    assert result.exit_code == 0, result.output
    # A minor release after a pending major one waits for it: versions take effect in order.
    assert record(repo, "2026-02-10")["effective_at"] == "2026-02-28"

    major = record(repo, "2026-01-31.2")
    assert major["class"] == "major"
    assert major["summary"] == {
        "en": "We now collect your location.",
        "fr": "Nous collectons désormais votre position.",
    }
    assert major["variables"] == {"en": {"dpo_email": "dpo@example.com"}, "fr": {"dpo_email": "dpo@example.com"}}

    def status(on: str) -> str:
        result = repo.policies("timeline", "privacy", "--as-of", on)
        assert result.exit_code == 0, result.output
        return result.output

    before = status("2026-01-04")
    assert "2026-01-05    2026-01-05  2026-01-05  minor            not yet published" in before
    assert "in force" not in before
    between = status("2026-02-15")
    assert "2026-01-31    2026-01-31  2026-01-31  editorial        in force" in between
    assert "2026-01-31.2  2026-01-31  2026-02-28  major            upcoming" in between
    assert "2026-02-10    2026-02-10  2026-02-28  minor            upcoming" in between
    after = status("2026-03-01")
    assert "2026-02-10    2026-02-10  2026-02-28  minor            in force" in after
    assert "2026-01-31.2  2026-01-31  2026-02-28  major            superseded" in after


def test_the_release_commit_holds_the_record_and_the_texts_and_git_proves_them(released: EditorRepo) -> None:
    released.fix_punctuation()
    assert released.release("--on", "2023-03-01", "--class", "editorial").exit_code == 0
    files = released.git("show", "--name-only", "--format=", "HEAD").splitlines()
    assert sorted(files) == ["docs/en/privacy.md", "docs/fr/privacy.md", "policy_versions/privacy/2023-03-01.yml"]
    assert released.git("log", "-1", "--format=%s") == "Release privacy 2023-03-01 (editorial, effective 2023-03-01)"
    assert released.git("status", "--porcelain") == ""
    texts = record(released, "2023-03-01")["texts"]
    for lang in ("en", "fr"):
        path = f"docs/{lang}/privacy.md"
        assert texts[lang]["blob"] == released.git("rev-parse", f"HEAD:{path}")
        assert texts[lang]["sha256"] == hashlib.sha256((released.root / path).read_bytes()).hexdigest()


def test_a_major_release_without_a_summary_in_every_language_is_refused(released: EditorRepo) -> None:
    released.slow_down_answers()
    result = released.release("--on", "2026-03-01", "--class", "major", "--summary", "en=Slower answers.")
    assert result.exit_code == 1
    assert "--summary fr=…: a major release needs a summary of the changes in fr; users are told it" in result.output
    assert not (released.root / "policy_versions/privacy/2026-03-01.yml").exists()


def test_an_effective_date_earlier_than_one_month_after_publication_is_refused(released: EditorRepo) -> None:
    released.slow_down_answers()
    result = released.release(
        "--on", "2026-01-31", "--class", "rights_reducing", "--effective-on", "2026-02-27",
        "--summary", "en=Slower answers.", "--summary", "fr=Réponses plus lentes.",
    )  # fmt: skip
    assert result.exit_code == 1
    assert (
        "--effective-on: 2026-02-27 is too early: a rights_reducing change published on 2026-01-31 "
        "takes effect on 2026-02-28 at the earliest (T1)" in result.output
    )


def test_a_later_effective_date_is_accepted(released: EditorRepo) -> None:
    released.slow_down_answers()
    result = released.release(
        "--on", "2026-01-31", "--class", "rights_reducing", "--effective-on", "2026-04-01",
        "--summary", "en=Slower answers.", "--summary", "fr=Réponses plus lentes.",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert record(released, "2026-01-31")["effective_at"] == "2026-04-01"


def test_languages_out_of_sync_block_the_release(released: EditorRepo) -> None:
    released.edit("docs/en/privacy.md", "one month", "two weeks")
    result = released.release("--on", "2026-03-01", "--class", "minor")
    assert result.exit_code == 1
    assert (
        "docs/fr/privacy.md: section 'rights' changed since the last release in en (docs/en/privacy.md:9) "
        "but not in fr: update the translation before releasing (R18)" in result.output
    )


def test_unrelated_uncommitted_changes_block_the_release(released: EditorRepo) -> None:
    released.edit("docs/en/privacy.md", "one month", "two weeks")
    released.edit("docs/fr/privacy.md", "d’un mois", "de deux semaines")
    released.write("notes.txt", "draft of next year's changes")
    result = released.release("--on", "2026-03-01", "--class", "minor")
    assert result.exit_code == 1
    assert "notes.txt: uncommitted changes unrelated to this release (notes.txt): commit or stash them first" in (
        result.output
    )
    assert released.git("status", "--porcelain", "policy_versions") == ""


def test_releasing_an_unchanged_text_is_refused(released: EditorRepo) -> None:
    result = released.release("--on", "2026-03-01", "--class", "editorial")
    assert result.exit_code == 1
    assert "docs/en/privacy.md: nothing changed since 2023-02-01: edit the text first" in result.output


def test_an_unset_variable_blocks_the_release_and_names_the_line(repo: EditorRepo) -> None:
    repo.edit("docs/fr/privacy.md", "{{ dpo_email }}", "{{ dpo_address }}")
    repo.commit_all()
    result = repo.release("--on", "2026-03-01", "--class", "minor")
    assert result.exit_code == 1
    assert "docs/fr/privacy.md:11: variable 'dpo_address' has no value for fr; set variables.dpo_address" in (
        result.output
    )


def test_a_summary_must_be_written_lang_equals_text(released: EditorRepo) -> None:
    result = released.release("--class", "minor", "--summary", "just a text")
    assert result.exit_code == 2
    assert "'just a text' must be written LANG=TEXT" in result.output


def test_the_detected_class_is_the_default_and_is_recorded_with_its_reasons(released: EditorRepo) -> None:
    released.edit("docs/en/privacy.md", "We answer within one month.", "We answer within thirty (30) business days.")
    released.edit("docs/fr/privacy.md", "dans un délai d’un mois", "dans un délai de trente (30) jours ouvrés")
    result = released.release(
        "--on", "2026-03-02", "--summary", "en=Slower answers.", "--summary", "fr=Réponses plus lentes."
    )
    assert result.exit_code == 0, result.output
    ledger = record(released, "2026-03-02")
    assert ledger["class"] == ledger["detected_class"] == "rights_reducing"
    assert ledger["effective_at"] == "2026-04-02"
    assert any(
        reason.startswith("R4 [rights]: “one month.” → “thirty (30) business days.”") for reason in ledger["reasons"]
    ), ledger["reasons"]


def test_lowering_the_detected_class_needs_a_reason_and_both_are_recorded(released: EditorRepo) -> None:
    released.collect_location()
    refused = released.release("--on", "2026-03-02", "--class", "minor")
    assert refused.exit_code == 1
    assert "--class: minor is lower than the detected class major (R7 [data]:" in refused.output
    assert "give --reason to explain why" in refused.output

    accepted = released.release(
        "--on", "2026-03-02", "--class", "minor", "--reason", "Location was already collected at checkout."
    )
    assert accepted.exit_code == 0, accepted.output
    ledger = record(released, "2026-03-02")
    assert (ledger["class"], ledger["detected_class"]) == ("minor", "major")
    assert ledger["reasons"][0] == "Location was already collected at checkout."
    assert ledger["reasons"][1].startswith("R7 [data]")


def test_check_shows_the_detected_class_of_unreleased_changes_and_a_pull_request_summary(released: EditorRepo) -> None:
    released.collect_location()
    result = released.policies("check")
    assert result.exit_code == 0, result.output
    assert "privacy: unreleased changes since 2023-02-01 in section data; detected class: major" in result.output
    summary = released.policies("check", "--markdown").output
    assert "### privacy: **major**" in summary
    assert "Users must be told before it takes effect, one calendar month after publication." in summary
    assert "[fr](https://legal.example.com/fr/privacy/archive/)" in summary


def test_diff_shows_the_working_text_against_the_last_release_word_by_word(released: EditorRepo) -> None:
    released.edit("docs/en/privacy.md", "within one month", "within two weeks")
    result = released.policies("diff", "privacy", "--lang", "en", "--no-color")
    assert result.exit_code == 0, result.output
    assert "=== privacy [en] 2023-02-01 → working text" in result.output
    assert "within [-one month-]{+two weeks+}." in result.output.replace("\n", " ")
    assert "1. Data we collect (unchanged)" in result.output


def test_diff_between_two_released_versions(released: EditorRepo) -> None:
    released.fix_punctuation()
    assert released.release("--on", "2023-03-01", "--class", "editorial").exit_code == 0
    released.edit("docs/en/privacy.md", "about your data!", "about all your data!")
    result = released.policies(
        "diff", "privacy", "--from", "2023-02-01", "--to", "2023-03-01", "--lang", "fr", "--no-color"
    )
    assert result.exit_code == 0, result.output
    assert "données[-.-] {+!+}" in result.output, result.output  # the French space before "!" is kept, unmarked
    assert "all your" not in result.output
    unknown = released.policies("diff", "privacy", "--from", "2020-01-01")
    assert unknown.exit_code == 1
    assert "no version '2020-01-01'; released versions: 2023-02-01, 2023-03-01" in unknown.output


def test_a_typo_fixed_in_one_language_is_released_without_touching_the_other(released: EditorRepo) -> None:
    released.edit("docs/fr/privacy.md", "Vos nom et adresse électronique.", "Vos nom et adresse électronique !")
    check = released.policies("check")
    assert check.exit_code == 0, check.output
    result = released.release("--on", "2026-03-01")
    assert result.exit_code == 0, result.output
    assert record(released, "2026-03-01")["class"] == "editorial"
    assert released.git("show", "--name-only", "--format=", "HEAD").splitlines() == [
        "docs/fr/privacy.md",
        "policy_versions/privacy/2026-03-01.yml",
    ]


def test_a_change_of_meaning_in_one_language_is_still_refused(released: EditorRepo) -> None:
    released.edit("docs/fr/privacy.md", "Vos nom et adresse électronique.", "Vos nom, adresse et position.")
    refused = released.release("--on", "2026-03-01", "--class", "editorial", "--reason", "typo")
    assert refused.exit_code == 1
    assert "section 'data' changed since the last release in fr" in refused.output and "(R18)" in refused.output


def test_a_release_that_needs_a_new_variable_commits_it_with_the_texts(released: EditorRepo) -> None:
    released.edit("policies.yml", "variables:\n", "variables:\n  complaints_url: https://example.com/complaints\n")
    released.edit("docs/en/privacy.md", "one month.", "one month. Complaints: {{ complaints_url }}.")
    released.edit("docs/fr/privacy.md", "d’un mois.", "d’un mois. Réclamations : {{ complaints_url }}.")
    result = released.release("--on", "2026-03-01", "--class", "minor", "--reason", "a complaints page")
    assert result.exit_code == 0, result.output
    assert "policies.yml" in released.git("show", "--name-only", "--format=", "HEAD").splitlines()
    assert released.git("status", "--porcelain") == ""
    assert record(released, "2026-03-01")["variables"]["en"]["complaints_url"] == "https://example.com/complaints"
