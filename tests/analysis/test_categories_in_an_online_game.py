"""Round six, second fresh batch: an online game's policy, written after the first batch was fixed and run once
before any fix of its own. Issue 14's categories in a sector none of the earlier batches used: new data, a name
added to a list of recipients, retention from "immediately" to a period, an age threshold lowered, "continued use
means acceptance", a promise with an exception, a right narrowed, the rights route of another kind, a fee, a new
country; and harmless edits beside them.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from tests.analysis.scenarios import assert_not_told, assert_told, one_edit

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

POLICY = {
    "en": """# Starforge Online privacy policy

We will notify you by email before any important change to this policy takes effect.

## Who may play

Starforge Online is for players aged 16 and over.

## What we collect

- your player name and email address;
- your in-game purchases;
- your match statistics.

## Who we share it with

We use Unity and Epic Online Services to run matches. We never sell your gameplay data.

## Where it is stored

Your data is stored on servers in the European Union.

## How long we keep it

Chat messages are deleted immediately after a match ends. Match statistics are kept for two years.

## Your rights

You can ask us to delete your account data. Requests are free of charge. To exercise your rights, email
privacy@starforge.example.
""",
    "fr": """# Politique de confidentialité de Starforge Online

Nous vous préviendrons par e-mail avant l'entrée en vigueur de toute modification importante de cette
politique.

## Qui peut jouer

Starforge Online est réservé aux joueurs âgés de 16 ans et plus.

## Ce que nous collectons

- votre pseudo et votre adresse e-mail ;
- vos achats en jeu ;
- vos statistiques de match.

## Avec qui nous les partageons

Nous utilisons Unity et Epic Online Services pour faire tourner les parties. Nous ne vendons jamais vos données
de jeu.

## Où elles sont hébergées

Vos données sont hébergées sur des serveurs situés dans l'Union européenne.

## Durée de conservation

Les messages du chat sont supprimés immédiatement à la fin de la partie. Les statistiques de match sont
conservées deux ans.

## Vos droits

Vous pouvez nous demander de supprimer les données de votre compte. Les demandes sont gratuites. Pour exercer
vos droits, écrivez à vie-privee@starforge.example.
""",
}


def before_after(lang: str, old: str, new: str) -> tuple[str, str]:
    return one_edit(POLICY[lang], old, new)


@pytest.mark.parametrize(
    "lang, old, new, expected",
    [
        ("en", "- your match statistics.", "- your match statistics;\n- recordings of your voice chat.", MAJOR),
        ("en", "We use Unity and Epic Online Services", "We use Unity, Epic Online Services and Tencent Cloud", MAJOR),
        (
            "en",
            "Chat messages are deleted immediately after a match ends.",
            "Chat messages are deleted 30 days after a match ends.",
            MAJOR,
        ),
        ("en", "for players aged 16 and over.", "for players aged 13 and over.", MAJOR),
        (
            "en",
            "We will notify you by email before any important change to this policy takes effect.",
            "If you keep playing after we change this policy, you accept the new version.",
            RR,
        ),
        (
            "en",
            "We never sell your gameplay data.",
            "We never sell your gameplay data, except to our tournament sponsors.",
            RR,
        ),
        (
            "en",
            "You can ask us to delete your account data.",
            "You can ask us to delete your account data only if you have made no purchase.",
            RR,
        ),
        ("en", "Requests are free of charge.", "Each request costs 5 euros.", RR),
        (
            "en",
            "To exercise your rights, email\nprivacy@starforge.example.",
            "To exercise your rights, use the support form in the game menu.",
            MAJOR,
        ),
        (
            "en",
            "on servers in the European Union.",
            "on servers in the European Union and in Singapore.",
            MAJOR,
        ),
        (
            "fr",
            "- vos statistiques de match.",
            "- vos statistiques de match ;\n- les enregistrements de votre chat vocal.",
            MAJOR,
        ),
        (
            "fr",
            "Nous utilisons Unity et Epic Online Services",
            "Nous utilisons Unity, Epic Online Services et Tencent Cloud",
            MAJOR,
        ),
        (
            "fr",
            "Les messages du chat sont supprimés immédiatement à la fin de la partie.",
            "Les messages du chat sont supprimés 30 jours après la fin de la partie.",
            MAJOR,
        ),
        ("fr", "âgés de 16 ans et plus.", "âgés de 13 ans et plus.", MAJOR),
        (
            "fr",
            "Nous vous préviendrons par e-mail avant l'entrée en vigueur de toute modification importante de cette\n"
            "politique.",
            "Si vous continuez à jouer après une modification de cette politique, vous en acceptez la nouvelle "
            "version.",
            RR,
        ),
        (
            "fr",
            "Nous ne vendons jamais vos données\nde jeu.",
            "Nous ne vendons jamais vos données\nde jeu, sauf à nos sponsors de tournois.",
            RR,
        ),
        (
            "fr",
            "Vous pouvez nous demander de supprimer les données de votre compte.",
            "Vous pouvez nous demander de supprimer les données de votre compte uniquement si vous n'avez fait aucun "
            "achat.",
            RR,
        ),
        ("fr", "Les demandes sont gratuites.", "Chaque demande coûte 5 euros.", RR),
        (
            "fr",
            "Pour exercer\nvos droits, écrivez à vie-privee@starforge.example.",
            "Pour exercer\nvos droits, utilisez le formulaire d'assistance du menu du jeu.",
            MAJOR,
        ),
        (
            "fr",
            "situés dans l'Union européenne.",
            "situés dans l'Union européenne et à Singapour.",
            MAJOR,
        ),
    ],
)
def test_a_change_in_a_game_policy_is_must_notify_with_its_class(lang, old, new, expected):
    assert_told(lang, before_after(lang, old, new), expected)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "Match statistics are kept for two years.", "Match statistics are kept for one year."),
        (
            "en",
            "email\nprivacy@starforge.example.",
            "email\nprivacy@starforge.example or write to Starforge Games, 12 Harbour Road, Dublin 2, D02 X963.",
        ),
        ("en", "- your in-game purchases;", "- your in-game purchases (for example skins and season passes);"),
        (
            "en",
            "We never sell your gameplay data.",
            "We never sell your gameplay data. However, we never rent it either.",
        ),
        (
            "fr",
            "Les statistiques de match sont\nconservées deux ans.",
            "Les statistiques de match sont\nconservées un an.",
        ),
        (
            "fr",
            "écrivez à vie-privee@starforge.example.",
            "écrivez à vie-privee@starforge.example ou par courrier à Starforge Games, 12 rue du Port, 13002 "
            "Marseille.",
        ),
        ("fr", "- vos achats en jeu ;", "- vos achats en jeu (par exemple les skins et les passes de saison) ;"),
        (
            "fr",
            "Nous ne vendons jamais vos données\nde jeu.",
            "Nous ne vendons jamais vos données\nde jeu. Nous ne les louons toutefois pas non plus.",
        ),
    ],
)
def test_a_harmless_change_in_a_game_policy_is_not_notified(lang, old, new):
    assert_not_told(lang, before_after(lang, old, new))
