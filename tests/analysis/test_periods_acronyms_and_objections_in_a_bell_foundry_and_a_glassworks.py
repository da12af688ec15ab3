"""A retention period lengthened with a reason that names another period, a period lengthened in a list under
"How long?", an acronym spelled out in brackets, a suspension reworded with an adverb, and a new use "unless you
object" after a promise, in the words a bell foundry (English) and a French art glassworks use. Blind set 14
found these categories; the scenarios were written, in other sectors and words, before the fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import MAJOR, assert_not_told, assert_told, one_edit

FOUNDRY = """# Privacy at Whitcombe Bell Foundry

## Who we are

Whitcombe Bell Foundry Ltd is the controller. Our tuning certificates are issued under the CCBR scheme.

## How long?

- Visitor logs of the casting days: 2 years after the visit.
- Commission files: 6 years after the bell is hung.

## Recordings

Recordings of the bells' strike tones are kept for 14 months, after which they are deleted and only the
tuning figures remain.

## Orders

We check large orders by hand; an order can be paused while we call you.

## Use of your messages

We use your messages to answer you and to plan your commission. We do not use your messages for advertising.
"""

VERRERIE = """# Verrerie d'art du Val : vos données

## Qui sommes-nous

La Verrerie d'art du Val SARL est responsable du traitement. Nos pièces sont certifiées par le label EPV.

## Combien de temps ?

- Registre des visites de l'atelier : 2 ans après la visite.
- Dossiers de commande : 6 ans après la livraison.

## Enregistrements

Les vidéos des démonstrations de soufflage sont conservées 14 mois, puis supprimées ; seules les fiches
techniques restent.

## Commandes

Nous vérifions à la main les grosses commandes ; une commande peut être suspendue le temps que nous vous appelions.

## Utilisation de vos messages

Nous utilisons vos messages pour vous répondre et préparer votre commande. Nous n'utilisons pas vos messages à des
fins publicitaires.
"""

POLICY = {"en": FOUNDRY, "fr": VERRERIE}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "kept for 14 months,",
            "kept for 30 months, so that we can compare each bell with the one cast two years before,",
        ),
        (
            "fr",
            "conservées 14 mois,",
            "conservées 30 mois, pour comparer chaque pièce à celle soufflée deux ans plus tôt,",
        ),
    ],
)
def test_a_period_lengthened_with_a_reason_naming_another_period_is_major(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert "R8" in {reason.rule for reason in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "2 years after the visit.", "5 years after the visit."),
        ("fr", "2 ans après la visite.", "5 ans après la visite."),
    ],
)
def test_a_period_lengthened_in_a_list_under_how_long_is_major(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert "R8" in {reason.rule for reason in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Our tuning certificates are issued under the CCBR scheme.",
            "Our certificates are issued under the CCBR (Central Council Bell Register) scheme.",
        ),
        (
            "fr",
            "Nos pièces sont certifiées par le label EPV.",
            "Nos pièces portent le label EPV (Entreprise du Patrimoine Vivant).",
        ),
    ],
)
def test_an_acronym_spelled_out_in_brackets_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "We check large orders by hand; an order can be paused while we call you.",
            "We check large orders by hand, for example an order far above your usual amount. An order can then be "
            "paused while we call you.",
        ),
        (
            "fr",
            "Nous vérifions à la main les grosses commandes ; une commande peut être suspendue le temps que nous vous "
            "appelions.",
            "Nous vérifions à la main les grosses commandes, par exemple d'un montant inhabituel. Une commande peut "
            "alors être suspendue le temps que nous vous appelions.",
        ),
    ],
)
def test_a_suspension_explained_and_reworded_with_an_adverb_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "We do not use your messages for advertising.",
            "We do not use your messages for advertising. Unless you object, your messages are also used, without "
            "your name, to train our order assistant.",
        ),
        (
            "fr",
            "Nous n'utilisons pas vos messages à des\nfins publicitaires.",
            "Nous n'utilisons pas vos messages à des fins publicitaires. Sauf opposition de votre part, vos messages "
            "sont également utilisés, sans votre nom, pour entraîner notre assistant de commande.",
        ),
    ],
)
def test_a_new_use_unless_you_object_after_a_promise_is_major_not_a_broken_promise(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert result.change_class is MAJOR, result.to_dict()
