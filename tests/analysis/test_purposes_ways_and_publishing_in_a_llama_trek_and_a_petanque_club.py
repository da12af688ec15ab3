"""A new purpose for a tracker already named, a way to exercise rights in person removed, and a promise not to
publish said again in the passive, in the words a llama-trekking farm (English) and a French pétanque club use.
Blind set 11 found these categories; the scenarios were written, in other sectors and words, before the fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import MAJOR, assert_not_told, assert_told, one_edit

TREKS = """# Privacy at Fellside Llama Treks

## Marketing cookies

With your consent, we use the Meta Pixel (`_fbp`, up to 3 months) to count how many bookings come from our
Facebook posts.

## Your rights

You can see, correct or delete your data by writing to the farm office or by speaking to us at the farm gate on
trek days. You can also complain to the ICO.

## What we publish

We share trek photos on our noticeboard. We do not publish walkers' surnames or ages.
"""

PETANQUE = """# Club de pétanque de la Treille : vos données

## Cookies publicitaires

Avec votre accord, nous utilisons le pixel Meta (`_fbp`, 3 mois au plus) pour compter les inscriptions venues de nos
publications Facebook.

## Vos droits

Vous pouvez consulter, corriger ou effacer vos données en écrivant au secrétariat ou en venant nous voir au
boulodrome le samedi matin. Vous pouvez aussi saisir la CNIL.

## Ce que nous publions

Nous affichons les résultats des concours au club. Nous ne publions pas l'âge ni l'adresse des joueurs.
"""

POLICY = {"en": TREKS, "fr": PETANQUE}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "to count how many bookings come from our\nFacebook posts.",
            "to count how many bookings come from our Facebook posts and to show our adverts to people who looked at "
            "our trek pages.",
        ),
        (
            "fr",
            "pour compter les inscriptions venues de nos\npublications Facebook.",
            "pour compter les inscriptions venues de nos publications Facebook et pour montrer nos publicités aux "
            "personnes qui ont consulté nos pages.",
        ),
    ],
)
def test_a_tracker_already_named_used_for_a_new_purpose_is_major(lang, old, new):
    assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "by writing to the farm office or by speaking to us at the farm gate on\ntrek days.",
            "by writing to the farm office.",
        ),
        (
            "fr",
            "en écrivant au secrétariat ou en venant nous voir au\nboulodrome le samedi matin.",
            "en écrivant au secrétariat.",
        ),
    ],
)
def test_a_way_to_exercise_rights_in_person_removed_is_one_way_fewer(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert "R4" in {reason.rule for reason in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "We do not publish walkers' surnames or ages.", "Walkers' surnames and ages are never published."),
        (
            "fr",
            "Nous ne publions pas l'âge ni l'adresse des joueurs.",
            "L'âge et l'adresse des joueurs ne sont jamais publiés.",
        ),
    ],
)
def test_a_promise_not_to_publish_said_again_in_the_passive_is_kept(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))
