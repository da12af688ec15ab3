"""Round six, fifth fresh batch: short policies of an edtech service for schools, a recruiting site, a food
delivery app, a telecom operator and a French transport app, written after the fourth batch was fixed and run
once before any fix of their own. Each category of issue 14 and of blind set 3's misses, in words none of the
earlier batches used.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from tests.analysis.scenarios import assert_not_told, assert_told, one_edit

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

SCHOOLS = """# Classnote privacy notice for schools

## What we process

Classnote processes pupils' names, classes and homework marks on behalf of the school.

## Sharing

Pupils' data is never used for advertising. We share it with no one except the school.

## Retention

Homework is deleted at the end of each school year.

## Rights

Parents may object to the processing of their child's data at any time by contacting the school.
"""

RECRUITING = """# Politique de confidentialité de Talento

## Données des candidats

Nous recueillons votre CV, votre lettre de motivation et vos coordonnées.

## Destinataires

Votre candidature n'est transmise qu'aux recruteurs des offres auxquelles vous postulez.

## Conservation

Les candidatures sont conservées deux ans après le dernier contact.

## Vos droits

Vous pouvez retirer votre candidature et faire effacer vos données à tout moment depuis votre espace candidat.
"""

DELIVERY = """# Munchbox privacy policy

## What we collect

Your delivery address, your orders and your phone number.

## Couriers

Couriers see your first name and delivery address only while they carry your order. We do not give couriers
your phone number.

## Marketing

We send offers by email only if you tick the box when you sign up.

## Your rights

You can ask for a copy of your data or its deletion from the account page.
"""

TELECOM = """# Politique de confidentialité d'Onde Mobile

## Données de trafic

Nous conservons vos données de trafic un an, comme la loi nous y oblige.

## Géolocalisation

Nous n'utilisons pas la localisation de votre ligne à des fins commerciales.

## Vos droits

Vous pouvez vous opposer à tout moment à la prospection commerciale. Pour exercer vos droits, appelez le service
client au 3900 ou écrivez depuis votre espace client.
"""

TRANSPORT = """# Politique de confidentialité de l'application Trajets

## Données utilisées

L'application utilise vos titres de transport et, si vous l'activez, votre position pour proposer des
itinéraires.

## Conservation

Votre historique de trajets est supprimé au bout de 30 jours.

## Partage

Nous ne partageons pas votre historique de trajets avec des tiers.

## Vos droits

Vous pouvez demander l'effacement de vos données à tout moment depuis l'application.
"""


@pytest.mark.parametrize(
    "lang, text, old, new, expected",
    [
        ("en", SCHOOLS, "classes and homework marks", "classes, homework marks and webcam recordings", MAJOR),
        (
            "en",
            SCHOOLS,
            "We share it with no one except the school.",
            "We share it with no one except the school and our analytics partner, Brightmetrics.",
            MAJOR,
        ),
        (
            "en",
            SCHOOLS,
            "Pupils' data is never used for advertising.",
            "Pupils' data is never used for advertising. That said, we may show pupils offers from our partners.",
            RR,
        ),
        (
            "en",
            SCHOOLS,
            "at any time by contacting the school.",
            "to its use for product research only, by contacting the school.",
            RR,
        ),
        (
            "en",
            SCHOOLS,
            "Homework is deleted at the end of each school year.",
            "Homework is kept for three years.",
            MAJOR,
        ),
        (
            "fr",
            RECRUITING,
            "votre lettre de motivation et vos coordonnées",
            "vos coordonnées et vos profils sur les réseaux sociaux, que nous consultons",
            MAJOR,
        ),
        (
            "fr",
            RECRUITING,
            "Votre candidature n'est transmise qu'aux recruteurs des offres auxquelles vous postulez.",
            "Votre candidature est visible de tous les recruteurs inscrits sur Talento.",
            MAJOR,
        ),
        (
            "fr",
            RECRUITING,
            "Vous pouvez retirer votre candidature et faire effacer vos données à tout moment depuis votre espace "
            "candidat.",
            "Vous pouvez retirer votre candidature depuis votre espace candidat. L'effacement de vos données n'est "
            "possible qu'après la clôture de l'offre.",
            RR,
        ),
        (
            "fr",
            RECRUITING,
            "conservées deux ans après le dernier contact.",
            "conservées tant que votre profil présente un intérêt pour nos clients.",
            MAJOR,
        ),
        (
            "en",
            DELIVERY,
            "We do not give couriers\nyour phone number.",
            "We do not give couriers\nyour phone number, unless they cannot find your address.",
            RR,
        ),
        (
            "en",
            DELIVERY,
            "We send offers by email only if you tick the box when you sign up.",
            "We send offers by email; you can unsubscribe at any time.",
            MAJOR,
        ),
        (
            "en",
            DELIVERY,
            "from the account page.",
            "by writing to our Data Protection Officer, Munchbox Ltd, 2 Quay Street, Bristol BS1 4DJ.",
            RR,
        ),
        (
            "en",
            DELIVERY,
            "Your delivery address, your orders and your phone number.",
            "Your delivery address, your orders, your phone number and the GPS position of your phone while you wait.",
            MAJOR,
        ),
        (
            "fr",
            TELECOM,
            "Nous n'utilisons pas la localisation de votre ligne à des fins commerciales.",
            "Nous n'utilisons pas la localisation de votre ligne à des fins commerciales. En revanche, elle peut "
            "être communiquée sous forme agrégée à des annonceurs.",
            RR,
        ),
        (
            "fr",
            TELECOM,
            "appelez le service\nclient au 3900 ou écrivez depuis votre espace client.",
            "remplissez le formulaire en ligne sur onde-mobile.example/droits.",
            MAJOR,
        ),
        (
            "fr",
            TELECOM,
            "Nous conservons vos données de trafic un an,",
            "Nous conservons vos données de trafic cinq ans,",
            MAJOR,
        ),
        (
            "fr",
            TRANSPORT,
            "et, si vous l'activez, votre position",
            "et votre position",
            MAJOR,
        ),
        (
            "fr",
            TRANSPORT,
            "Nous ne partageons pas votre historique de trajets avec des tiers.",
            "Nous ne partageons pas votre historique de trajets avec des tiers, hormis nos partenaires de mobilité.",
            RR,
        ),
        (
            "fr",
            TRANSPORT,
            "Vous pouvez demander l'effacement de vos données à tout moment depuis l'application.",
            "Vous pouvez demander l'effacement de vos données de paiement depuis l'application.",
            RR,
        ),
    ],
)
def test_a_change_in_another_sector_is_must_notify_with_its_class(lang, text, old, new, expected):
    assert_told(lang, one_edit(text, old, new), expected)


@pytest.mark.parametrize(
    "lang, text, old, new",
    [
        (
            "en",
            SCHOOLS,
            "Homework is deleted at the end of each school year.",
            "Homework is deleted at the end of each term.",
        ),
        (
            "en",
            DELIVERY,
            "from the account page.",
            "from the account page, or in the chat of the app.",
        ),
        (
            "fr",
            TELECOM,
            "Vous pouvez vous opposer à tout moment à la prospection commerciale.",
            "Vous pouvez vous opposer à tout moment à la prospection commerciale, y compris par SMS.",
        ),
        (
            "fr",
            TRANSPORT,
            "Votre historique de trajets est supprimé au bout de 30 jours.",
            "Votre historique de trajets est supprimé au bout de 7 jours.",
        ),
        (
            "fr",
            RECRUITING,
            "Vous pouvez retirer votre candidature",
            "Vous pouvez à tout moment retirer votre candidature",
        ),
    ],
)
def test_a_harmless_change_in_another_sector_is_not_notified(lang, text, old, new):
    assert_not_told(lang, one_edit(text, old, new))
