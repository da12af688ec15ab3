"""Round six, tenth fresh batch: an insurance comparison site, English and French, run once before any fix of its
own. Legal basis changed, automated decisions introduced, a retention limit stated where there was none, a new
source of data, AI training, a promise weakened by "unless"; and a shorter period or a new opt-out, not told.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from tests.analysis.scenarios import assert_not_told, assert_told, one_edit

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

POLICY = {
    "en": """# Quotefair privacy notice

## What we use

The details you enter in the quote form: your age, your car and your claims history.

## Why and on what basis

We send your details to the insurers you choose, with your consent, which you can withdraw at any time. Our
staff review every quote before it is shown to you.

## How long

Quote details are deleted after 6 months.

## Sharing

We never pass your claims history to insurers you did not choose.
""",
    "fr": """# Politique de confidentialité de Quotefair

## Ce que nous utilisons

Les informations saisies dans le formulaire de devis : votre âge, votre véhicule et votre historique de sinistres.

## Pourquoi et sur quelle base

Nous transmettons vos informations aux assureurs que vous choisissez, avec votre consentement, que vous pouvez
retirer à tout moment. Notre équipe vérifie chaque devis avant qu'il vous soit présenté.

## Durée

Les informations de devis sont supprimées au bout de 6 mois.

## Partage

Nous ne transmettons jamais votre historique de sinistres aux assureurs que vous n'avez pas choisis.
""",
}


def before_after(lang: str, old: str, new: str) -> tuple[str, str]:
    return one_edit(POLICY[lang], old, new)


@pytest.mark.parametrize(
    "lang, old, new, expected",
    [
        (
            "en",
            "with your consent, which you can withdraw at any time.",
            "on the basis of our legitimate interest.",
            RR,
        ),
        (
            "en",
            "Our\nstaff review every quote before it is shown to you.",
            "Our\nsoftware decides automatically which quotes you are offered.",
            MAJOR,
        ),
        (
            "en",
            "your car and your claims history.",
            "your car and your claims history, completed with data bought from credit reference agencies.",
            MAJOR,
        ),
        (
            "en",
            "Quote details are deleted after 6 months.",
            "Quote details are deleted after 6 months and used to train our pricing AI.",
            MAJOR,
        ),
        (
            "en",
            "We never pass your claims history to insurers you did not choose.",
            "We never pass your claims history to insurers you did not choose unless they ask for it.",
            RR,
        ),
        ("en", "Quote details are deleted after 6 months.", "Quote details are deleted after 5 years.", MAJOR),
        (
            "fr",
            "avec votre consentement, que vous pouvez\nretirer à tout moment.",
            "sur la base de notre intérêt légitime.",
            RR,
        ),
        (
            "fr",
            "Notre équipe vérifie chaque devis avant qu'il vous soit présenté.",
            "Un algorithme choisit automatiquement les devis qui vous sont proposés.",
            MAJOR,
        ),
        (
            "fr",
            "votre véhicule et votre historique de sinistres.",
            "votre véhicule et votre historique de sinistres, complétés par des données achetées à des courtiers en "
            "données.",
            MAJOR,
        ),
        (
            "fr",
            "Les informations de devis sont supprimées au bout de 6 mois.",
            "Les informations de devis sont supprimées au bout de 6 mois et servent à entraîner notre IA de "
            "tarification.",
            MAJOR,
        ),
        (
            "fr",
            "aux assureurs que vous n'avez pas choisis.",
            "aux assureurs que vous n'avez pas choisis, sauf s'ils en font la demande.",
            RR,
        ),
        ("fr", "supprimées au bout de 6 mois.", "supprimées au bout de 5 ans.", MAJOR),
    ],
)
def test_a_change_in_a_comparison_site_policy_is_must_notify_with_its_class(lang, old, new, expected):
    assert_told(lang, before_after(lang, old, new), expected)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "Quote details are deleted after 6 months.", "Quote details are deleted after 3 months."),
        (
            "en",
            "We never pass your claims history to insurers you did not choose.",
            "We never pass your claims history to insurers you did not choose. You can also ask us to remove an "
            "insurer from your quotes at any time.",
        ),
        ("fr", "supprimées au bout de 6 mois.", "supprimées au bout de 3 mois."),
        (
            "fr",
            "aux assureurs que vous n'avez pas choisis.",
            "aux assureurs que vous n'avez pas choisis. Vous pouvez aussi nous demander à tout moment de retirer un "
            "assureur de vos devis.",
        ),
    ],
)
def test_a_harmless_change_in_a_comparison_site_policy_is_not_notified(lang, old, new):
    assert_not_told(lang, before_after(lang, old, new))
