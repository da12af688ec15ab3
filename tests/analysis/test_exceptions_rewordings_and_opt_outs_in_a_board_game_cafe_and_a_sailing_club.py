"""A promise narrowed by a sharing clause beside it, a practice said again in the passive, an earlier deletion, a
condition said again as "ne ... que si", and an opt-out offered by a link, in the words a board-game café (English)
and a French sailing club use. Blind set 8 found these categories; the scenarios were written, in other sectors
and words, before the fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import RR, assert_not_told, assert_told, one_edit

CAFE = """# Privacy at The Meeple Room

## How we use your data

We use table bookings and loyalty details to plan the evening and to text you if your table moves. We never pass
your play history to publishers, distributors or advertisers.

Our monthly games newsletter goes to members who asked for it.

## How long we keep it

Bookings: 18 months after your visit. Loyalty cards: until you close them.

## Photos

We photograph tournaments. Photos go on our wall and website only if you agreed when signing up.
"""

VOILE = """# Club de voile des Glénan-Sud : vos données

## Utilisation

Nous utilisons vos données d'inscription pour organiser les stages et vous prévenir en cas de météo défavorable.
Nous ne transmettons jamais vos résultats de régate aux sponsors, aux assureurs ou aux annonceurs.

Nous vous envoyons la lettre du club chaque mois.

## Conservation

Fiches d'inscription : 3 ans après votre dernier stage. Certificats médicaux : 1 an.

## Photos

Les photos des régates ne sont affichées au club ou en ligne qu'avec votre accord, donné à l'inscription.
"""

POLICY = {"en": CAFE, "fr": VOILE}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "We never pass\nyour play history to publishers, distributors or advertisers.",
            "We never pass your play history to advertisers, and we pass it to publishers or distributors only "
            "for their design surveys.",
        ),
        (
            "fr",
            "Nous ne transmettons jamais vos résultats de régate aux sponsors, aux assureurs ou aux annonceurs.",
            "Nous ne transmettons jamais vos résultats de régate aux annonceurs, et nous les transmettons aux "
            "sponsors ou aux assureurs pour leurs palmarès.",
        ),
    ],
)
def test_a_promise_kept_for_some_recipients_while_the_others_now_receive_the_data_takes_it_away(lang, old, new):
    assert_told(lang, one_edit(POLICY[lang], old, new), RR)


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "We use table bookings and loyalty details to plan the evening and to text you if your table moves.",
            "Table bookings and loyalty details are used so that the evening is planned and so that we can text "
            "you if your table changes.",
        ),
        (
            "fr",
            "Nous utilisons vos données d'inscription pour organiser les stages et vous prévenir en cas de météo "
            "défavorable.",
            "Vos données d'inscription sont utilisées pour que les stages soient organisés et pour vous prévenir "
            "en cas de météo défavorable.",
        ),
    ],
)
def test_a_use_said_again_in_the_passive_is_no_new_use(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Bookings: 18 months after your visit.",
            "Bookings: 18 months after your visit, or earlier if you cancel the booking.",
        ),
        (
            "fr",
            "Fiches d'inscription : 3 ans après votre dernier stage.",
            "Fiches d'inscription : 3 ans après votre dernier stage, ou plus tôt si vous supprimez votre compte.",
        ),
    ],
)
def test_an_earlier_deletion_added_to_a_retention_period_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Photos go on our wall and website only if you agreed when signing up.",
            "We put photos on our wall and website only when you have accepted this when signing up.",
        ),
        (
            "fr",
            "Les photos des régates ne sont affichées au club ou en ligne qu'avec votre accord, donné à l'inscription.",
            "Nous n'affichons les photos des régates au club ou en ligne que si vous l'avez accepté à l'inscription.",
        ),
    ],
)
def test_a_condition_said_again_in_other_words_keeps_the_choice(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Our monthly games newsletter goes to members who asked for it.",
            "Our monthly games newsletter goes to members who asked for it; a link at the foot of each issue lets "
            "you stop receiving it.",
        ),
        (
            "fr",
            "Nous vous envoyons la lettre du club chaque mois.",
            "Nous vous envoyons la lettre du club chaque mois ; un lien en bas de chaque lettre permet de ne plus "
            "la recevoir.",
        ),
    ],
)
def test_a_link_that_lets_readers_stop_a_mailing_is_a_new_choice(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))
