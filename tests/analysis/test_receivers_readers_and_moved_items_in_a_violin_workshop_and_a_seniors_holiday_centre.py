"""A long item under "Who receives it" that says a body receives a report, a promise that nobody else reads
messages turned into "normally only", a list reordered with its consent-based item moved, and a strictly
necessary cookie added to the table, in the words a violin workshop (English) and a French holiday centre for
seniors use. Blind set 15 found these categories; the scenarios were written, in other sectors and words, before
the fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import MAJOR, RR, assert_not_told, assert_told, one_edit

WORKSHOP = """# Privacy at Strings & Bows Workshop

## What we collect

Your name, contact details, the instrument you leave with us and the messages you send about its repair.

## Who receives it

- Our courier, when we send an instrument back to you.
- Your music teacher, with your consent, so that they know when the instrument is ready.
- Our insurer, if an instrument is damaged in our care.

## Your messages

Nobody at the workshop other than your luthier reads your messages. Our front desk sees your name and the
repair dates only.

## Cookies

| Cookie | Category | Purpose | Lifetime |
|---|---|---|---|
| sb_session | Strictly necessary | Keeps you signed in | Session |
| _pk_id | Statistics | Counts visits (Matomo) | 13 months |
"""

SEJOURS = """# Les Séjours du Bel Âge : vos données

## Ce que nous collectons

Votre nom, vos coordonnées, votre séjour et les messages que vous nous envoyez.

## Qui les reçoit

- Notre transporteur, pour les trajets vers le centre.
- Votre médecin traitant, avec votre accord, pour préparer le séjour.
- Notre assureur, en cas d'incident pendant le séjour.

## Vos messages

Personne d'autre que votre conseillère ne lit vos messages. L'accueil voit seulement votre nom et vos dates.

## Cookies

| Cookie | Catégorie | Finalité | Durée |
|---|---|---|---|
| bag_session | Strictement nécessaire | Garde votre session ouverte | Session |
| _pk_id | Statistiques | Compte les visites (Matomo) | 13 mois |
"""

POLICY = {"en": WORKSHOP, "fr": SEJOURS}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "- Our insurer, if an instrument is damaged in our care.\n",
            "- Our insurer, if an instrument is damaged in our care.\n- The music school that lends you the "
            "instrument, if it is on loan, which receives a yearly report of the repairs and their cost.\n",
        ),
        (
            "fr",
            "- Notre assureur, en cas d'incident pendant le séjour.\n",
            "- Notre assureur, en cas d'incident pendant le séjour.\n- La caisse de retraite qui finance votre séjour, "
            "le cas échéant, qui reçoit chaque année un relevé de vos séjours et de leur coût.\n",
        ),
    ],
)
def test_a_long_item_saying_a_body_receives_a_report_is_a_new_recipient(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert "R5" in {reason.rule for reason in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Nobody at the workshop other than your luthier reads your messages.",
            "Your messages are normally read only by your luthier. Our quality manager may read a sample of them to "
            "check our service.",
        ),
        (
            "fr",
            "Personne d'autre que votre conseillère ne lit vos messages.",
            "Vos messages sont en principe lus uniquement par votre conseillère. Notre responsable qualité peut en "
            "lire un échantillon pour vérifier notre service.",
        ),
    ],
)
def test_nobody_else_reads_your_messages_turned_into_normally_only_reduces_rights(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), RR)
    assert "R12" in {reason.rule for reason in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "- Your music teacher, with your consent, so that they know when the instrument is ready.\n- Our insurer, "
            "if an instrument is damaged in our care.\n",
            "- Our insurer, if an instrument is damaged in our care.\n- Your music teacher, with your consent, so that "
            "they know when the instrument is ready.\n",
        ),
        (
            "fr",
            "- Votre médecin traitant, avec votre accord, pour préparer le séjour.\n- Notre assureur, en cas "
            "d'incident pendant le séjour.\n",
            "- Notre assureur, en cas d'incident pendant le séjour.\n- Votre médecin traitant, avec votre accord, pour "
            "préparer le séjour.\n",
        ),
    ],
)
def test_a_list_reordered_with_its_consent_based_item_moved_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "| sb_session | Strictly necessary | Keeps you signed in | Session |\n",
            "| sb_session | Strictly necessary | Keeps you signed in | Session |\n| sb_lb | Strictly necessary | Sends "
            "your requests to the same server during your visit | Session |\n",
        ),
        (
            "fr",
            "| bag_session | Strictement nécessaire | Garde votre session ouverte | Session |\n",
            "| bag_session | Strictement nécessaire | Garde votre session ouverte | Session |\n| bag_lb | Strictement "
            "nécessaire | Envoie vos requêtes au même serveur pendant la visite | Session |\n",
        ),
    ],
)
def test_a_strictly_necessary_cookie_added_to_the_table_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))
