"""An editor rewords three kinds of sentence that carry weight: a promise not to use data for some purposes, the
condition (the user's consent) under which we do something, and who we are. Rewording keeps them; dropping one
of the purposes a promise excluded, or the condition, takes something away.

The policies are a pet insurer's (English) and a French temporary-work agency's, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import MAJOR, RR, assert_not_told, assert_told, one_edit

PET_INSURER = """# Privacy notice

## Who we are

Paws & Co Insurance Ltd provides pet insurance in the United Kingdom. Its registered office is at 12 Mill Lane,
Bristol BS1 4AA. It is the controller of your personal data.

## What we collect

We collect your name, your address, your bank details and your pet's health records from the vets you use.

## How we use it

We use your data to quote, to manage your policy and to pay your claims. With your consent, we send you our
newsletter once a month. Subject to your consent, we share your location with the nearest partner vet.

We never use your pet's health records to set your premium or to refuse a claim.

Your answers to our surveys are not used for advertising, nor for profiling, nor for credit scoring.

## How long we keep it

We keep your policy records for six years after the policy ends.

## Your rights

You may ask for a copy of your data, its correction or its erasure by writing to privacy@pawsco.co.uk.
"""

TEMP_AGENCY = """# Politique de confidentialité

## Qui sommes-nous

Intérim Plus est une agence d'emploi. Son siège est au 8 rue Colbert, 69002 Lyon. Elle est responsable du
traitement de vos données.

## Ce que nous collectons

Nous collectons votre CV, vos diplômes, vos relevés d'heures et vos coordonnées bancaires.

## Pourquoi nous les utilisons

Nous utilisons vos données pour vous proposer des missions, établir vos contrats et vous payer. Avec votre
consentement, nous vous envoyons des offres de missions par SMS. Sous réserve de votre accord, nous
transmettons votre CV aux entreprises clientes.

Vos relevés d'heures ne sont jamais utilisés pour évaluer votre performance ni pour fixer votre rémunération.

Nous ne transmettons votre CV ni à vos anciens employeurs ni à des agences concurrentes.

## Combien de temps nous les gardons

Nous conservons votre dossier pendant deux ans après votre dernière mission.

## Vos droits

Vous pouvez demander l'accès à vos données, leur rectification ou leur effacement en écrivant à
dpo@interimplus.fr.
"""

POLICY = {"en": PET_INSURER, "fr": TEMP_AGENCY}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "to set your premium or to refuse a claim.",
            "to refuse a claim.",
        ),
        (
            "en",
            "not used for advertising, nor for profiling, nor for credit scoring.",
            "not used for advertising, nor for credit scoring.",
        ),
        (
            "fr",
            "jamais utilisés pour évaluer votre performance ni pour fixer votre rémunération.",
            "jamais utilisés pour fixer votre rémunération.",
        ),
        (
            "fr",
            "Nous ne transmettons votre CV ni à vos anciens employeurs ni à des agences concurrentes.",
            "Nous ne transmettons pas votre CV à des agences concurrentes.",
        ),
    ],
)
def test_a_promise_that_no_longer_excludes_one_of_its_purposes_or_recipients_takes_it_away(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), RR)
    assert "R12" in {r.rule for r in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "to set your premium or to refuse a claim.", "to calculate your premium or to refuse a claim."),
        ("en", "We never use your pet's health records", "Your pet's health records are never used"),
        ("fr", "pour évaluer votre performance ni pour fixer", "pour noter votre performance ni pour calculer"),
        ("fr", "Nous ne transmettons votre CV ni à", "Votre CV n'est transmis ni à"),
    ],
)
def test_a_promise_reworded_with_every_purpose_and_recipient_kept_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "With your consent, we send you our", "If you agree, we send you our"),
        ("en", "Subject to your consent, we share your location", "With your permission, we share your location"),
        ("fr", "Avec votre\nconsentement, nous vous envoyons", "Si vous y consentez, nous vous envoyons"),
        ("fr", "Sous réserve de votre accord, nous\ntransmettons", "Avec votre autorisation, nous transmettons"),
    ],
)
def test_the_users_consent_asked_in_other_words_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "With your consent, we send you our", "We send you our"),
        ("en", "Subject to your consent, we share your location", "We share your location"),
        ("fr", "Avec votre\nconsentement, nous vous envoyons", "Nous vous envoyons"),
        ("fr", "Sous réserve de votre accord, nous\ntransmettons", "Nous transmettons"),
    ],
)
def test_the_users_consent_no_longer_asked_is_major(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert "R10" in {r.rule for r in result.reasons}, result.to_dict()


WHO_WE_ARE = {
    "en": (
        "Paws & Co Insurance Ltd provides pet insurance in the United Kingdom. Its registered office is at "
        "12 Mill Lane,\nBristol BS1 4AA. It is the controller of your personal data."
    ),
    "fr": (
        "Intérim Plus est une agence d'emploi. Son siège est au 8 rue Colbert, 69002 Lyon. Elle est responsable du\n"
        "traitement de vos données."
    ),
}


@pytest.mark.parametrize(
    ("lang", "new"),
    [
        (
            "en",
            "Paws & Co Insurance Ltd, which provides pet insurance in the United Kingdom and whose registered office "
            "is at 12 Mill Lane, Bristol BS1 4AA, is the controller of the personal data described in this notice.",
        ),
        (
            "fr",
            "Agence d'emploi dont le siège se trouve au 8 rue Colbert, 69002 Lyon, Intérim Plus est responsable des "
            "traitements de données décrits dans la présente politique.",
        ),
    ],
)
def test_who_we_are_said_in_one_sentence_instead_of_three_is_not_notified(lang, new):
    assert_not_told(lang, one_edit(POLICY[lang], WHO_WE_ARE[lang], new))


@pytest.mark.parametrize(
    ("lang", "new"),
    [
        (
            "en",
            "Paws & Co Insurance Ltd, whose registered office is at 12 Mill Lane, Bristol BS1 4AA, is the controller "
            "of your personal data, which it shares with its reinsurers to price their cover.",
        ),
        (
            "fr",
            "Intérim Plus, dont le siège se trouve au 8 rue Colbert, 69002 Lyon, est responsable du traitement de vos "
            "données, qu'elle partage avec ses assureurs pour calculer leurs primes.",
        ),
    ],
)
def test_who_we_are_said_again_with_a_new_recipient_slipped_in_is_told(lang, new):
    assert_told(lang, one_edit(POLICY[lang], WHO_WE_ARE[lang], new), MAJOR)
