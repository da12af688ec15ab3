"""Train the unexplained-edit model on the whole labelled corpus and ship it with the package.

Writes notifier/analysis/unexplained_model.json (see notifier/analysis/unexplained_training.py for the labels,
the model and the settings). The evaluation (bench/eval_classifier.py) reports its cross-validated figure.
Usage: python bench/train_unexplained.py [corpus]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from notifier.analysis.evaluation import load_corpus, resolve_corpus
from notifier.analysis.unexplained import MODEL_PATH
from notifier.analysis.unexplained_training import examples, train


def main() -> int:
    path = resolve_corpus(sys.argv[1] if len(sys.argv) > 1 else None)
    if path is None:
        print("no corpus found: pass the corpus folder or set POLICIES_SHARED_DIR", file=sys.stderr)
        return 2
    data = examples(load_corpus(path))
    model = train(data)
    MODEL_PATH.write_text(json.dumps(model.to_dict(), indent=2) + "\n", encoding="utf-8")
    positives = sum(e.label for e in data)
    print(f"{len(data)} unexplained edits ({positives} in must-notify pairs the detectors missed); wrote {MODEL_PATH}")
    for name, weight in sorted(model.weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {name:>16} {weight:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
