"""Measure the classifier against hand-labelled real policy changes (../shared/corpus/changes.jsonl).

"Must notify" (major + rights_reducing) is what matters legally: a missed one means users were not told, so
recall is the first figure; precision says how often users would be bothered for nothing; technical
re-renderings (nothing changed at the source) must never be flagged. Figures are given per language.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from notifier.change_class import ChangeClass
from notifier.classify import classify

CLASSES = [c.value for c in ChangeClass]
TARGETS = {"recall": 0.95, "precision": 0.80, "rerender_fp": 0.02}


def resolve_corpus(explicit: str | None = None) -> Path | None:
    """changes.jsonl from an explicit path, else $POLICIES_SHARED_DIR/corpus, else <repo root>/../shared/corpus."""
    candidates: list[Path] = []
    if explicit:
        candidates.append(Path(explicit))
    elif os.environ.get("POLICIES_SHARED_DIR"):
        candidates.append(Path(os.environ["POLICIES_SHARED_DIR"]) / "corpus")
    else:
        candidates.append(Path(__file__).resolve().parents[1].parent / "shared" / "corpus")
    for candidate in candidates:
        path = candidate / "changes.jsonl" if candidate.is_dir() else candidate
        if path.is_file():
            return path
    return None


def load_corpus(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Scores:
    """Figures for one slice of the corpus (a language, or all)."""

    pairs: int = 0
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    rerenders: int = 0
    rerender_flagged: int = 0
    rerender_not_editorial: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        positives = self.true_pos + self.false_neg
        return self.true_pos / positives if positives else 1.0

    @property
    def precision(self) -> float:
        flagged = self.true_pos + self.false_pos
        return self.true_pos / flagged if flagged else 1.0

    @property
    def rerender_fp(self) -> float:
        return self.rerender_flagged / self.rerenders if self.rerenders else 0.0

    def add(self, row: dict[str, Any], predicted: ChangeClass) -> None:
        gold = ChangeClass(row["label"])
        self.pairs += 1
        self.confusion[(gold.value, predicted.value)] += 1
        if gold.must_notify and predicted.must_notify:
            self.true_pos += 1
        elif gold.must_notify:
            self.false_neg += 1
            self.misses.append(f"{row['id']} ({gold} -> {predicted})")
        elif predicted.must_notify:
            self.false_pos += 1
            self.false_alarms.append(f"{row['id']} ({gold} -> {predicted})")
        if row.get("technical_rerender"):
            self.rerenders += 1
            self.rerender_flagged += predicted.must_notify
            self.rerender_not_editorial += predicted is not ChangeClass.EDITORIAL


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Scores]:
    """Classify every pair; scores per language and for "all"."""
    scores: dict[str, Scores] = {"all": Scores()}
    for row in rows:
        predicted = classify(row["old"], row["new"], lang=row["lang"], policy=row.get("policy")).change_class
        for key in ("all", row["lang"]):
            scores.setdefault(key, Scores()).add(row, predicted)
    return scores


def meets_targets(scores: Scores) -> bool:
    return (
        scores.recall >= TARGETS["recall"]
        and scores.precision >= TARGETS["precision"]
        and scores.rerender_fp <= TARGETS["rerender_fp"]
    )


def format_report(scores: dict[str, Scores]) -> str:
    lines: list[str] = []
    for name in sorted(scores, key=lambda k: (k == "all", k)):
        s = scores[name]
        lines.append(f"== {name}: {s.pairs} pairs")
        lines.append(
            f"must notify: recall {s.recall:.3f} (target >= {TARGETS['recall']}), "
            f"precision {s.precision:.3f} (target >= {TARGETS['precision']})"
        )
        lines.append(
            f"technical re-renderings: {s.rerender_flagged}/{s.rerenders} flagged must-notify "
            f"= {s.rerender_fp:.1%} (target <= {TARGETS['rerender_fp']:.0%}); "
            f"{s.rerender_not_editorial}/{s.rerenders} not editorial"
        )
        width = max(len(c) for c in CLASSES)
        lines.append("confusion (rows: gold, columns: predicted)")
        lines.append(" " * (width + 2) + " ".join(c[:9].rjust(9) for c in CLASSES))
        for gold in CLASSES:
            lines.append(gold.ljust(width + 2) + " ".join(str(s.confusion[(gold, p)]).rjust(9) for p in CLASSES))
        if s.misses:
            lines.append("missed must-notify: " + ", ".join(s.misses))
        if s.false_alarms:
            lines.append("false alarms: " + ", ".join(s.false_alarms))
        lines.append("")
    return "\n".join(lines)
