"""Round six, fourth fresh batch: a French mutuelle (health insurer) and a car-telematics service, written after
the third batch and run once before any fix of their own.

Promises weakened in other words ("néanmoins", "en revanche", "with the exception of", "nevertheless"), rights
narrowed or made harder, a route of another kind, defaults switched, tracking in e-mails, retention made vague,
a joint controller; and, not told: a new address on the same route, a representative added, an entity renamed,
a link to a regional page.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from tests.analysis.scenarios import assert_not_told, assert_told, one_edit

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

MUTUELLE = """# Politique de protection des données de la Mutuelle Horizon

## Responsable du traitement

La Mutuelle Horizon, 8 rue des Tisserands, 44000 Nantes, est responsable du traitement de vos données.

## Données traitées

Nous traitons votre identité, votre numéro de sécurité sociale et vos remboursements de soins.

## Partage

Nous ne transmettons jamais vos données de santé à des assureurs ou à des organismes de crédit. Les lettres
d'information ne sont envoyées qu'aux adhérents qui les ont demandées.

## Conservation

Les données de remboursement sont conservées cinq ans après la fin du contrat.

## Vos droits

Vous pouvez demander la portabilité de vos données. Pour exercer vos droits, écrivez à notre délégué à la
protection des données à dpo@horizon-mutuelle.example. Aucun justificatif n'est demandé si vous écrivez depuis
l'adresse e-mail de votre espace adhérent.
"""

TELEMATICS = """# DriveWise privacy notice

## Who we are

DriveWise Ltd, 30 Station Road, Reading RG1 1LX, runs the DriveWise box and app.

## What the box records

The box records your trips and the way you brake. We do not sell your driving data, and we never use it to set
your insurance premium.

## Emails

Our newsletter is sent only to drivers who ask for it, and it carries no tracking.

## How long

Trips are kept for 24 months.

## Your rights

You can download a copy of your trips. To exercise your rights, email privacy@drivewise.example.
"""


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            "à des organismes de crédit.",
            "à des organismes de crédit. Ils peuvent néanmoins être communiqués à nos partenaires de prévoyance.",
            RR,
        ),
        (
            "à des organismes de crédit.",
            "à des organismes de crédit, à l'exception de nos partenaires de prévoyance.",
            RR,
        ),
        (
            "Les lettres\nd'information ne sont envoyées qu'aux adhérents qui les ont demandées.",
            "Les lettres\nd'information sont envoyées à tous les adhérents, qui peuvent s'en désabonner.",
            MAJOR,
        ),
        (
            "Vous pouvez demander la portabilité de vos données.",
            "Vous pouvez demander la portabilité de vos données uniquement pour les contrats souscrits en ligne.",
            RR,
        ),
        (
            "écrivez à notre délégué à la\nprotection des données à dpo@horizon-mutuelle.example.",
            "adressez un courrier recommandé à notre délégué à la protection des données.",
            RR,
        ),
        (
            "Aucun justificatif n'est demandé si vous écrivez depuis\nl'adresse e-mail de votre espace adhérent.",
            "Toute demande doit être accompagnée d'une copie de votre pièce d'identité.",
            RR,
        ),
        (
            "conservées cinq ans après la fin du contrat.",
            "conservées aussi longtemps que nécessaire à nos activités.",
            MAJOR,
        ),
        (
            "La Mutuelle Horizon, 8 rue des Tisserands, 44000 Nantes, est responsable du traitement de vos données.",
            "La Mutuelle Horizon, 8 rue des Tisserands, 44000 Nantes, et la société Santéclair sont responsables "
            "conjoints du traitement de vos données.",
            MAJOR,
        ),
        (
            "votre numéro de sécurité sociale et vos remboursements de soins.",
            "votre numéro de sécurité sociale, vos remboursements de soins et les données de votre montre connectée.",
            MAJOR,
        ),
        (
            "écrivez à notre délégué à la\nprotection des données à dpo@horizon-mutuelle.example.",
            "utilisez le formulaire de votre espace adhérent.",
            MAJOR,
        ),
    ],
)
def test_a_change_in_a_mutuelle_policy_is_must_notify_with_its_class(old, new, expected):
    assert_told("fr", one_edit(MUTUELLE, old, new), expected)


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            "and we never use it to set\nyour insurance premium.",
            "and we never use it to set\nyour insurance premium. Nevertheless, insurers may receive a driving score.",
            RR,
        ),
        (
            "We do not sell your driving data,",
            "We do not sell your driving data, with the exception of anonymised trip summaries,",
            RR,
        ),
        (
            "Our newsletter is sent only to drivers who ask for it, and it carries no tracking.",
            "Our newsletter is sent only to drivers who ask for it. It contains pixels that tell us when you open it.",
            MAJOR,
        ),
        ("Trips are kept for 24 months.", "Trips are kept for as long as your account exists.", MAJOR),
        (
            "You can download a copy of your trips.",
            "You can download a copy of your trips from the last 30 days only.",
            RR,
        ),
        (
            "email privacy@drivewise.example.",
            "call our customer service on 0118 496 0000.",
            MAJOR,
        ),
        (
            "The box records your trips and the way you brake.",
            "The box records your trips, the way you brake and the voice commands you give in the car.",
            MAJOR,
        ),
    ],
)
def test_a_change_in_a_telematics_policy_is_must_notify_with_its_class(old, new, expected):
    assert_told("en", one_edit(TELEMATICS, old, new), expected)


@pytest.mark.parametrize(
    "lang, text, old, new",
    [
        (
            "fr",
            MUTUELLE,
            "8 rue des Tisserands, 44000 Nantes",
            "14 boulevard de la Prairie, 44200 Nantes",
        ),
        (
            "fr",
            MUTUELLE,
            "dpo@horizon-mutuelle.example.",
            "dpo@horizon-mutuelle.example. Notre représentant auprès des adhérents belges est Horizon Belgique, "
            "12 rue Royale, 1000 Bruxelles.",
        ),
        (
            "fr",
            MUTUELLE,
            "La Mutuelle Horizon, 8 rue",
            "La Mutuelle Horizon (anciennement Mutuelle des Tisserands), 8 rue",
        ),
        (
            "en",
            TELEMATICS,
            "DriveWise Ltd, 30 Station Road, Reading RG1 1LX, runs",
            "DriveWise Ltd, 4 Kings Road, Reading RG1 3AR, runs",
        ),
        (
            "en",
            TELEMATICS,
            "email privacy@drivewise.example.",
            "email privacy@drivewise.example. Drivers in Ireland will find more details on our Irish notice at "
            "https://drivewise.example/ie/privacy.",
        ),
        (
            "en",
            TELEMATICS,
            "email privacy@drivewise.example.",
            "email privacy@drivewise.example or call us on 0118 496 0000.",
        ),
    ],
)
def test_a_harmless_change_in_a_mutuelle_or_telematics_policy_is_not_notified(lang, text, old, new):
    assert_not_told(lang, one_edit(text, old, new))
