"""A third fresh batch, on a policy in long legal prose (numbered articles, passives, nominalised verbs).

Issue 14's categories again, written after the two other fresh batches were fixed and run once before any fix of
their own. Must-notify changes come out major or rights_reducing; harmless ones minor or editorial without
review.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from tests.analysis.scenarios import assert_not_told, assert_told, one_edit

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

POLICY = {
    "en": """# Data protection notice of Orchard Market

## Article 1 - Controller

The processing described in this notice is carried out by Orchard Market Ltd, registered in England under
number 09876543, whose registered office is at 5 Fruit Lane, Bristol BS1 4QA.

## Article 2 - Personal data processed

In the course of an order, the following data are processed: identity (surname, first name), contact details
(postal address, email address, telephone number), order history and the means of payment used.

## Article 3 - Purposes and legal bases

The data are processed for the performance of the sales contract, for the management of after-sales service
and, on the basis of our legitimate interest, for the prevention of unpaid orders.

## Article 4 - Recipients

The data are made available to the logistics department and to the carrier in charge of delivery. They are
under no circumstances rented or sold to third parties.

## Article 5 - Retention

Order data are retained for the duration of the commercial relationship, then archived for five years.

## Article 6 - Rights

In accordance with the applicable regulations, the data subject has a right of access, rectification,
erasure and objection, which may be exercised free of charge by email to rights@orchardmarket.example. Any
data subject may also refer the matter to the Information Commissioner's Office.

## Article 7 - Amendments

Any substantial amendment of this notice will be brought to the attention of customers by email.
""",
    "fr": """# Notice de protection des données d'Orchard Marché

## Article 1 - Responsable du traitement

Les traitements décrits dans la présente notice sont mis en œuvre par Orchard Marché SAS, immatriculée au RCS
de Lyon sous le numéro 987 654 321, dont le siège social est situé 5 rue des Vergers, 69002 Lyon.

## Article 2 - Données traitées

À l'occasion d'une commande, les données suivantes sont traitées : identité (nom, prénom), coordonnées
(adresse postale, adresse électronique, numéro de téléphone), historique des commandes et moyen de paiement
utilisé.

## Article 3 - Finalités et bases légales

Les données sont traitées pour l'exécution du contrat de vente, la gestion du service après-vente et, sur le
fondement de notre intérêt légitime, la prévention des impayés.

## Article 4 - Destinataires

Les données sont mises à la disposition du service logistique et du transporteur chargé de la livraison. Elles
ne sont en aucun cas louées ni vendues à des tiers.

## Article 5 - Conservation

Les données de commande sont conservées pendant la durée de la relation commerciale, puis archivées pendant
cinq ans.

## Article 6 - Droits

Conformément à la réglementation applicable, la personne concernée dispose d'un droit d'accès, de
rectification, d'effacement et d'opposition, qui s'exerce gratuitement par courriel à
droits@orchardmarche.example. Toute personne concernée peut également saisir la CNIL.

## Article 7 - Modifications

Toute modification substantielle de la présente notice est portée à la connaissance des clients par courriel.
""",
}


def before_after(lang: str, old: str, new: str) -> tuple[str, str]:
    return one_edit(POLICY[lang], old, new)


@pytest.mark.parametrize(
    "lang, old, new, expected",
    [
        (
            "en",
            "order history and the means of payment used.",
            "order history, the means of payment used and the geolocation of the device at the time of the order.",
            MAJOR,
        ),
        (
            "en",
            "for the prevention of unpaid orders.",
            "for the prevention of unpaid orders and for the segmentation of customers for commercial prospecting.",
            MAJOR,
        ),
        (
            "en",
            "and to the carrier in charge of delivery.",
            "and to the carrier in charge of delivery, as well as to the companies of the Orchard group.",
            MAJOR,
        ),
        ("en", "then archived for five years.", "then archived for ten years.", MAJOR),
        (
            "en",
            "They are\nunder no circumstances rented or sold to third parties.",
            "They are\nunder no circumstances rented to third parties.",
            RR,
        ),
        (
            "en",
            "which may be exercised free of charge by email",
            "which may be exercised, against a fee of GBP 10, by email",
            RR,
        ),
        ("en", " Any\ndata subject may also refer the matter to the Information Commissioner's Office.", "", RR),
        (
            "en",
            "will be brought to the attention of customers by email.",
            "will take effect upon its publication on this page.",
            RR,
        ),
        (
            "en",
            "carried out by Orchard Market Ltd, registered in England under\nnumber 09876543",
            "carried out by Harvest Retail Group plc, registered in England under\nnumber 01234567",
            MAJOR,
        ),
        (
            "en",
            "The data are made available to the logistics department",
            "The data are hosted by a provider located in Canada and made available to the logistics department",
            MAJOR,
        ),
        (
            "fr",
            "historique des commandes et moyen de paiement\nutilisé.",
            "historique des commandes, moyen de "
            "paiement utilisé et géolocalisation du terminal au moment de la commande.",
            MAJOR,
        ),
        (
            "fr",
            "la prévention des impayés.",
            "la prévention des impayés ainsi que la segmentation de la clientèle "
            "à des fins de prospection commerciale.",
            MAJOR,
        ),
        (
            "fr",
            "et du transporteur chargé de la livraison.",
            "et du transporteur chargé de la livraison, ainsi que des sociétés du groupe Orchard.",
            MAJOR,
        ),
        ("fr", "puis archivées pendant\ncinq ans.", "puis archivées pendant dix ans.", MAJOR),
        (
            "fr",
            "Elles\nne sont en aucun cas louées ni vendues à des tiers.",
            "Elles\nne sont en aucun cas louées à des tiers.",
            RR,
        ),
        (
            "fr",
            "qui s'exerce gratuitement par courriel",
            "qui s'exerce moyennant des frais de 10 euros par courriel",
            RR,
        ),
        ("fr", " Toute personne concernée peut également saisir la CNIL.", "", RR),
        (
            "fr",
            "est portée à la connaissance des clients par courriel.",
            "prend effet dès sa publication sur cette page.",
            RR,
        ),
        (
            "fr",
            "mis en œuvre par Orchard Marché SAS, immatriculée au RCS\nde Lyon sous le numéro 987 654 321",
            "mis en œuvre par Récolte Distribution SA, immatriculée au RCS\nde Lyon sous le numéro 123 456 789",
            MAJOR,
        ),
        (
            "fr",
            "Les données sont mises à la disposition du service logistique",
            "Les données sont hébergées par un "
            "prestataire situé au Canada et mises à la disposition du service logistique",
            MAJOR,
        ),
    ],
)
def test_a_change_in_legal_prose_is_must_notify_with_its_class(lang, old, new, expected):
    assert_told(lang, before_after(lang, old, new), expected)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "then archived for five years.", "then archived for three years."),
        (
            "en",
            "by email to rights@orchardmarket.example.",
            "by email to rights@orchardmarket.example or by post to our registered office.",
        ),
        ("en", "## Article 7 - Amendments", "## Article 7 - Changes to this notice"),
        ("fr", "puis archivées pendant\ncinq ans.", "puis archivées pendant trois ans."),
        (
            "fr",
            "par courriel à\ndroits@orchardmarche.example.",
            "par courriel à droits@orchardmarche.example ou par courrier à notre siège social.",
        ),
        ("fr", "## Article 7 - Modifications", "## Article 7 - Évolutions de la présente notice"),
    ],
)
def test_a_harmless_change_in_legal_prose_is_not_notified(lang, old, new):
    assert_not_told(lang, before_after(lang, old, new))
