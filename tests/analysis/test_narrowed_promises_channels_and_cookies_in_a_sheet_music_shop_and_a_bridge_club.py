"""A promise narrowed to part of the data, a rights channel removed from a list, a cookie's lifetime lengthened in
a list item, and a third party that sets a cookie, in the words a sheet-music shop (English) and a French bridge
club use. Blind set 10 missed these categories; the scenarios were written, in other sectors and words, before the
fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import MAJOR, RR, assert_told, one_edit

SHOP = """# Privacy at Allegro Sheet Music

## How we use your data

Order data is used to send your scores and answer your questions. We never sell your data, and we never use it
for advertising.

## Your rights

You can exercise your rights:

- by email to privacy@allegro.example;
- through the "My data" form in your account;
- by post to Allegro Ltd, 3 Chord Lane, Bath BA1 1AA.

## Cookies we set with your consent

- **_pk_id** (Matomo): counts visits, 6 months;
- **al_reco**: remembers scores you looked at, 30 days;

Recordings of sample pages are played by our own audio player, without any third party.
"""

BRIDGE = """# Club de bridge du Lys : vos données

## Utilisation

Vos données servent à gérer les tournois et les cotisations. Nous ne vendons jamais vos données et nous ne les
utilisons jamais à des fins publicitaires.

## Vos droits

Vous pouvez exercer vos droits :

- par courriel à donnees@bridge-lys.example ;
- par le formulaire « Mes données » de votre espace membre ;
- par courrier au Club de bridge du Lys, 5 rue des Cartes, 37000 Tours.

## Traceurs soumis à consentement

- **_pk_id** (Matomo) : compte les visites, 6 mois ;
- **lys_pref** : retient vos préférences d'affichage, 30 jours ;

Les donnes commentées sont lues par notre propre lecteur vidéo, sans service tiers.
"""

POLICY = {"en": SHOP, "fr": BRIDGE}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "we never use it\nfor advertising.",
            "we do not use the scores you buy for advertising.",
        ),
        (
            "fr",
            "nous ne les\nutilisons jamais à des fins publicitaires.",
            "nous n'utilisons jamais vos résultats de tournoi à des fins publicitaires.",
        ),
    ],
)
def test_a_promise_narrowed_from_all_the_data_to_part_of_it_takes_the_rest_away(lang, old, new):
    assert_told(lang, one_edit(POLICY[lang], old, new), RR)


@pytest.mark.parametrize(
    ("lang", "item"),
    [
        ("en", '- through the "My data" form in your account;\n'),
        ("fr", "- par le formulaire « Mes données » de votre espace membre ;\n"),
    ],
)
def test_a_way_to_exercise_rights_removed_from_the_list_is_one_way_fewer(lang, item):
    result = assert_told(lang, one_edit(POLICY[lang], item, ""), MAJOR)
    assert "R4" in {reason.rule for reason in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "counts visits, 6 months;", "counts visits, 13 months;"),
        ("fr", "compte les visites, 6 mois ;", "compte les visites, 13 mois ;"),
    ],
)
def test_a_cookie_lifetime_lengthened_in_a_list_item_is_major(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert "R16" in {reason.rule for reason in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Recordings of sample pages are played by our own audio player, without any third party.",
            "Recordings of sample pages are played through Mixcloud; with your consent, Mixcloud sets the cookie "
            "mc_uid (12 months) to count plays.",
        ),
        (
            "fr",
            "Les donnes commentées sont lues par notre propre lecteur vidéo, sans service tiers.",
            "Les donnes commentées sont lues via Dailymotion ; avec votre accord, Dailymotion dépose le cookie "
            "dm_visitor (12 mois) pour compter les vues.",
        ),
    ],
)
def test_a_third_party_that_now_sets_a_cookie_is_a_new_vendor(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert "R15" in {reason.rule for reason in result.reasons}, result.to_dict()
