"""Tell a harmless edit from a statement the editor must decide on, when no detector explains a change.

The detectors of notifier/analysis/classify.py recognise facts gained or lost. What is left is an edit none of
them explains. Rules read some of those as harmless (a few new words, a link relabelled, a pointer, a new
contact point or choice, a restatement of what the old version said: minor) and send the rest to the editor
("needs your decision", must notify). Those rules are word counts and thresholds that learned the corpus they
were set on, so an edit they read as harmless is kept minor only if this model agrees: a logistic regression
over facts about the edit (how many new words, how many the old version already used, whole new sentences,
statements of what the company does, practice vocabulary the old version never used, a link, a contact point,
a choice, a promise). The model can send an edit to the editor, never silence one: every minor still carries
the rule that read it as harmless, and every other unexplained edit is quoted for the editor's decision.

It is trained by bench/train_unexplained.py (notifier/analysis/unexplained_training.py) on the labelled
corpus, and its figure is cross-validated by service. Its weights ship in unexplained_model.json: nothing is
downloaded, nothing learned at run time.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

MODEL_PATH = Path(__file__).with_name("unexplained_model.json")

# The facts about an edit the model weighs (computed by classify._edit_features), in a fixed order.
FEATURES = (
    "new_words",  # log(1 + words the edit brings that it did not replace)
    "few_words",  # at most five such words: a rewording, a renamed entity, a link's label
    "restated_share",  # share of those words the old version already used
    "added_paragraph",  # a whole new paragraph rather than an edited one
    "deleted_words",  # log(1 + words the edit removed)
    "link_relabelled",  # a link replaced by a link
    "pointer",  # a link to another page with "see", "more information"
    "new_contact",  # one more way to reach the company, in a sentence about contacting it
    "choice",  # a choice or a right offered to users
    "user_benefit",  # what a practice does for the user ("so that you can")
    "promise",  # a promise stated in the negative ("we do not sell")
    "practice_terms",  # how many families of practice vocabulary (data, purposes, recipients, ...) it uses
    "new_practice_terms",  # log(1 + practice terms the old version never used)
    "practice_statements",  # log(1 + statements of what the company does: "we may share", "sont conservées")
    "sentences",  # log(1 + whole sentences of six words or more the edit brings)
    "names",  # log(1 + names the old version did not give)
    "numbers",  # figures in the inserted words
    "cookie",  # a change to trackers
    "rights_section",  # in a section about rights or contact
)


class UnexplainedJudge(Protocol):
    """Whatever decides on an unexplained edit: the shipped model, or one the evaluation trained on a fold."""

    def needs_decision(self, features: dict[str, float]) -> bool: ...


@dataclass(frozen=True)
class UnexplainedModel:
    """Weights per feature (standardised by mean and scale) and the decision threshold on the probability."""

    weights: dict[str, float]
    means: dict[str, float]
    scales: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        """How likely the edit read as harmless is in fact a change users must be told of."""
        score = self.bias + sum(
            self.weights[name] * (features[name] - self.means[name]) / self.scales[name] for name in FEATURES
        )
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))

    def needs_decision(self, features: dict[str, float]) -> bool:
        return self.probability(features) >= self.threshold

    def to_dict(self) -> dict[str, object]:
        return {
            "features": list(FEATURES),
            "weights": self.weights,
            "means": self.means,
            "scales": self.scales,
            "bias": self.bias,
            "threshold": self.threshold,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> UnexplainedModel:
        if data.get("features") != list(FEATURES):
            raise ValueError(f"{MODEL_PATH.name}: its features are not the classifier's; retrain it")
        return cls(
            weights=dict(data["weights"]),  # type: ignore[call-overload]
            means=dict(data["means"]),  # type: ignore[call-overload]
            scales=dict(data["scales"]),  # type: ignore[call-overload]
            bias=float(data["bias"]),  # type: ignore[arg-type]
            threshold=float(data["threshold"]),  # type: ignore[arg-type]
        )


@lru_cache(maxsize=1)
def shipped_model() -> UnexplainedModel:
    """The model trained on the whole labelled corpus, shipped with the package."""
    return UnexplainedModel.from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
