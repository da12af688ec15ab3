"""A deletion delay made "reasonable", a party already named now receiving contact details, an office moved to
a floor of another street, a browser signal treated as a refusal, ads stopped with the consent they needed, a
form added beside the rights mailbox, and an opening sentence turned around, in the words a sea-kayak guide
(English) and a French archery club use. Blind set 16 found these categories; the scenarios were written, in
other sectors and words, before the fixes.
"""

from __future__ import annotations

import pytest

from tests.analysis.scenarios import MAJOR, assert_not_told, assert_told, one_edit

KAYAK = """# Privacy at Skerry Sea Kayaks

Skerry Sea Kayaks lets anyone book a guided paddle along the coast. The service is run by Skerry Sea Kayaks Ltd,
Unit 2, The Boathouse, 9 Harbour Street, Oban PA34 4XX, which is the controller of your data.

## Who sees your booking

- **Our guides** see the names of the people on their trip.

## How long we keep it

- Trip photos: until you delete them; a deleted photo is removed from our servers within 30 days.

## Adverts

To pay for the free tide tables, visitors who are not signed in see adverts from Google AdSense. If you accept,
Google sets advertising cookies (IDE, 13 months at most) to choose adverts that match your interests.

## Your choices

You can delete cookies in your browser settings. Your choices are kept for six months.

## Your rights

You may access, correct or erase your data. Write to privacy@skerry.example. You can also complain to the ICO.
"""

ARCHERS = """# Les Archers du Pilat : vos données

Les Archers du Pilat permet à chacun de s'initier au tir à l'arc en forêt. Le club est géré par l'association Les
Archers du Pilat, 5 rue des Cibles, 42400 Saint-Chamond, responsable de traitement.

## Qui voit votre inscription

- **Nos encadrants** voient les noms des archers de leur séance.

## Combien de temps

- Photos des concours : jusqu'à ce que vous les supprimiez ; une photo supprimée est effacée de nos serveurs sous
  30 jours.

## Publicité

Pour financer le site, les visiteurs non connectés voient des publicités Google AdSense. Si vous l'acceptez, Google
dépose des cookies publicitaires (IDE, 13 mois au plus) afin de choisir des annonces selon vos centres d'intérêt.

## Vos choix

Vous pouvez supprimer les cookies dans votre navigateur. Vos choix sont conservés six mois.

## Vos droits

Vous pouvez accéder à vos données, les rectifier ou les effacer. Écrivez-nous à donnees@archers-pilat.example. Vous
pouvez saisir la CNIL.
"""

POLICY = {"en": KAYAK, "fr": ARCHERS}


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "within 30 days.", "within a reasonable period, which takes account of our security needs."),
        ("fr", "sous\n  30 jours.", "dans un délai raisonnable, qui tient compte de nos besoins de sécurité."),
    ],
)
def test_a_deletion_delay_made_reasonable_is_vague_and_major(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert "R8" in {reason.rule for reason in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "see the names of the people on their trip.",
            "see the names of the people on their trip. When you book a private trip, the guide receives your name, "
            "email address and phone number, which they may keep to arrange later trips.",
        ),
        (
            "fr",
            "voient les noms des archers de leur séance.",
            "voient les noms des archers de leur séance. Lorsque vous réservez un cours particulier, l'encadrant "
            "reçoit vos nom, prénom, adresse e-mail et téléphone, qu'il peut garder pour organiser d'autres cours.",
        ),
    ],
)
def test_a_party_already_named_now_receiving_contact_details_is_a_new_recipient(lang, old, new):
    result = assert_told(lang, one_edit(POLICY[lang], old, new), MAJOR)
    assert "R5" in {reason.rule for reason in result.reasons}, result.to_dict()


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "Unit 2, The Boathouse, 9 Harbour Street, Oban PA34 4XX,", "Second Floor, 3 Pier Way, Oban PA34 5YY,"),
        (
            "fr",
            "5 rue des Cibles, 42400 Saint-Chamond,",
            "Bâtiment B, 2e étage, 12 allée du Pilat, 42400 Saint-Chamond,",
        ),
    ],
)
def test_the_controller_moving_office_is_new_contact_details(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "You can delete cookies in your browser settings.",
            "You can delete cookies in your browser settings. If your browser sends a Global Privacy Control signal, "
            "we treat it as a refusal of advertising cookies.",
        ),
        (
            "fr",
            "Vous pouvez supprimer les cookies dans votre navigateur.",
            "Vous pouvez supprimer les cookies dans votre navigateur. Si votre navigateur envoie un signal Global "
            "Privacy Control, il vaut refus des cookies publicitaires.",
        ),
    ],
)
def test_a_browser_signal_treated_as_a_refusal_is_a_new_way_to_refuse(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "To pay for the free tide tables, visitors who are not signed in see adverts from Google AdSense. If you "
            "accept,\nGoogle sets advertising cookies (IDE, 13 months at most) to choose adverts that match your "
            "interests.",
            "Since January the site no longer shows any adverts: the tide tables are paid for by members.",
        ),
        (
            "fr",
            "Pour financer le site, les visiteurs non connectés voient des publicités Google AdSense. Si vous "
            "l'acceptez, Google\ndépose des cookies publicitaires (IDE, 13 mois au plus) afin de choisir des annonces "
            "selon vos "
            "centres d'intérêt.",
            "Depuis janvier, le site n'affiche plus aucune publicité : il est financé par les cotisations.",
        ),
    ],
)
def test_ads_stopped_with_the_consent_they_needed_are_not_notified(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "en",
            "Write to privacy@skerry.example.",
            "Write to privacy@skerry.example or use the form in the app, under Settings > My data.",
        ),
        (
            "fr",
            "Écrivez-nous à donnees@archers-pilat.example.",
            "Écrivez-nous à donnees@archers-pilat.example ou utilisez le formulaire de l'application, rubrique "
            "Paramètres > Mes données.",
        ),
    ],
)
def test_a_form_added_beside_the_rights_mailbox_is_one_more_way_in(lang, old, new):
    assert_not_told(lang, one_edit(POLICY[lang], old, new))


def test_an_opening_sentence_turned_around_with_peut_is_not_notified():
    old = "Les Archers du Pilat permet à chacun de s'initier au tir à l'arc en forêt."
    new = "Avec Les Archers du Pilat, chacun peut s'initier au tir à l'arc en forêt."
    assert_not_told("fr", one_edit(ARCHERS, old, new))
