"""The facts two versions state, compared: a new kind of data, a new use, another controller, data hosted in a
new country, a right or a promise taken away, and, the other way round, a new way to stop a practice the text
already disclosed.

Each scenario is an editor's single edit of a whole policy (a sentence added, an item removed, a name replaced).
The policies and the wordings are written for these tests, in several wordings per category and language; they
come neither from the evaluation corpus nor from any blind set. Several old texts name the thing the new
sentence is about (location, complaints, sharing) elsewhere, as real policies do: the comparison has to be of
facts, not of words.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from notifier.analysis.classify import classify

MINOR, MAJOR, RR = ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

POLICY = {
    "en": """# Privacy policy

Last updated: 3 March 2025

## Who is responsible

The controller of your personal data is Lumen Trips SAS, 8 rue Oberkampf, 75011 Paris, France.

## Information we collect

We collect your name, your email address, your bookings and your payment details. We derive your approximate
city from your IP address to show prices in your currency.

## How we use it

We use your data to manage your bookings, to answer your questions and to send you our newsletter about our own
trips. We recommend trips based on the bookings you made with us.

## Sharing

We share your bookings with the hotels and airlines you book with, and with our payment provider.

We do not sell or share your personal data with third parties for their own marketing.

## Where your data is stored

Your data is hosted on servers in the European Union.

## Your rights

You have the following rights:

* access to your data;
* rectification of inaccurate data;
* erasure of your data;
* the right to lodge a complaint with the supervisory authority of your country.

If you have a complaint about a booking, our customer service will handle it within 14 days.

## Contact

Write to privacy@lumentrips.example.
""",
    "fr": """# Politique de confidentialité

Dernière mise à jour : 3 mars 2025

## Responsable du traitement

Le responsable du traitement de vos données est Lumen Voyages SAS, 8 rue Oberkampf, 75011 Paris.

## Données collectées

Nous collectons votre nom, votre adresse e-mail, vos réservations et vos moyens de paiement. Nous déduisons
votre ville approximative de votre adresse IP pour afficher les prix dans votre devise.

## Utilisation de vos données

Nous utilisons vos données pour gérer vos réservations, répondre à vos questions et vous envoyer notre lettre
d'information sur nos propres voyages. Nous vous recommandons des voyages d'après vos réservations passées.

## Partage

Nous transmettons vos réservations aux hôtels et aux compagnies aériennes que vous choisissez, ainsi qu'à notre
prestataire de paiement.

Nous ne vendons ni ne partageons vos données personnelles avec des tiers pour leur propre prospection.

## Hébergement

Vos données sont hébergées sur des serveurs situés dans l'Union européenne.

## Vos droits

Vous disposez des droits suivants :

* accéder à vos données ;
* faire rectifier des données inexactes ;
* faire effacer vos données ;
* introduire une réclamation auprès de la CNIL.

Si vous avez une réclamation à formuler sur une réservation, notre service client la traite sous 14 jours.

## Contact

Écrivez à confidentialite@lumenvoyages.example.
""",
}

ANCHOR = {
    "en": {
        "data": "to show prices in your currency.",
        "uses": "based on the bookings you made with us.",
        "hosting": "servers in the European Union.",
    },
    "fr": {
        "data": "pour afficher les prix dans votre devise.",
        "uses": "d'après vos réservations passées.",
        "hosting": "situés dans l'Union européenne.",
    },
}


def edit(lang: str, old: str, new: str) -> tuple[str, str]:
    """The whole policy before and after the editor replaced one passage of it."""
    text = POLICY[lang]
    assert old in text, old
    return text, text.replace(old, new, 1)


def added(lang: str, place: str, sentence: str, own_paragraph: bool = True) -> tuple[str, str, str]:
    """A sentence added after the passage of the policy about `place`, in a paragraph of its own or not."""
    anchor = ANCHOR[lang][place]
    return lang, anchor, anchor + ("\n\n" if own_paragraph else " ") + sentence


def check(lang: str, old: str, new: str, expected: ChangeClass, rules: set[str]) -> None:
    """The edit gets the expected class, for one of the expected rules, with a quoted decisive passage."""
    result = classify(*edit(lang, old, new), lang=lang)
    assert result.change_class is expected, result.to_dict()
    decisive = [r for r in result.reasons if r.rule in rules]
    assert decisive, result.to_dict()
    assert all(r.section and (r.old or r.new) for r in decisive), result.to_dict()


# --- A new kind of data (R7) ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, old, new",
    [
        added(
            "en", "data", "From now on, we also record the exact GPS position of your phone whenever you open the app."
        ),
        added(
            "en",
            "data",
            "When you enable trip sharing we also store your precise location, even if you later choose to hide it "
            "from your friends.",
            own_paragraph=False,
        ),
        added("en", "data", "We now keep the voice recordings of your calls to our hotline."),
        added("en", "data", "Your fingerprint or face scan is used to unlock the app."),
        added(
            "fr",
            "data",
            "Désormais, nous enregistrons aussi la position GPS exacte de votre téléphone à chaque ouverture "
            "de l'application.",
        ),
        added(
            "fr",
            "data",
            "Lorsque vous activez le partage de trajet, nous conservons votre localisation précise, même si vous "
            "choisissez ensuite de la masquer à vos amis.",
            own_paragraph=False,
        ),
        added("fr", "data", "Nous gardons désormais l'enregistrement vocal de vos appels à notre assistance."),
        added(
            "fr",
            "data",
            "Votre empreinte digitale ou la reconnaissance de votre visage sert à déverrouiller l'application.",
        ),
    ],
)
def test_a_new_kind_of_data_is_major_r7(lang, old, new):
    check(lang, old, new, MAJOR, {"R7"})


# --- A new use: profiling for partners' offers (R2, R11) -------------------------------------------------


@pytest.mark.parametrize(
    "lang, old, new",
    [
        added(
            "en",
            "uses",
            "We also use your booking and browsing history to build a profile of your tastes and show you offers "
            "from partner hotels.",
        ),
        added("en", "uses", "Your searches are analysed to predict which partner deals you are likely to buy.", False),
        added(
            "en",
            "uses",
            "In addition, your travel history helps us work out your interests so that our partners can send you "
            "tailored promotions.",
        ),
        added(
            "fr",
            "uses",
            "Nous utilisons aussi l'historique de vos réservations et de votre navigation pour dresser un profil de "
            "vos goûts et vous présenter les offres d'hôtels partenaires.",
        ),
        added(
            "fr",
            "uses",
            "Vos recherches sont analysées pour prédire quelles offres partenaires vous intéresseront.",
            False,
        ),
        added(
            "fr",
            "uses",
            "En outre, votre historique de voyages nous aide à cerner vos centres d'intérêt afin que nos partenaires "
            "vous adressent des promotions sur mesure.",
        ),
    ],
)
def test_a_new_use_of_data_for_partners_offers_is_major_r2(lang, old, new):
    check(lang, old, new, MAJOR, {"R2", "R11", "R5"})


# --- Another controller (R3) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "is Lumen Trips SAS, 8 rue", "is Voyager Holdings GmbH, 8 rue"),
        ("en", "is Lumen Trips SAS, 8 rue", "is ATLAS TRAVEL GROUP S.A.S., 8 rue"),
        (
            "en",
            "The controller of your personal data is Lumen Trips SAS,",
            "Northwind Leisure Ltd is responsible for your personal data and acts as controller,",
        ),
        ("fr", "est Lumen Voyages SAS, 8 rue", "est Voyageurs Réunis SA, 8 rue"),
        ("fr", "est Lumen Voyages SAS, 8 rue", "est GROUPE ATLAS S.A.S., 8 rue"),
        ("fr", "est Lumen Voyages SAS, 8 rue", "est ACMEVOY, 8 rue"),
        ("en", "is Lumen Trips SAS, 8 rue", "is NORTHWIND, 8 rue"),
        (
            "fr",
            "Le responsable du traitement de vos données est Lumen Voyages SAS,",
            "Northwind Loisirs SARL est désormais responsable du traitement de vos données,",
        ),
    ],
)
def test_a_controller_replaced_by_another_company_is_major_r3(lang, old, new):
    check(lang, old, new, MAJOR, {"R3"})


# --- Data hosted in a new country (R6) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, old, new",
    [
        added(
            "en",
            "hosting",
            "Some booking data is now hosted by our IT provider in the United States, under the standard "
            "contractual clauses adopted by the European Commission.",
        ),
        added("en", "hosting", "Backups are kept in a data centre in Singapore.", own_paragraph=False),
        (
            "en",
            "Your data is hosted on servers in the European Union.",
            "Your data is hosted on servers in the European Union and in India, with appropriate safeguards.",
        ),
        added(
            "fr",
            "hosting",
            "Certaines données de réservation sont désormais hébergées par notre prestataire informatique aux "
            "États-Unis, sur la base des clauses contractuelles types de la Commission européenne.",
        ),
        added("fr", "hosting", "Les sauvegardes sont conservées dans un centre de données à Singapour.", False),
        (
            "fr",
            "Vos données sont hébergées sur des serveurs situés dans l'Union européenne.",
            "Vos données sont hébergées sur des serveurs situés dans l'Union européenne et en Inde, avec des "
            "garanties appropriées.",
        ),
    ],
)
def test_data_hosted_in_a_new_country_is_major_r6(lang, old, new):
    check(lang, old, new, MAJOR, {"R6"})


# --- The right to complain to the authority removed (R13) -------------------------------------------------


@pytest.mark.parametrize(
    "lang, old, new",
    [
        (
            "en",
            "erasure of your data;\n* the right to lodge a complaint with the supervisory authority of your country.",
            "erasure of your data.",
        ),
        (
            "en",
            "* the right to lodge a complaint with the supervisory authority of your country.\n",
            "",
        ),
        (
            "en",
            "* the right to lodge a complaint with the supervisory authority of your country.",
            "* the right to contact our customer service about a complaint.",
        ),
        (
            "fr",
            "faire effacer vos données ;\n* introduire une réclamation auprès de la CNIL.",
            "faire effacer vos données.",
        ),
        ("fr", "* introduire une réclamation auprès de la CNIL.\n", ""),
        (
            "fr",
            "* introduire une réclamation auprès de la CNIL.",
            "* adresser une réclamation à notre service client.",
        ),
    ],
)
def test_the_right_to_complain_to_the_authority_removed_is_rights_reducing_r13(lang, old, new):
    check(lang, old, new, RR, {"R13"})


# --- A "we do not sell or share" promise weakened (R12) ---------------------------------------------------


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "We do not sell or share your personal data", "We do not sell your personal data"),
        (
            "en",
            "We do not sell or share your personal data with third parties for their own marketing.",
            "We do not sell your personal data; we may however share it with third parties for their own marketing.",
        ),
        (
            "en",
            "We do not sell or share your personal data with third parties for their own marketing.",
            "We do not share your personal data with third parties for their own marketing, but we may sell "
            "aggregated profiles.",
        ),
        ("fr", "Nous ne vendons ni ne partageons vos données", "Nous ne vendons pas vos données"),
        (
            "fr",
            "Nous ne vendons ni ne partageons vos données personnelles avec des tiers pour leur propre prospection.",
            "Nous ne vendons pas vos données personnelles ; nous pouvons toutefois les partager avec des tiers pour "
            "leur propre prospection.",
        ),
        (
            "fr",
            "Nous ne vendons ni ne partageons vos données personnelles avec des tiers pour leur propre prospection.",
            "Nous ne partageons pas vos données personnelles avec des tiers pour leur propre prospection, mais nous "
            "pouvons vendre des profils agrégés.",
        ),
    ],
)
def test_a_promise_not_to_sell_or_share_that_loses_an_action_is_rights_reducing_r12(lang, old, new):
    check(lang, old, new, RR, {"R12"})


# --- A new way to stop a practice the text already disclosed (R9) -----------------------------------------


@pytest.mark.parametrize(
    "lang, old, new",
    [
        added(
            "en", "uses", "You can unsubscribe from the newsletter at any time with the link at the foot of each email."
        ),
        added("en", "uses", "Turn off trip recommendations at any time in your account settings.", False),
        added(
            "en",
            "uses",
            "If you would rather not get recommendations based on your bookings, untick the box in your profile.",
        ),
        added(
            "fr",
            "uses",
            "Vous pouvez vous désabonner de la lettre d'information à tout moment grâce au lien en bas de "
            "chaque e-mail.",
        ),
        added(
            "fr",
            "uses",
            "Vous pouvez à tout moment refuser que vos réservations servent à vous recommander des voyages, depuis "
            "votre espace client.",
            False,
        ),
        added(
            "fr", "uses", "Pour ne plus recevoir de recommandations personnalisées, décochez la case dans votre profil."
        ),
    ],
)
def test_a_new_way_to_stop_a_practice_already_disclosed_is_minor_r9(lang, old, new):
    result = classify(*edit(lang, old, new), lang=lang)
    assert result.change_class is MINOR, result.to_dict()
    assert not result.review, result.to_dict()
