"""Train the model that decides on edits no detector explains (notifier/analysis/unexplained.py).

Each labelled pair is classified once with a judge that records the features of every edit the rules read as
harmless and agrees with them. An edit of a pair labelled editorial or minor is harmless (0). An edit of a pair labelled
major or rights_reducing counts as needing a decision (1) only when the detectors alone did not find the pair
must-notify: then the unexplained edits are where the change lies. Edits of pairs the detectors already caught
say nothing and are left out.

The model is a logistic regression (pure Python: nineteen features and a few hundred edits need no library),
L2-penalised over standardised features, weighing a missed must-notify three times a false alarm; these two
settings were fixed before any cross-validated figure was seen. `cross_validated_models` trains one model per
group of services (grouped k-fold), so the evaluation classifies each pair with a model that never saw its
service. bench/train_unexplained.py trains the shipped model on the whole corpus.
"""

from __future__ import annotations

import math
import random
import statistics
from dataclasses import dataclass, field
from typing import Any

from notifier.analysis.change_class import ChangeClass
from notifier.analysis.classify import classify
from notifier.analysis.unexplained import FEATURES, UnexplainedModel

MISS_COST = 3.0  # a must-notify change told as minor costs three false alarms
L2 = 1.0  # ridge penalty on standardised weights
FOLDS = 5
SEED = 14
NEWTON_STEPS = 12


@dataclass
class Recorder:
    """A judge that calls every unexplained edit harmless and keeps its features."""

    seen: list[dict[str, float]] = field(default_factory=list)

    def needs_decision(self, features: dict[str, float]) -> bool:
        self.seen.append(dict(features))
        return False


@dataclass(frozen=True)
class Example:
    service: str
    features: tuple[float, ...]
    label: int


def examples(rows: list[dict[str, Any]]) -> list[Example]:
    """The labelled unexplained edits of every pair (see the module docstring for the labels)."""
    out: list[Example] = []
    for row in rows:
        recorder = Recorder()
        result = classify(row["old"], row["new"], lang=row["lang"], policy=row.get("policy"), unexplained=recorder)
        gold = ChangeClass(row["label"]).must_notify
        if gold and result.change_class.must_notify:
            continue
        out += [Example(row["service"], tuple(f[name] for name in FEATURES), int(gold)) for f in recorder.seen]
    return out


def train(data: list[Example]) -> UnexplainedModel:
    """Weighted, L2-penalised logistic regression by Newton's method (a convex problem: a few steps suffice)."""
    columns = list(zip(*(e.features for e in data), strict=True))
    means = [statistics.fmean(c) for c in columns]
    scales = [statistics.pstdev(c) or 1.0 for c in columns]
    rows = [[1.0] + [(v - m) / s for v, m, s in zip(e.features, means, scales, strict=True)] for e in data]
    labels = [e.label for e in data]
    costs = [MISS_COST if label else 1.0 for label in labels]
    beta = [0.0] * (len(FEATURES) + 1)
    for _ in range(NEWTON_STEPS):
        gradient = [L2 * b if k else 0.0 for k, b in enumerate(beta)]
        hessian = [[(L2 if i == j and i else 0.0) for j in range(len(beta))] for i in range(len(beta))]
        for row, label, cost in zip(rows, labels, costs, strict=True):
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, sum(b * x for b, x in zip(beta, row, strict=True))))))
            weight = cost * p * (1 - p)
            for i, xi in enumerate(row):
                gradient[i] += cost * (p - label) * xi
                for j in range(i + 1):
                    hessian[i][j] += weight * xi * row[j]
        for i in range(len(beta)):
            for j in range(i + 1, len(beta)):
                hessian[i][j] = hessian[j][i]
        beta = [b - d for b, d in zip(beta, _solve(hessian, gradient), strict=True)]
    return UnexplainedModel(
        weights={n: round(b, 4) for n, b in zip(FEATURES, beta[1:], strict=True)},
        means={n: round(m, 4) for n, m in zip(FEATURES, means, strict=True)},
        scales={n: round(s, 4) for n, s in zip(FEATURES, scales, strict=True)},
        bias=round(beta[0], 4),
        threshold=0.5,
    )


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the Hessian is positive definite thanks to the L2 term)."""
    n = len(vector)
    a = [[*row, v] for row, v in zip(matrix, vector, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= factor * a[col][c]
    solution = [0.0] * n
    for r in range(n - 1, -1, -1):
        solution[r] = (a[r][n] - sum(a[r][c] * solution[c] for c in range(r + 1, n))) / a[r][r]
    return solution


def service_folds(rows: list[dict[str, Any]], folds: int = FOLDS) -> list[set[str]]:
    """Services dealt at random into `folds` groups: all pairs of a service fall in the same fold."""
    services = sorted({r["service"] for r in rows})
    random.Random(SEED).shuffle(services)
    return [set(services[k::folds]) for k in range(folds)]


def cross_validated_models(rows: list[dict[str, Any]]) -> list[tuple[set[str], UnexplainedModel]]:
    """One model per fold, trained on the other folds' services only."""
    data = examples(rows)
    return [(fold, train([e for e in data if e.service not in fold])) for fold in service_folds(rows)]
