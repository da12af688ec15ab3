"""The blind evaluation set (bench/blind): a reviewer rebuilding it from the corpus gets the committed file, and
the evaluation report keeps the first blind figure beside today's once the rules change."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from types import ModuleType

import pytest

from notifier.analysis.evaluation import (
    BLIND,
    BLIND_PART,
    FIRST_BLIND,
    Scores,
    format_summary,
    load_corpus,
    resolve_corpus,
)


def make_edits() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_edits", BLIND.parent / "make_edits.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rebuilding_the_blind_set_from_the_corpus_gives_the_committed_file() -> None:
    corpus = resolve_corpus()
    if corpus is None:
        pytest.skip("no corpus next to the repository")
    rebuilt = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in make_edits().build(corpus))
    assert rebuilt == BLIND.read_text(encoding="utf-8")


def test_each_language_has_forty_edits_of_many_services_and_rerenderings_are_editorial() -> None:
    rows = load_corpus(BLIND)
    assert Counter(r["lang"] for r in rows) == {"en": 40, "fr": 40}
    for lang in ("en", "fr"):
        assert len({r["service"] for r in rows if r["lang"] == lang}) >= 25
    assert all(r["label"] == "editorial" for r in rows if r["technical_rerender"])
    assert all(r["old"] != r["new"] for r in rows)


def test_the_summary_prints_the_first_blind_figure_under_todays_only_when_the_blind_part_is_shown() -> None:
    today = Scores(pairs=1, true_pos=1)
    with_blind = format_summary({BLIND_PART: {"en": today}})
    assert with_blind.index(f"| {BLIND_PART} | en | 1 |") < with_blind.index(FIRST_BLIND.splitlines()[0])
    assert FIRST_BLIND.splitlines()[0] not in format_summary({"whole corpus": {"en": today}})
