"""Round six, ninth fresh batch: a second-hand marketplace, English and French, run once before any fix of its
own. New uses (login codes by e-mail, fraud scoring, a loyalty programme), one more network in a list, a promise
weakened by "but" or "mais"; not told: a network renamed, a representative added beside the existing contacts.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from tests.analysis.scenarios import assert_not_told, assert_told, one_edit

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

POLICY = {
    "en": """# Swapsy privacy policy

## How we use your data

We use your email address to send you order confirmations. We use your listings to show them to buyers.

## Social networks

You can share your listings on Facebook, Instagram and Twitter.

## Promises

We do not sell your purchase history.

## Contact

Questions: privacy@swapsy.example.
""",
    "fr": """# Politique de confidentialité de Swapsy

## Utilisation de vos données

Nous utilisons votre adresse e-mail pour vous envoyer les confirmations de commande. Nous utilisons vos annonces
pour les montrer aux acheteurs.

## Réseaux sociaux

Vous pouvez partager vos annonces sur Facebook, Instagram et Twitter.

## Engagements

Nous ne vendons pas votre historique d'achats.

## Contact

Questions : vie-privee@swapsy.example.
""",
}


def before_after(lang: str, old: str, new: str) -> tuple[str, str]:
    return one_edit(POLICY[lang], old, new)


@pytest.mark.parametrize(
    "lang, old, new, expected",
    [
        ("en", "to send you order confirmations.", "to send you order confirmations and one-time login codes.", MAJOR),
        (
            "en",
            "We use your listings to show them to buyers.",
            "We use your listings to show them to buyers and to score the risk of fraud of each seller.",
            MAJOR,
        ),
        (
            "en",
            "We use your listings to show them to buyers.",
            "We use your listings to show them to buyers. Your purchases earn points in our loyalty programme.",
            MAJOR,
        ),
        ("en", "Facebook, Instagram and Twitter.", "Facebook, Instagram, Twitter and TikTok.", MAJOR),
        (
            "en",
            "We do not sell your purchase history.",
            "We do not sell your purchase history, but we may license it to market research firms.",
            RR,
        ),
        (
            "fr",
            "pour vous envoyer les confirmations de commande.",
            "pour vous envoyer les confirmations de commande et des codes de connexion à usage unique.",
            MAJOR,
        ),
        (
            "fr",
            "Nous utilisons vos annonces\npour les montrer aux acheteurs.",
            "Nous utilisons vos annonces\npour les montrer aux acheteurs et pour évaluer le risque de fraude de "
            "chaque vendeur.",
            MAJOR,
        ),
        (
            "fr",
            "Nous utilisons vos annonces\npour les montrer aux acheteurs.",
            "Nous utilisons vos annonces\npour les montrer aux acheteurs. Vos achats vous font gagner des points "
            "dans notre programme de fidélité.",
            MAJOR,
        ),
        ("fr", "Facebook, Instagram et Twitter.", "Facebook, Instagram, Twitter et TikTok.", MAJOR),
        (
            "fr",
            "Nous ne vendons pas votre historique d'achats.",
            "Nous ne vendons pas votre historique d'achats, mais nous pouvons le concéder sous licence à des "
            "instituts d'études de marché.",
            RR,
        ),
    ],
)
def test_a_change_in_a_marketplace_policy_is_must_notify_with_its_class(lang, old, new, expected):
    assert_told(lang, before_after(lang, old, new), expected)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "Facebook, Instagram and Twitter.", "Facebook, Instagram and X (formerly Twitter)."),
        (
            "en",
            "Questions: privacy@swapsy.example.",
            "Questions: privacy@swapsy.example. Our representative in the EU is Swapsy Europe BV, Keizersgracht 8, "
            "1015 CJ Amsterdam.",
        ),
        ("fr", "Facebook, Instagram et Twitter.", "Facebook, Instagram et X (anciennement Twitter)."),
        (
            "fr",
            "Questions : vie-privee@swapsy.example.",
            "Questions : vie-privee@swapsy.example. Notre représentant dans l'Union est Swapsy Europe BV, "
            "Keizersgracht 8, 1015 CJ Amsterdam.",
        ),
    ],
)
def test_a_harmless_change_in_a_marketplace_policy_is_not_notified(lang, old, new):
    assert_not_told(lang, before_after(lang, old, new))
