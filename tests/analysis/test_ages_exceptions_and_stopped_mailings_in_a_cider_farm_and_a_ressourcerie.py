"""An adults-only service opened to teenagers, an exception said again as the only case, a postal address moved
to a business park, a newsletter stopped with its unsubscribe link, and a promise turned into the practice it
ruled out in a paragraph written anew, in the words a cider farm (English) and a French second-hand shop
(ressourcerie) use. Blind set 13 found these categories; the scenarios were written, in other sectors and words,
before the fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import MAJOR, RR, assert_not_told, assert_told, one_edit

CIDER = """# Privacy at Orchard End Cider Farm

## Who we are

Orchard End Cider Farm Ltd is the controller. Write to privacy@orchardend.example or to Orchard End Cider Farm Ltd,
14 Mill Road, Ledbury HR8 2XX.

## Tastings

Our tastings are for adults only. We check your age on arrival and keep no copy of your ID.

## Newsletter

If you ticked the box, we send you our seasonal newsletter. You can unsubscribe with the link at the bottom of
each issue.

## Who receives your data

Our booking system is run by Bookwhen. We do not share your details with anyone else unless the law requires it.

## Our promise

We never pass your contact details to other drinks producers or to market researchers.
"""

RESSOURCERIE = """# La Ressourcerie du Canal : vos données

## Qui sommes-nous

L'association La Ressourcerie du Canal est responsable du traitement. Écrivez à donnees@ressourcerie-canal.example
ou à La Ressourcerie du Canal, 8 rue des Tanneurs, 59000 Lille.

## Ateliers

Nos ateliers de réparation sont réservés aux personnes majeures. Nous vérifions l'âge à l'inscription sans garder de
copie de la pièce d'identité.

## Lettre d'information

Si vous l'avez demandé, nous vous envoyons notre lettre d'information mensuelle. Vous pouvez vous désinscrire grâce
au lien présent dans chaque envoi.

## Destinataires

Notre logiciel de caisse est fourni par Kipli. Nous ne communiquons vos données à personne d'autre, sauf si la loi
l'exige.

## Nos engagements

Nous ne transmettons jamais vos coordonnées à des brocanteurs ou à des sociétés de débarras.
"""

POLICY = {"en": CIDER, "fr": RESSOURCERIE}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Our tastings are for adults only.",
            "Our tastings are for adults only. Our juice-pressing days are open from age 12, with a parent who "
            "signs a consent form.",
        ),
        (
            "fr",
            "Nos ateliers de réparation sont réservés aux personnes majeures.",
            "Nos ateliers de réparation sont réservés aux personnes majeures. Les ateliers vélo accueillent les jeunes "
            "à partir de 14 ans, avec une autorisation signée d'un parent.",
        ),
    ],
)
def test_an_adults_only_service_opened_to_teenagers_is_major(lang, old, new):
    assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "We do not share your details with anyone else unless the law requires it.",
            "Apart from Bookwhen, we share your details only where the law requires us to.",
        ),
        (
            "fr",
            "Nous ne communiquons vos données à personne d'autre, sauf si la loi\nl'exige.",
            "En dehors de Kipli, nous communiquons vos données uniquement lorsque la loi l'exige.",
        ),
    ],
)
def test_an_exception_said_again_as_the_only_case_keeps_the_promise(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "14 Mill Road, Ledbury HR8 2XX.", "Unit 3, Eastnor Business Park, Ledbury HR8 1YY."),
        ("fr", "8 rue des Tanneurs, 59000 Lille.", "Parc d'activités du Canal, 3 impasse des Forges, 59000 Lille."),
    ],
)
def test_a_postal_address_moved_to_a_business_park_is_new_contact_details(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "If you ticked the box, we send you our seasonal newsletter. You can unsubscribe with the link at the "
            "bottom of\neach issue.",
            "We no longer send a newsletter: the list of its subscribers has been deleted.",
        ),
        (
            "fr",
            "Si vous l'avez demandé, nous vous envoyons notre lettre d'information mensuelle. Vous pouvez vous "
            "désinscrire grâce\nau lien présent dans chaque envoi.",
            "Nous n'envoyons plus de lettre d'information : les adresses de ses abonnés ont été supprimées.",
        ),
    ],
)
def test_a_newsletter_stopped_with_its_unsubscribe_link_is_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "We never pass your contact details to other drinks producers or to market researchers.",
            "So that they can offer you their products, we may pass your contact details and your tasting notes to "
            "drinks producers we work with in the county.",
        ),
        (
            "fr",
            "Nous ne transmettons jamais vos coordonnées à des brocanteurs ou à des sociétés de débarras.",
            "Pour qu'ils vous proposent un devis, nous pouvons transmettre vos coordonnées et la liste de vos objets à "
            "des sociétés de débarras partenaires de votre quartier.",
        ),
    ],
)
def test_a_promise_turned_into_the_practice_it_ruled_out_reduces_rights(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), RR)
    assert "R12" in {reason.rule for reason in result.reasons}, result.to_dict()
