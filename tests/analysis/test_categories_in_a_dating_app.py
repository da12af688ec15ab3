"""A fifth fresh batch: a dating app's policy with nested lists, written after the four other fresh batches were
fixed and run once before any fix of its own. Harmless edits include capture artefacts (words glued together,
accents lost) and a paragraph translated into the document's language.
"""

from __future__ import annotations

import pytest

from notifier.analysis.change_class import ChangeClass
from tests.analysis.scenarios import assert_not_told, assert_told, one_edit

E, MINOR, MAJOR, RR = ChangeClass.EDITORIAL, ChangeClass.MINOR, ChangeClass.MAJOR, ChangeClass.RIGHTS_REDUCING

POLICY = {
    "en": """# Sparkly privacy policy

## What we collect

- Profile information:
  - your first name and age;
  - the photos you upload.
- Messages you exchange with your matches.

## Who we share it with

Your profile is shown to other members. We share data with our hosting provider, Nimbus Hosting, and with
Paylane for payments, and with nobody else.

## How long we keep it

Messages are deleted 30 days after an account is closed. Reports of abuse are kept for one year.

## Your rights

You may object to the use of your data for marketing at any time in the app. You can also request a copy of
your data at privacy@sparkly.example; we answer within one month.
""",
    "fr": """# Politique de confidentialité de Sparkly

## Ce que nous collectons

- Informations de profil :
  - votre prénom et votre âge ;
  - les photos que vous publiez.
- Les messages que vous échangez avec vos contacts.

## Avec qui nous les partageons

Votre profil est visible des autres membres. Nous partageons des données avec notre hébergeur, Nimbus Hosting,
et avec Paylane pour les paiements, et avec personne d'autre.

## Durée de conservation

Les messages sont supprimés 30 jours après la clôture du compte. Les signalements d'abus sont conservés un an.

## Vos droits

Vous pouvez vous opposer à tout moment, dans l'application, à l'utilisation de vos données à des fins de
prospection. Vous pouvez aussi demander une copie de vos données à confidentialite@sparkly.example ; nous
répondons dans un délai d'un mois.
""",
}


def before_after(lang: str, old: str, new: str) -> tuple[str, str]:
    return one_edit(POLICY[lang], old, new)


@pytest.mark.parametrize(
    "lang, old, new, expected",
    [
        ("en", "  - the photos you upload.", "  - the photos you upload;\n  - your sexual orientation.", MAJOR),
        (
            "en",
            "- Messages you exchange with your matches.",
            "- Messages you exchange with your matches.\n- Your voice notes.",
            MAJOR,
        ),
        (
            "en",
            "Paylane for payments, and with nobody else.",
            "Paylane for payments, and with Swipelytics.",
            RR,
        ),
        (
            "en",
            "Messages are deleted 30 days after an account is closed.",
            "Messages are deleted 2 years after an account is closed.",
            MAJOR,
        ),
        ("en", "we answer within one month.", "we answer within three months.", RR),
        ("en", "You may object to the use of your data for marketing at any time in the app.", "", RR),
        (
            "en",
            "Your profile is shown to other members.",
            "Your profile is shown to other members and may appear in our advertising on social networks.",
            MAJOR,
        ),
        (
            "fr",
            "  - les photos que vous publiez.",
            "  - les photos que vous publiez ;\n  - votre orientation sexuelle.",
            MAJOR,
        ),
        (
            "fr",
            "- Les messages que vous échangez avec vos contacts.",
            "- Les messages que vous échangez avec vos contacts.\n- Vos messages vocaux.",
            MAJOR,
        ),
        (
            "fr",
            "et avec Paylane pour les paiements, et avec personne d'autre.",
            "et avec Paylane pour les paiements, ainsi qu'avec Swipelytics.",
            RR,
        ),
        (
            "fr",
            "Les messages sont supprimés 30 jours après la clôture du compte.",
            "Les messages sont supprimés 2 ans après la clôture du compte.",
            MAJOR,
        ),
        ("fr", "répondons dans un délai d'un mois.", "répondons dans un délai de trois mois.", RR),
        (
            "fr",
            "Vous pouvez vous opposer à tout moment, dans l'application, à l'utilisation de vos données à des "
            "fins de\nprospection. ",
            "",
            RR,
        ),
        (
            "fr",
            "Votre profil est visible des autres membres.",
            "Votre profil est visible des autres membres et peut figurer dans nos publicités sur les réseaux sociaux.",
            MAJOR,
        ),
    ],
)
def test_a_change_in_a_nested_list_policy_is_must_notify_with_its_class(lang, old, new, expected):
    assert_told(lang, before_after(lang, old, new), expected)


@pytest.mark.parametrize(
    "lang, old, new",
    [
        ("en", "We share data with our hosting provider,", "We share data withour hosting provider,"),
        ("en", "Reports of abuse are kept for one year.", "Reports of abuse are kept for one year (365 days)."),
        ("fr", "Les signalements d'abus sont conservés un an.", "Les signalements d'abus sont conserves un an."),
        ("fr", "Nous partageons des données avec notre hébergeur,", "Nous partageons des donnees avec notrehébergeur,"),
    ],
)
def test_a_capture_artefact_is_not_notified(lang, old, new):
    assert_not_told(lang, before_after(lang, old, new))


@pytest.mark.parametrize(
    "lang, in_its_language, in_the_other",
    [
        ("en", "Your profile is shown to other members.", "Votre profil est visible des autres membres."),
        ("fr", "Votre profil est visible des autres membres.", "Your profile is shown to other members."),
    ],
)
def test_a_sentence_translated_into_the_policy_language_is_not_notified(lang, in_its_language, in_the_other):
    translated, untranslated = before_after(lang, in_its_language, in_the_other)
    assert_not_told(lang, (untranslated, translated))
