"""The second blind evaluation set (bench/blind2): a reviewer rebuilding it from the corpus gets the committed
file, it has the mix of classes and multi-edit releases it promises, and the evaluation report keeps its first
figure beside today's."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from types import ModuleType

import pytest

from notifier.analysis.evaluation import (
    BLIND2,
    BLIND2_PART,
    BLIND_PART,
    FIRST_BLIND2,
    Scores,
    format_summary,
    load_corpus,
    resolve_corpus,
)


def make_edits() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_edits_2", BLIND2.parent / "make_edits.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rebuilding_the_second_blind_set_from_the_corpus_gives_the_committed_file() -> None:
    corpus = resolve_corpus()
    if corpus is None:
        pytest.skip("no corpus next to the repository")
    rebuilt = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in make_edits().build(corpus))
    assert rebuilt == BLIND2.read_text(encoding="utf-8")


def test_each_language_has_the_promised_mix_of_classes_over_many_services() -> None:
    rows = load_corpus(BLIND2)
    for lang in ("en", "fr"):
        mine = [r for r in rows if r["lang"] == lang]
        classes = Counter((r["label"], r["technical_rerender"]) for r in mine)
        assert classes == {
            ("major", False): 12,
            ("rights_reducing", False): 6,
            ("minor", False): 10,
            ("editorial", False): 8,
            ("editorial", True): 4,
        }
        assert len({r["service"] for r in mine}) >= 25
    assert all(r["old"] != r["new"] and r["rationale"] and r["rules"] for r in rows)


def test_about_half_of_the_edits_are_releases_of_several_changes_at_once() -> None:
    several = [edits for *_, edits in make_edits().EDITS if len(edits) >= 2]
    assert 30 <= len(several) <= 50


def test_an_anchor_found_twice_stops_the_build_instead_of_editing_the_wrong_place() -> None:
    with pytest.raises(AssertionError, match="occurs 2 times"):
        make_edits().apply("we keep it. we keep it.", [("we keep it.", "we delete it.")], "twice")


def test_the_summary_prints_the_second_sets_first_figure_only_when_that_set_is_shown() -> None:
    today = Scores(pairs=1, true_pos=1)
    with_blind2 = format_summary({BLIND2_PART: {"fr": today}})
    assert with_blind2.index(f"| {BLIND2_PART} | fr | 1 |") < with_blind2.index(FIRST_BLIND2.splitlines()[0])
    assert FIRST_BLIND2.splitlines()[0] not in format_summary({BLIND_PART: {"fr": today}})
