"""Complaint files kept for less time, a form added to the ways to write to us, a user's own refusal beside a
tool, rights and promises said again in other words, and a deletion added at an event, in the words a
picture-framing shop (English) and a French astronomy club use. Blind sets 10 and 11 found these categories; the
scenarios were written, in other sectors and words, before the fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import RR, assert_not_told, assert_told, one_edit

FRAMING = """# Privacy at Gilt & Grain Framers

## What we collect

We record the artwork you bring in:

1. Photographs of the piece, which may show a signature or a dedication.
2. Your name, phone number and collection date.

## How long we keep it

Order records are kept for six years for our accounts. Complaint files are kept for three years after they are
closed. Photographs are deleted after 30 days.

## Your rights

You can request access to your data, correction, deletion, or restriction. We delete your account within 30 days
of your request. To make a request, write to us at:

- privacy@giltgrain.example;
- Gilt & Grain Framers, 4 Kiln Yard, Bath BA1 1XX.

## Cookies

You can accept or refuse statistics cookies at any time. Refusing statistics cookies has no effect on the frame
designer tool or on ordering.

## What we publish

We show finished frames on our website. We do not publish customers' names or the artwork's location.
"""

ASTRONOMIE = """# Club d'astronomie des Trois Vallées : vos données

## Ce que nous collectons

Nous enregistrons pour chaque soirée d'observation :

1. Les photos prises au télescope du club, qui peuvent montrer des participants.
2. Votre nom, votre téléphone et la date de la soirée.

## Durée de conservation

Les fiches d'adhérent sont conservées deux ans après la fin de l'adhésion. Les dossiers de réclamation sont
conservés trois ans après leur clôture. Les photos sont supprimées au bout de 30 jours.

## Vos droits

Vous pouvez accéder à vos données, les faire rectifier ou effacer. Nous supprimons votre compte dans les 30 jours
suivant votre demande. Pour cela, écrivez-nous à :

- contact@astro3vallees.example ;
- Club d'astronomie, 2 chemin de l'Observatoire, 05000 Gap.

## Cookies

Vous pouvez accepter ou refuser les cookies de mesure d'audience. Refuser ces cookies n'a aucun effet sur l'outil
de réservation des soirées.

## Ce que nous publions

Nous publions les comptes rendus des soirées. Nous ne publions pas le nom des participants ni leur commune.
"""

POLICY = {"en": FRAMING, "fr": ASTRONOMIE}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "Complaint files are kept for three years", "Complaint files are kept for one year"),
        (
            "fr",
            "Les dossiers de réclamation sont\nconservés trois ans",
            "Les dossiers de réclamation sont\nconservés un an",
        ),
    ],
)
def test_complaint_files_kept_for_less_time_are_not_a_slower_answer(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "within 30 days\nof your request", "within 90 days\nof your request"),
        ("fr", "dans les 30 jours\nsuivant votre demande", "dans les 90 jours\nsuivant votre demande"),
    ],
)
def test_an_account_deleted_later_after_the_request_is_a_slower_answer(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), RR)
    assert "R4" in {reason.rule for reason in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "- privacy@giltgrain.example;\n",
            "- privacy@giltgrain.example;\n- the online form at giltgrain.example/my-data;\n",
        ),
        (
            "fr",
            "- contact@astro3vallees.example ;\n",
            "- contact@astro3vallees.example ;\n- le formulaire en ligne astro3vallees.example/mes-donnees ;\n",
        ),
    ],
)
def test_a_form_added_to_the_ways_to_write_to_us_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Refusing statistics cookies has no effect on the frame\ndesigner tool or on ordering.",
            "If you refuse statistics cookies, you can still use the frame designer tool and order as usual.",
        ),
        (
            "fr",
            "Refuser ces cookies n'a aucun effet sur l'outil\nde réservation des soirées.",
            "Si vous refusez ces cookies, vous pouvez toujours utiliser l'outil de réservation des soirées.",
        ),
    ],
)
def test_the_users_own_refusal_beside_a_tool_is_no_automated_decision(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


def test_rights_said_again_with_access_asked_for_are_all_still_granted():
    old = "You can request access to your data, correction, deletion, or restriction."
    new = "You can ask for access to, correction, deletion or restriction of your data."
    assert_not_told("en", one_edit(FRAMING, old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Photographs are deleted after 30 days.",
            "Photographs are deleted automatically 30 days after they are taken, and at once when your order is "
            "collected.",
        ),
        (
            "fr",
            "Les photos sont supprimées au bout de 30 jours.",
            "Les photos sont supprimées au bout de 30 jours, et aussitôt si vous le demandez au bureau du club.",
        ),
    ],
)
def test_a_deletion_added_at_an_event_beside_the_period_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Photographs of the piece, which may show",
            "Photographs of the piece; these may show",
        ),
        (
            "fr",
            "Les photos prises au télescope du club, qui peuvent montrer",
            "Les photos prises au télescope du club ; elles peuvent montrer",
        ),
    ],
)
def test_a_list_item_punctuated_otherwise_is_not_new_data(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "We do not publish customers' names or the artwork's location.",
            "Customers' names and the artwork's location are never published.",
        ),
        (
            "fr",
            "Nous ne publions pas le nom des participants ni leur commune.",
            "Le nom des participants et leur commune ne sont jamais publiés.",
        ),
    ],
)
def test_a_promise_not_to_publish_two_things_said_again_in_the_passive_is_kept(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))
