"""Evaluate the change classifier on the labelled corpus and print its figures per language.

Figures per language, each labelled (notifier/analysis/evaluation.py says what each is honest about): the whole
corpus and the development services (in-sample); the services held out before the rules were developed
(bench/holdout.txt), today's figure, spent since their errors were read, beside the first and only clean
evaluation of those services (28 November 2026), recorded; and the blind edits (bench/blind/edits.jsonl),
written and labelled without reading the classifier's rules, beside their first evaluation (28 November 2026);
and each later blind set (bench/blind2, bench/blind3: more multi-edit releases, other writers), likewise.
Usage: python bench/eval_classifier.py [--part development] [path/to/corpus]
(default corpus: <repo root>/../shared/corpus, or $POLICIES_SHARED_DIR/corpus). Exit 1 if a target is missed
on the held-out services (or on the part asked for).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from notifier.analysis.evaluation import PARTS, evaluate_all, format_all, load_corpus, meets_targets, resolve_corpus


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=None)
    parser.add_argument(
        "--part", choices=["development", "all"], default="all", help="development: only the development services"
    )
    args = parser.parse_args()
    path = resolve_corpus(args.corpus)
    if path is None:
        print("no corpus found: pass the corpus folder or set POLICIES_SHARED_DIR", file=sys.stderr)
        return 2
    development_only = args.part == "development"
    scores = evaluate_all(load_corpus(path), development_only)
    print(f"corpus: {path}")
    print(format_all(scores))
    # The held-out services: spent, but the corpus part least seen while the rules were written.
    judged = "development services" if development_only else PARTS[1]
    return 0 if all(meets_targets(s) for s in scores[judged].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
