"""Round six, first fresh batch: a fintech app's policy, written and run once before any fix of round six.

It covers what blind set 3 found missing, in new words: a promise weakened by a clause that follows it
("however", "except", "unless", "toutefois", "sauf"), a right narrowed to one purpose or one case, the channel
for exercising rights changed to another kind (R4) as against a new address on the same kind of channel (R14),
and the usual categories of issue 14 in a sector none of the earlier batches used.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from tests.analysis.scenarios import assert_not_told, assert_told, one_edit

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

POLICY = {
    "en": """# Ledgerly privacy notice

## What we hold about you

We hold your name, your date of birth, your bank account number and the history of your payments.

## How we use it

We use your payment history to show your budget and to detect fraud. We do not share your payment history
with advertisers.

## Who sees it

Our card issuer, Tessera Bank, and our hosting provider receive the data they need to run your account.

## How long we keep it

Payment history is kept for five years after the account is closed, as banking law requires.

## Your rights

You can object to the processing of your data at any time. You may ask us to delete your data. You may
withdraw your consent at any time in the app settings.

To exercise your rights, write to our support team through the help centre in the app.
""",
    "fr": """# Politique de confidentialité de Ledgerly

## Ce que nous détenons

Nous détenons votre nom, votre date de naissance, votre numéro de compte bancaire et l'historique de vos
paiements.

## Ce que nous en faisons

Nous utilisons l'historique de vos paiements pour afficher votre budget et détecter la fraude. Nous ne
partageons pas l'historique de vos paiements avec des annonceurs.

## Qui y a accès

Notre émetteur de cartes, Tessera Bank, et notre hébergeur reçoivent les données nécessaires à la tenue de votre
compte.

## Durée de conservation

L'historique des paiements est conservé cinq ans après la clôture du compte, comme l'exige la loi bancaire.

## Vos droits

Vous pouvez vous opposer au traitement de vos données à tout moment. Vous pouvez nous demander d'effacer vos
données. Vous pouvez retirer votre consentement à tout moment dans les réglages de l'application.

Pour exercer vos droits, écrivez à notre équipe d'assistance depuis le centre d'aide de l'application.
""",
}


def before_after(lang: str, old: str, new: str) -> tuple[str, str]:
    return one_edit(POLICY[lang], old, new)


PROMISE_EN = "We do not share your payment history\nwith advertisers."
PROMISE_FR = "Nous ne\npartageons pas l'historique de vos paiements avec des annonceurs."


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", PROMISE_EN, PROMISE_EN + " However, we may share it in aggregated form with partner merchants."),
        ("en", "with advertisers.", "with advertisers, except where you join a cashback offer."),
        ("en", "with advertisers.", "with advertisers unless it is pseudonymised first."),
        ("en", PROMISE_EN, PROMISE_EN + " That said, advertisers may receive a hashed version of your email."),
        ("fr", PROMISE_FR, PROMISE_FR + " Il peut toutefois être transmis sous forme agrégée à des commerçants."),
        ("fr", PROMISE_FR, PROMISE_FR + " Cependant, votre e-mail haché peut leur être communiqué."),
        ("fr", "avec des annonceurs.", "avec des annonceurs, sauf si vous adhérez à une offre de remboursement."),
        ("fr", "avec des annonceurs.", "avec des annonceurs, à moins qu'il ne soit pseudonymisé."),
    ],
)
def test_a_promise_weakened_by_a_following_clause_takes_something_away(lang, old, new):
    assert_told(lang, before_after(lang, old, new), RR)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "You can object to the processing of your data at any time.",
            "You can object to the processing of your data for direct marketing.",
        ),
        (
            "en",
            "You may ask us to delete your data.",
            "You may ask us to delete your data once your account is closed.",
        ),
        (
            "en",
            "You may\nwithdraw your consent at any time in the app settings.",
            "You may\nwithdraw your consent to marketing messages in the app settings.",
        ),
        (
            "fr",
            "Vous pouvez vous opposer au traitement de vos données à tout moment.",
            "Vous pouvez vous opposer au traitement de vos données à des fins de prospection commerciale.",
        ),
        (
            "fr",
            "Vous pouvez nous demander d'effacer vos\ndonnées.",
            "Vous pouvez nous demander d'effacer vos\ndonnées après la clôture de votre compte.",
        ),
        (
            "fr",
            "Vous pouvez retirer votre consentement à tout moment dans les réglages de l'application.",
            "Vous pouvez retirer votre consentement aux messages commerciaux dans les réglages de l'application.",
        ),
    ],
)
def test_a_right_narrowed_to_one_purpose_or_case_takes_something_away(lang, old, new):
    assert_told(lang, before_after(lang, old, new), RR)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "write to our support team through the help centre in the app.",
            "fill in our privacy request form at https://ledgerly.example/privacy-request.",
        ),
        (
            "fr",
            "écrivez à notre équipe d'assistance depuis le centre d'aide de l'application.",
            "remplissez notre formulaire de demande en ligne sur https://ledgerly.example/demande-rgpd.",
        ),
    ],
)
def test_the_rights_channel_changed_to_another_kind_is_major(lang, old, new):
    assert_told(lang, before_after(lang, old, new), MAJOR)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", PROMISE_EN, PROMISE_EN + " However, we never sell it to anyone."),
        (
            "en",
            "You may ask us to delete your data.",
            "You may ask us to delete your data at any time.",
        ),
        (
            "en",
            "through the help centre in the app.",
            "through the help centre in the app, or by post to Ledgerly, 5 Mint Lane, Leeds LS1 4AB.",
        ),
        ("fr", PROMISE_FR, PROMISE_FR + " Nous ne le vendons toutefois à personne."),
        (
            "fr",
            "Vous pouvez nous demander d'effacer vos\ndonnées.",
            "Vous pouvez nous demander à tout moment d'effacer vos\ndonnées.",
        ),
        (
            "fr",
            "depuis le centre d'aide de l'application.",
            "depuis le centre d'aide de l'application, ou par courrier à Ledgerly, 5 rue de la Monnaie, 69002 Lyon.",
        ),
    ],
)
def test_a_promise_added_a_right_widened_or_a_channel_added_is_not_notified(lang, old, new):
    assert_not_told(lang, before_after(lang, old, new))
