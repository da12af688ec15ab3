"""Data once destroyed now kept, a promise said again with another form of its verb, a host named as it always
was, and a deletion explained, in the words a piano tuner (English) and a French midwife's practice use. Blind set 9
found these categories; the scenarios were written, in other sectors and words, before the fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import MAJOR, assert_not_told, assert_told, one_edit

TUNER = """# Privacy at Keynote Tuning

## What we keep

We keep your address and your piano's service history for 5 years after the last visit. Voice memos recorded
during a tuning are deleted once the visit report is written.

## Sharing

Our booking software is hosted by a provider in Ireland. We do not sell customer data.

## Access to your home

Door codes you give us are erased when the job is done.
"""

SAGE_FEMME = """# Cabinet de sage-femme Les Tilleuls : vos données

## Conservation

Le dossier médical est conservé 20 ans après la dernière consultation. Les photos prises pendant le suivi sont
supprimées à la fin du suivi.

## Hébergement

Le logiciel du cabinet est hébergé chez un hébergeur certifié pour les données de santé. Nous ne vendons pas vos
données.

## Accès au domicile

Les codes d'accès que vous nous confiez sont effacés à la fin du suivi.
"""

POLICY = {"en": TUNER, "fr": SAGE_FEMME}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Voice memos recorded\nduring a tuning are deleted once the visit report is written.",
            "Voice memos recorded during a tuning are kept with your service history, for the same period.",
        ),
        (
            "fr",
            "Les photos prises pendant le suivi sont\nsupprimées à la fin du suivi.",
            "Les photos prises pendant le suivi sont conservées avec le dossier, pendant la même durée.",
        ),
    ],
)
def test_data_once_deleted_at_an_event_now_kept_with_the_file_is_kept_longer(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert "R8" in {reason.rule for reason in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "We do not sell customer data.", "Customer data is never sold."),
        ("fr", "Nous ne vendons pas vos\ndonnées.", "Vos données ne sont jamais vendues."),
    ],
)
def test_a_promise_said_again_with_another_form_of_its_verb_is_kept(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Our booking software is hosted by a provider in Ireland.",
            "Our booking software is hosted by a provider in Ireland, Cloudhaven Ltd, as it has been since we opened.",
        ),
        (
            "fr",
            "Le logiciel du cabinet est hébergé chez un hébergeur certifié pour les données de santé.",
            "Le logiciel du cabinet est hébergé chez un hébergeur certifié pour les données de santé, la société "
            "Medistock, comme depuis l'ouverture du cabinet.",
        ),
    ],
)
def test_a_host_named_as_it_has_always_been_is_a_clarification(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Door codes you give us are erased when the job is done.",
            "Door codes you give us are erased when the job is done: the spare key is handed back to you and the "
            "code is wiped from our phones that day.",
        ),
        (
            "fr",
            "Les codes d'accès que vous nous confiez sont effacés à la fin du suivi.",
            "Les codes d'accès que vous nous confiez sont effacés à la fin du suivi : la clé vous est rendue et le "
            "code est supprimé de nos téléphones le jour même.",
        ),
    ],
)
def test_how_a_deletion_is_carried_out_explained_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))
