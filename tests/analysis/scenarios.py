"""What every editor's scenario on a sample policy checks: the policy before and after one edit, and whether
users are told of it (must-notify, rights_reducing where it takes something away) or not (editorial or minor,
without sending it to the editor)."""

from __future__ import annotations

from notifier.analysis.change_class import ChangeClass
from notifier.analysis.classify import Classification, classify

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING


def one_edit(text: str, old: str, new: str) -> tuple[str, str]:
    """The policy before and after the editor replaced `old` (which must be in it) by `new`."""
    assert old in text, old
    return text, text.replace(old, new, 1)


def assert_told(lang: str, versions: tuple[str, str], expected: ChangeClass) -> Classification:
    """Users are told; a change expected to take something away is rights_reducing, a major one at least major."""
    result = classify(*versions, lang=lang)
    assert result.change_class in (MAJOR, RR), result.to_dict()
    assert expected is MAJOR or result.change_class is RR, result.to_dict()
    return result


def assert_not_told(lang: str, versions: tuple[str, str]) -> None:
    """Nobody is told and the editor is not asked: editorial or minor, without review."""
    result = classify(*versions, lang=lang)
    assert result.change_class in (E, MINOR), result.to_dict()
    assert not result.review, result.to_dict()
