"""Marks given by software instead of examiners, in the words a language-certificate centre (English) and a French
dictation contest use. Blind set 18 found this category; the scenarios were written, in other sectors and words,
before the fix.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import MAJOR, assert_told, one_edit

CERTIFICATES = """# Privacy at Northvale Language Certificates

## Marking

Your recordings are marked by trained examiners, who see your candidate number but not your name. Every mark is
given by a human examiner.
"""

DICTEE = """# Concours régional de dictée : vos données

## Correction

Vos copies sont corrigées par des enseignants, qui voient votre numéro de candidat mais pas votre nom. Chaque note
est attribuée par un correcteur.
"""

POLICY = {"en": CERTIFICATES, "fr": DICTEE}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Every mark is\ngiven by a human examiner.",
            "Most marks are given by human examiners. Pronunciation answers are marked automatically by software "
            "trained on past marking, and an examiner checks a sample of these marks.",
        ),
        (
            "fr",
            "Chaque note\nest attribuée par un correcteur.",
            "La plupart des notes sont attribuées par un correcteur. Les copies de la première épreuve sont corrigées "
            "automatiquement par un logiciel, et un enseignant en vérifie un échantillon.",
        ),
    ],
)
def test_marks_given_by_software_are_automated_decisions(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert "R11" in {reason.rule for reason in result.reasons}, result.to_dict()
