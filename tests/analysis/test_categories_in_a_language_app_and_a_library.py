"""Categories blind set 5 found, told in other words: a language-learning app's privacy and cookie notice
(English) and a French library network's (médiathèques). Written for these tests, before the fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import MAJOR, RR, assert_not_told, assert_told, one_edit

LANGUAGE_APP = """# Privacy and cookie notice

## Who we are

Lingo Ltd runs the Lingo app. You can write to us at:

Lingo Ltd
4 Dock Road
Cork T12 AB34

## What we collect and why

We use your lessons and your scores to adapt the next lesson. Your username and your streak are shown on your
public profile.

We never record your voice, your lessons or the contacts you invite. Our servers are in Ireland, so your data
stays in the EU.

Our tutors and our hosting provider receive your data. Nobody else, and of course we never sell them.

## Cookies

All non-essential cookies are set only with your consent.

### Advertising cookies

We show our ads on social networks using advertising cookies. We never use your lesson history to target ads.

### Audience cookies

We count visits to our pages to improve them.

## Your rights

You may ask for a copy of your data or its erasure. To close your account, email us at help@lingo.ie.
"""

LIBRARY = """# Politique de confidentialité et cookies

## Qui sommes-nous

Le réseau des médiathèques de Rennes gère votre carte de lecteur. Pour nous écrire :

Réseau des médiathèques
12 place du Marché
35000 Rennes

## Ce que nous collectons et pourquoi

Nous utilisons vos emprunts pour gérer les retours et vous envoyer des rappels. Votre pseudonyme et vos
listes de lecture apparaissent sur votre profil public.

Nous ne revendons jamais vos emprunts, vos recherches ni vos avis de lecture. Les serveurs sont à Lyon.

Les bibliothécaires et notre prestataire informatique reçoivent vos données. Aucun autre destinataire, et
nous ne les louons évidemment pas.

## Cookies

Les cookies non essentiels ne sont déposés qu'avec votre consentement.

### Publicité

Nous diffusons nos annonces sur les réseaux sociaux grâce à des cookies publicitaires. Nous n'utilisons pas
vos historiques d'emprunt pour ces annonces.

### Mesure d'audience

Nous comptons les visites de nos pages pour les améliorer.

## Vos droits

Vous pouvez demander l'accès à vos données ou leur effacement. Pour supprimer votre carte, écrivez à
contact@mediatheques-rennes.fr.
"""

POLICY = {"en": LANGUAGE_APP, "fr": LIBRARY}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "We never record your voice, your lessons or the contacts you invite. Our servers are in Ireland, so your "
            "data\nstays in the EU.",
            "We never record your voice or your lessons. Our servers are in Ireland, so all your data\nstays in the "
            "EU.",
        ),
        (
            "fr",
            "Nous ne revendons jamais vos emprunts, vos recherches ni vos avis de lecture. Les serveurs sont à Lyon.",
            "Nous ne revendons jamais vos emprunts ni vos recherches. Les serveurs sont hébergés à Lyon.",
        ),
    ],
)
def test_an_item_dropped_from_a_promise_beside_another_edit_takes_it_away(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), RR)
    assert "R12" in {r.rule for r in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "Nobody else, and of course we never sell them.", "No one else, and naturally we never sell them."),
        (
            "fr",
            "Aucun autre destinataire, et\nnous ne les louons évidemment pas.",
            "Personne d'autre, et bien entendu nous ne les louons pas.",
        ),
    ],
)
def test_a_promise_said_again_in_other_words_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


ADVERTISING = {
    "en": "### Advertising cookies\n\nWe show our ads on social networks using advertising cookies. We never use your "
    "lesson history to target ads.\n\n",
    "fr": "### Publicité\n\nNous diffusons nos annonces sur les réseaux sociaux grâce à des cookies publicitaires. "
    "Nous n'utilisons pas\nvos historiques d'emprunt pour ces annonces.\n\n",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_cookie_category_removed_with_the_promise_that_limited_it_is_not_notified(lang):
    assert_not_told(lang, one_edit(POLICY[lang], ADVERTISING[lang], ""))


@pytest.mark.parametrize(
    ("lang", "anchor", "added"),
    [
        (
            "en",
            "You may ask for a copy of your data or its erasure.",
            " You may also give us instructions about what happens to your data after your death.",
        ),
        (
            "fr",
            "Vous pouvez demander l'accès à vos données ou leur effacement.",
            " Vous pouvez également définir des directives relatives au sort de vos données après votre décès.",
        ),
    ],
)
def test_the_right_to_say_what_happens_to_ones_data_after_death_added_is_not_notified(lang, anchor, added):
    assert_not_told(lang, one_edit(POLICY[lang], anchor, anchor + added))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "Lingo Ltd\n4 Dock Road\nCork T12 AB34", "Lingo Ltd, 4 Dock Road, Cork T12 AB34, Ireland"),
        (
            "fr",
            "Réseau des médiathèques\n12 place du Marché\n35000 Rennes",
            "Réseau des médiathèques, 12 place du Marché, 35000 Rennes, France",
        ),
    ],
)
def test_our_postal_address_put_on_one_line_with_its_country_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "anchor", "added"),
    [
        (
            "en",
            "Your username and your streak are shown on your\npublic profile.",
            " If you wish, you can hide your streak from your public profile in Settings.",
        ),
        (
            "fr",
            "Votre pseudonyme et vos\nlistes de lecture apparaissent sur votre profil public.",
            " Si vous le souhaitez, vous pouvez masquer vos listes de lecture de votre profil public dans Paramètres.",
        ),
    ],
)
def test_a_new_way_to_hide_what_is_public_is_not_notified(lang, anchor, added):
    assert_not_told(lang, one_edit(POLICY[lang], anchor, anchor + added))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "To close your account, email us at help@lingo.ie.",
            "To close your account, send a registered letter with a copy of your passport to our head office.",
        ),
        (
            "fr",
            "Pour supprimer votre carte, écrivez à\ncontact@mediatheques-rennes.fr.",
            "Pour supprimer votre carte, adressez-nous un courrier recommandé accompagné d'une copie de votre pièce "
            "d'identité.",
        ),
    ],
)
def test_closing_ones_account_made_harder_takes_a_right_away(lang, old, new):
    assert_told(lang, one_edit(POLICY[lang], old, new), RR)


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "All non-essential cookies are set only with your consent.",
            "All non-essential cookies are set only with your consent, except audience cookies, which we set on the "
            "basis of our legitimate interest and which you cannot refuse.",
        ),
        (
            "fr",
            "Les cookies non essentiels ne sont déposés qu'avec votre consentement.",
            "Les cookies non essentiels ne sont déposés qu'avec votre consentement, sauf les cookies de mesure "
            "d'audience, déposés sur la base de notre intérêt légitime et que vous ne pouvez pas refuser.",
        ),
    ],
)
def test_cookies_taken_off_consent_with_no_way_to_refuse_take_a_choice_away(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), RR)
    assert result.reconsent or result.change_class is RR, result.to_dict()


def test_the_sample_policies_are_must_notify_when_a_recipient_is_added():
    """The control: these sample policies are not so odd that nothing in them is ever told."""
    assert_told("en", one_edit(LANGUAGE_APP, "Our tutors and", "Our tutors, our advertising partners and"), MAJOR)
    added = "Les bibliothécaires, nos partenaires publicitaires et"
    assert_told("fr", one_edit(LIBRARY, "Les bibliothécaires et", added), MAJOR)


RECIPIENTS_PROMISE = {
    "en": "Nobody else, and of course we never sell them.",
    "fr": "Aucun autre destinataire, et\nnous ne les louons évidemment pas.",
}


@pytest.mark.parametrize(
    ("lang", "before", "after"),
    [
        ("en", "Nothing else, and we never rent them.", "No one else, and naturally we never rent them."),
        (
            "fr",
            "Rien d'autre, et nous ne les louons jamais.",
            "Personne d'autre, et bien entendu nous ne les louons jamais.",
        ),
    ],
)
def test_a_promise_after_another_negative_word_said_again_is_not_notified(lang, before, after):
    """ "Personne d'autre, et nous ne les louons jamais": the promise is the second negation of its clause."""
    policy = one_edit(POLICY[lang], RECIPIENTS_PROMISE[lang], before)[1]
    assert_not_told(lang, one_edit(policy, before, after))


def test_an_american_postal_address_put_on_one_line_with_its_country_is_not_notified():
    american = one_edit(
        LANGUAGE_APP, "Lingo Ltd\n4 Dock Road\nCork T12 AB34", "Lingo Inc\n100 Congress Avenue\nAustin, TX 78701"
    )[1]
    assert_not_told(
        "en",
        one_edit(
            american,
            "Lingo Inc\n100 Congress Avenue\nAustin, TX 78701",
            "Lingo Inc, 100 Congress Avenue, Austin, TX 78701, USA",
        ),
    )


def test_a_way_to_hide_something_from_ones_profile_page_is_no_profiling():
    """A public profile is a page; profiling users is a purpose (R2)."""
    policy = LANGUAGE_APP.replace("shown on your\npublic profile", "shown to other learners")
    anchor = "You may ask for a copy of your data or its erasure."
    added = " If you prefer, you can hide your scores from your public profile in Settings > Privacy."
    assert_not_told("en", one_edit(policy, anchor, anchor + added))
