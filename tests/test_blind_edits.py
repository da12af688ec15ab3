"""The blind evaluation sets (bench/blind to bench/blind18): edits of real policies written by
reviewers who had not read the rules, evaluated once. A reviewer rebuilding a set from the corpus gets the
committed file; each set has the mix of classes it promises; the evaluation report keeps each set's first
figure beside today's."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from notifier.analysis.evaluation import (
    BENCH,
    BLIND_SETS,
    BlindSet,
    Scores,
    format_summary,
    load_corpus,
    resolve_corpus,
)

SETS = {name: BENCH / name / "edits.jsonl" for name in ["blind"] + [f"blind{n}" for n in range(2, 19)]}
MIX = {("major", False): 12, ("rights_reducing", False): 6, ("minor", False): 10, ("editorial", False): 8}


def bench_script(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{path.parent.name}_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_edits(edits: Path) -> ModuleType:
    return bench_script(edits.parent / "make_edits.py")


@pytest.mark.parametrize("name", SETS)
def test_rebuilding_a_blind_set_from_the_corpus_gives_the_committed_file(name: str) -> None:
    edits = SETS[name]
    corpus = resolve_corpus()
    if corpus is None:
        pytest.skip("no corpus next to the repository")
    rebuilt = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in make_edits(edits).build(corpus))
    assert rebuilt == edits.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SETS)
def test_each_language_has_the_promised_mix_of_classes_over_many_services(name: str) -> None:
    rows = load_corpus(SETS[name])
    for lang in ("en", "fr"):
        mine = [r for r in rows if r["lang"] == lang]
        assert Counter((r["label"], r["technical_rerender"]) for r in mine) == MIX | {("editorial", True): 4}
        assert len({r["service"] for r in mine}) >= 20
    assert all(r["old"] != r["new"] and r["rationale"] and r["rules"] for r in rows)


@pytest.mark.parametrize("blind", BLIND_SETS, ids=lambda b: b.path.parent.name)
def test_the_summary_prints_a_sets_first_figure_under_todays_only_when_that_set_is_shown(blind: BlindSet) -> None:
    other = next(b for b in BLIND_SETS if b != blind)
    today = Scores(pairs=1, true_pos=1)
    shown = format_summary({blind.part: {"en": today}})
    assert shown.index(f"| {blind.part} | en | 1 |") < shown.index(blind.first.splitlines()[0])
    assert blind.first.splitlines()[0] not in format_summary({other.part: {"en": today}})
    assert blind.first.splitlines()[0] not in format_summary({"whole corpus": {"en": today}})


@pytest.mark.parametrize("name", ["blind2", "blind3"])
def test_about_half_of_the_later_sets_pairs_are_releases_of_several_changes_at_once(name: str) -> None:
    several = [edits for *_, edits in make_edits(SETS[name]).EDITS if len(edits) >= 2]
    assert 30 <= len(several) <= 50


def test_an_anchor_found_twice_stops_the_build_instead_of_editing_the_wrong_place() -> None:
    with pytest.raises(AssertionError, match="occurs 2 times"):
        apply = bench_script(BENCH / "blind_edits.py").apply
        apply("we keep it. we keep it.", [("we keep it.", "we delete it.")], "twice")
