"""Evaluate the change classifier on the labelled corpus and print its figures per language.

Usage: python bench/eval_classifier.py [path/to/changes.jsonl]
(default: <repo root>/../shared/corpus, or $POLICIES_SHARED_DIR/corpus). Exit 1 if a target is missed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from notifier.evaluation import evaluate, format_report, load_corpus, meets_targets, resolve_corpus


def main() -> int:
    path = resolve_corpus(sys.argv[1] if len(sys.argv) > 1 else None)
    if path is None:
        print("no corpus found: pass changes.jsonl or set POLICIES_SHARED_DIR", file=sys.stderr)
        return 2
    scores = evaluate(load_corpus(path))
    print(f"corpus: {path}")
    print(format_report(scores))
    return 0 if meets_targets(scores["all"]) else 1


if __name__ == "__main__":
    sys.exit(main())
