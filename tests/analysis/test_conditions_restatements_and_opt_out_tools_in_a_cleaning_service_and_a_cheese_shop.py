"""An opt-in condition dropped, promises and retention said again in other words, a right and an opt-out tool
added, in the words a home-cleaning service (English) and a French online cheese shop use. Blind set 7 found these
categories; the scenarios were written, in other sectors and words, before the fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import RR, assert_not_told, assert_told, one_edit

CLEANING = """# How SparkHome handles your data

## Sharing

We are not in the business of selling customer lists. If you opt in, we pass your address to the insurer of your
cleaner, and only to them. Provided you have ticked the box at checkout, we also tell our partner laundries about
your bookings.

## Promises

We do not sell your data and we do not use it for advertising. Visits are not filmed.

## Cookies

When you first visit, a banner lets you accept or refuse cookies. We keep your cookie choice for 6 months and then
ask again.

To opt out of interest-based ads from third parties, use these programmes:

- Network Advertising Initiative - https://optout.networkadvertising.org/
- Google Ads Settings - https://adssettings.google.com/

## Your rights

You may access, correct or erase your data, and object to its use. Write to privacy@sparkhome.example.
"""

CHEESE = """# Fromagerie Lefort : vos données

## Partage

Nous ne faisons pas commerce de vos données. Si vous l'acceptez, nous transmettons vos coordonnées à nos affineurs
partenaires. Sous réserve que vous ayez coché la case lors de la commande, nous informons aussi notre transporteur
frigorifique de vos préférences de livraison.

## Engagements

Nous ne vendons pas vos données et nous ne les utilisons pas pour de la publicité. Les appels ne sont pas
enregistrés.

## Cookies

Lors de votre première visite, un bandeau vous permet d'accepter ou de refuser les cookies. Nous conservons votre
choix pendant 6 mois puis vous le redemandons.

Pour refuser la publicité ciblée de tiers, vous pouvez utiliser les dispositifs d'exclusion suivants :

- Network Advertising Initiative - https://optout.networkadvertising.org/
- Paramètres des annonces Google - https://adssettings.google.com/

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les effacer et vous opposer à leur utilisation. Écrivez à
donnees@fromagerie-lefort.example.
"""

POLICY = {"en": CLEANING, "fr": CHEESE}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "If you opt in, we pass your address to the insurer of your\ncleaner, and only to them.",
            "We pass your address to the insurer of your\ncleaner, and only to them.",
        ),
        (
            "en",
            "Provided you have ticked the box at checkout, we also tell our partner laundries about\nyour bookings.",
            "We also tell our partner laundries about\nyour bookings.",
        ),
        (
            "fr",
            "Si vous l'acceptez, nous transmettons vos coordonnées à nos affineurs\npartenaires.",
            "Nous transmettons vos coordonnées à nos affineurs\npartenaires.",
        ),
        (
            "fr",
            "Sous réserve que vous ayez coché la case lors de la commande, nous informons aussi notre transporteur\n"
            "frigorifique de vos préférences de livraison.",
            "Nous informons aussi notre transporteur\nfrigorifique de vos préférences de livraison.",
        ),
    ],
)
def test_sharing_that_waited_for_the_users_yes_and_no_longer_does_takes_that_choice_away(lang, old, new):
    assert_told(lang, one_edit(POLICY[lang], old, new), RR)


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "We do not sell your data and we do not use it for advertising.",
            "Your data is never sold, and no advertising uses it.",
        ),
        ("en", "Visits are not filmed.", "We never film visits."),
        (
            "fr",
            "Nous ne vendons pas vos données et nous ne les utilisons pas pour de la publicité.",
            "Vos données ne sont jamais vendues, et aucune publicité ne les utilise.",
        ),
        ("fr", "Les appels ne sont pas\nenregistrés.", "Nous n'enregistrons jamais les appels."),
    ],
)
def test_a_promise_said_again_in_the_passive_or_the_active_keeps_it(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "We keep your cookie choice for 6 months and then\nask again.",
            "Your cookie choice is stored for six months, after which we ask again.",
        ),
        (
            "en",
            "We keep your cookie choice for 6 months and then\nask again.",
            "Your cookie choice is stored for six months, after which the banner appears again.",
        ),
        (
            "fr",
            "Nous conservons votre\nchoix pendant 6 mois puis vous le redemandons.",
            "Votre choix est conservé six mois, après quoi nous vous le redemandons.",
        ),
    ],
)
def test_the_same_retention_written_in_words_and_in_the_passive_is_a_restatement(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "You may access, correct or erase your data, and object to its use.",
            "You may access, correct or erase your data, and object to its use, and leave instructions on what "
            "happens to your data after your death.",
        ),
        (
            "fr",
            "Vous pouvez accéder à vos données, les rectifier, les effacer et vous opposer à leur utilisation.",
            "Vous pouvez accéder à vos données, les rectifier, les effacer et vous opposer à leur utilisation, et "
            "définir des directives sur le sort de vos données après votre décès.",
        ),
    ],
)
def test_a_right_added_to_the_list_of_rights_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "anchor", "item"),
    [
        (
            "en",
            "- Google Ads Settings",
            "- Digital Advertising Alliance - https://optout.aboutads.info/\n",
        ),
        (
            "fr",
            "- Paramètres des annonces Google",
            "- Your Online Choices (EDAA) - https://www.youronlinechoices.com/fr/\n",
        ),
    ],
)
def test_one_more_opt_out_programme_in_the_list_of_opt_outs_is_a_new_way_to_refuse_not_a_new_vendor(lang, anchor, item):
    assert_not_told(lang, one_edit(POLICY[lang], anchor, item + anchor))
