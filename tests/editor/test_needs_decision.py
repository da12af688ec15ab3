"""The editor decides on the sentences no rule explains: check, check --markdown and release show them first."""

from __future__ import annotations

from tests.editor.conftest import EditorRepo

UNEXPLAINED_EN = "Our staff may listen to your calls with our support team."
UNEXPLAINED_FR = "Nos équipes peuvent écouter vos appels avec le service client."


def add_unexplained_sentence(repo: EditorRepo) -> None:
    """A sentence that states something new, in words none of the rules knows."""
    repo.edit("docs/en/privacy.md", "We care about your data.", f"We care about your data. {UNEXPLAINED_EN}")
    repo.edit(
        "docs/fr/privacy.md", "Nous prenons soin de vos données.", f"Nous prenons soin de vos données. {UNEXPLAINED_FR}"
    )


def test_check_lists_the_sentence_needing_a_decision_before_the_rules_found(released: EditorRepo) -> None:
    add_unexplained_sentence(released)
    released.collect_location()
    output = released.policies("check").output
    assert "detected class: major" in output
    lines = output.splitlines()
    first_reason = lines[next(k for k, line in enumerate(lines) if "detected class" in line) + 1]
    assert first_reason.strip().startswith("needs your decision [preamble]:") and UNEXPLAINED_EN in first_reason
    assert output.index(UNEXPLAINED_FR) < output.index("R7 [data]")


def test_the_pull_request_summary_puts_the_sentences_needing_a_decision_first(released: EditorRepo) -> None:
    add_unexplained_sentence(released)
    released.collect_location()
    summary = released.policies("check", "--markdown").output
    assert "### privacy: **major** · needs human review" in summary
    assert summary.index("**Needs your decision**") < summary.index(UNEXPLAINED_EN) < summary.index("R7 [data]")


def test_release_records_and_shows_the_sentences_the_editor_decided_on(released: EditorRepo) -> None:
    add_unexplained_sentence(released)
    released.commit_all("Calls may be listened to")
    result = released.release("--on", "2026-03-02", "--summary", "en=Calls.", "--summary", "fr=Appels.")
    assert result.exit_code == 0, result.output
    first, *_ = result.output.splitlines()
    assert first.startswith("needs your decision [preamble]:") and UNEXPLAINED_EN in first
    assert "released privacy 2026-03-02: major" in result.output
